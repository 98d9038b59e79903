# copied from templates/python/runtime/_exceptions.py by evolink-codegen; do not edit
"""Every error the SDK raises.

Each class says what it stands for; the tree they form (each under its base, with its status or the
attributes it adds) is drawn from these definitions by the generator (``generator/emit/exception_tree.py``)
into the package's docstring and the docs, so it is written nowhere by hand.

The error body the server sends is ``{"error": {"message", "type", "code", "param"}}``; when present its
``message`` becomes the exception's message. No exception's text ever includes request headers.
"""

from __future__ import annotations

from typing import Final

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "EvolinkError",
    "InternalServerError",
    "InvalidParameterError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "TaskFailedError",
    "TaskTimeoutError",
    "UnprocessableEntityError",
    "make_status_error",
]


class EvolinkError(Exception):
    """Base class of every error raised by the SDK."""


class InvalidParameterError(EvolinkError, ValueError):
    """A call or client argument was rejected before any request was sent.

    The caller builds the message (naming the model, the parameter, the allowed values and the
    ``extra_body`` escape hatch); ``model`` and ``parameter`` let code inspect it.
    """

    def __init__(self, message: str, *, model: str | None = None, parameter: str | None = None) -> None:
        super().__init__(message)
        self.model = model
        self.parameter = parameter


class ClientClosedError(EvolinkError):
    """A call on a client after ``close()`` (or after its ``http_client`` was closed); nothing was sent."""


class TaskFailedError(EvolinkError):
    """An async task ended failed (``client.tasks.wait``): the task's own error ``code`` and ``message``, and the
    ``task`` as last read."""

    def __init__(self, message: str, *, task_id: str, code: str | None, task: object) -> None:
        super().__init__(message)
        self.task_id = task_id
        self.code = code
        self.task = task


class TaskTimeoutError(EvolinkError, TimeoutError):
    """``client.tasks.wait`` gave up before the task ended: its last ``status`` and ``progress`` say how far it got,
    and ``task`` is the task as last read (wait again to go on)."""

    def __init__(self, message: str, *, task_id: str, status: str | None, progress: float | None, task: object) -> None:
        super().__init__(message)
        self.task_id = task_id
        self.status = status
        self.progress = progress
        self.task = task


class APIError(EvolinkError):
    """A request was sent and did not produce the expected result."""

    message: str
    request: httpx.Request
    body: object | None

    def __init__(self, message: str, request: httpx.Request, *, body: object | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a complete answer arrived."""

    def __init__(self, request: httpx.Request, message: str = "Connection error.") -> None:
        super().__init__(message, request, body=None)


class APITimeoutError(APIConnectionError):
    """Connecting, writing or reading took longer than the timeout."""

    def __init__(self, request: httpx.Request, message: str = "Request timed out.") -> None:
        super().__init__(request, message)


class APIResponseValidationError(APIError):
    """A successful response whose body is not valid JSON of the expected shape."""

    def __init__(self, response: httpx.Response, body: object | None, message: str | None = None) -> None:
        super().__init__(message or "Response body did not match the expected schema.", response.request, body=body)
        self.response = response
        self.status_code = response.status_code
        self.request_id: str | None = response.headers.get("x-request-id")


class APIStatusError(APIError):
    """The server answered with an error status (or sent an error event in a stream).

    ``status_code`` is the HTTP status, or for an error event inside a ``200`` stream the status the
    event carries (see ``evolink._streaming``). ``body`` is the parsed JSON, else the text, else ``None``.
    """

    response: httpx.Response
    status_code: int
    request_id: str | None

    def __init__(
        self, message: str, *, response: httpx.Response, body: object | None, status_code: int | None = None
    ) -> None:
        super().__init__(message, response.request, body=body)
        self.response = response
        self.status_code = response.status_code if status_code is None else status_code
        self.request_id = response.headers.get("x-request-id")


class BadRequestError(APIStatusError):
    """400: the server rejected the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this resource."""


class NotFoundError(APIStatusError):
    """404: unknown path or model."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the server's state (retried)."""


class UnprocessableEntityError(APIStatusError):
    """422: the body is well-formed but its values are not accepted."""


class RateLimitError(APIStatusError):
    """429: too many requests (retried, honouring ``Retry-After``)."""


class InternalServerError(APIStatusError):
    """>= 500: the server failed (retried)."""


_STATUS_ERRORS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_message(body: object | None, default: str) -> str:
    """Return ``body["error"]["message"]`` when the body has the documented error shape, else ``default``.

    Also accepted: ``{"error": "text"}``, ``{"message": "text"}`` and a plain-text body.
    """
    if isinstance(body, dict):
        error = body.get("error")
        message = error.get("message") if isinstance(error, dict) else error or body.get("message")
        if isinstance(message, str) and message:
            return message
    elif isinstance(body, str) and body.strip():
        return body.strip()[:500]
    return default


def status_error_class(status_code: int) -> type[APIStatusError]:
    """Return the most specific ``APIStatusError`` subclass for an HTTP status."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)


def make_status_error(
    response: httpx.Response, body: object | None, *, status_code: int | None = None
) -> APIStatusError:
    """Build the status error for ``response`` whose (already parsed) body is ``body``.

    ``status_code`` overrides the response's status (used for error events inside a ``200`` stream).
    """
    status = response.status_code if status_code is None else status_code
    reason = response.reason_phrase if status_code is None else ""
    message = error_message(body, f"Error code: {status}{' - ' + reason if reason else ''}")
    return status_error_class(status)(message, response=response, body=body, status_code=status)
