"""The exception tree, status mapping, messages from error bodies, and the NOT_GIVEN sentinel."""

from __future__ import annotations

import dataclasses

import httpx
import pytest
from evolink import _exceptions as errors
from evolink._types import NOT_GIVEN, NotGiven, RequestOptions

REQUEST = httpx.Request("POST", "https://direct.evolink.test/v1/chat/completions")


def response(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=body, headers=headers, request=REQUEST)


def test_tree() -> None:
    assert issubclass(errors.APIError, errors.EvolinkError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.APIConnectionError, errors.APIError)
    assert issubclass(errors.APIResponseValidationError, errors.APIError)
    assert issubclass(errors.RateLimitError, errors.APIStatusError)
    assert issubclass(errors.InvalidParameterError, errors.EvolinkError)
    assert issubclass(errors.InvalidParameterError, ValueError)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
def test_status_mapping(status: int, cls: type[errors.APIStatusError]) -> None:
    error = errors.make_status_error(response(status, headers={"x-request-id": "r-1"}), None)
    assert type(error) is cls
    assert (error.status_code, error.request_id, error.body, error.request) == (status, "r-1", None, REQUEST)


def test_message_comes_from_the_error_body() -> None:
    body = {"error": {"message": "temperature too high", "type": "invalid_request_error", "code": None, "param": "t"}}
    error = errors.make_status_error(response(400), body)
    assert str(error) == error.message == "temperature too high"
    assert error.body == body
    assert str(errors.make_status_error(response(502), None)) == "Error code: 502 - Bad Gateway"
    assert str(errors.make_status_error(response(502), "upstream down")) == "upstream down"


def test_invalid_parameter_error_carries_model_and_parameter() -> None:
    error = errors.InvalidParameterError("bad top_k", model="gemini-x", parameter="top_k")
    assert (str(error), error.model, error.parameter) == ("bad top_k", "gemini-x", "top_k")


def test_not_given() -> None:
    assert not NOT_GIVEN
    assert repr(NOT_GIVEN) == "NOT_GIVEN"
    assert isinstance(NOT_GIVEN, NotGiven)
    options = RequestOptions()
    assert options.extra_headers is options.timeout is NOT_GIVEN
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.timeout = 1.0  # type: ignore[misc]
