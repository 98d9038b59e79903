# generated from spec/ by evolink-codegen; do not edit
"""Evolink Gemini API: the typed Python SDK.

Evolink serves Google's Gemini models through an OpenAI-compatible chat completions endpoint and through Gemini's own
generateContent format, which can also run a call as an async task. Each model accepts its own set of parameters with
its own ranges; this spec records them per model.

    from evolink import Evolink

    client = Evolink()  # EVOLINK_API_KEY from the environment
    completion = client.chat.completions.create(
        model="gemini-2.5-flash",
        messages=[{"role": "user", "content": "Hello"}],
    )
    print(completion.choices[0].message.content)

Errors::

    EvolinkError
    ├── InvalidParameterError (also a ValueError)  .model .parameter
    ├── ClientClosedError
    ├── TaskFailedError                            .task_id .code .task
    ├── TaskTimeoutError (also a TimeoutError)     .task_id .status .progress .task
    └── APIError                                   .message .request .body
        ├── APIConnectionError
        │   └── APITimeoutError
        ├── APIResponseValidationError             .response .status_code .request_id
        └── APIStatusError                         .response .status_code .request_id
            ├── BadRequestError                    400
            ├── AuthenticationError                401
            ├── PermissionDeniedError              403
            ├── NotFoundError                      404
            ├── ConflictError                      409
            ├── UnprocessableEntityError           422
            ├── RateLimitError                     429
            └── InternalServerError                >= 500
"""

import importlib
from typing import TYPE_CHECKING

from evolink._async_pool import DefaultAsyncHttpxClient
from evolink._async_response import AsyncAPIResponse, AsyncResponseContextManager
from evolink._async_streaming import AsyncStream
from evolink._client import AsyncEvolink, Evolink
from evolink._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    EvolinkError,
    InternalServerError,
    InvalidParameterError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TaskFailedError,
    TaskTimeoutError,
    UnprocessableEntityError,
)
from evolink._sync_pool import DefaultHttpxClient
from evolink._sync_response import APIResponse, ResponseContextManager
from evolink._sync_streaming import Stream
from evolink._types import NOT_GIVEN, NotGiven, RequestOptions
from evolink._version import __version__

if TYPE_CHECKING:
    from evolink import types


def __getattr__(name: str) -> object:
    # `evolink.types` builds every pydantic model: import it on first use, not with the package.
    if name == "types":
        return importlib.import_module("evolink.types")
    raise AttributeError(f"module 'evolink' has no attribute {name!r}")


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncEvolink",
    "AsyncResponseContextManager",
    "AsyncStream",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "DefaultAsyncHttpxClient",
    "DefaultHttpxClient",
    "Evolink",
    "EvolinkError",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "ResponseContextManager",
    "Stream",
    "TaskFailedError",
    "TaskTimeoutError",
    "UnprocessableEntityError",
    "__version__",
    "types",
]
