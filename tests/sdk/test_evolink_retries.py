"""``Evolink`` and ``AsyncEvolink`` under faults: rate limits, 5xx bursts, resets, slow answers, refused ports and
failover. Every test runs once per client kind (the ``drive`` fixture)."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from evolink import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from evolink.types import ChatCompletion

from tests.support.evolink_bodies import completion_body
from tests.support.fake_server import FakeServer, Reply
from tests.support.files import replaced
from tests.support.raw_server import RESET, RawServer, http_response
from tests.support.sdk_clients import API_KEY, HI
from tests.support.sync_async import Drive

MODEL = "gemini-2.5-flash-lite"


def error_body(message: str, code: str = "error") -> dict[str, object]:
    """The documented error body."""
    return {"error": {"message": message, "type": "api_error", "code": code, "param": None}}


def create(drive: Drive, client: Any, **kwargs: object) -> ChatCompletion:
    """One plain ``create`` call for ``MODEL``, run to its result."""
    completion = drive.run(client.chat.completions.create(model=MODEL, messages=HI, **kwargs))
    assert isinstance(completion, ChatCompletion)
    return completion


def test_429_with_retry_after_waits_as_asked_then_succeeds(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(429, error_body("slow down", "rate_limited"), headers={"Retry-After": "3"}))
    client = drive.client()
    completion = create(drive, client, temperature=0.5)
    assert completion.model == MODEL
    assert client.sleeps == [3.0]
    first, second = evolink_server.requests
    assert first.body == second.body  # the same request again
    assert second.headers["authorization"] == f"Bearer {API_KEY}"


def test_retry_after_ms_is_honoured_with_a_real_sleep(
    drive: Drive, evolink_server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="evolink")
    evolink_server.push(
        Reply(429, error_body("slow down"), headers={"retry-after-ms": "50"}),
        Reply(body=completion_body(MODEL, "late")),
    )
    completion = create(drive, drive.real_client())  # the real _sleep
    assert completion.choices[0].message.content == "late"
    assert len(evolink_server.requests) == 2
    assert "in 0.050 s" in caplog.text


@pytest.mark.parametrize("max_retries", [0, 1, 2, 4])
def test_503_until_retries_are_spent_makes_exactly_max_retries_plus_one_attempts(
    drive: Drive, evolink_server: FakeServer, max_retries: int
) -> None:
    body = error_body("model overloaded", "overloaded")
    evolink_server.push(*[Reply(503, body, headers={"x-request-id": f"req-{i}"}) for i in range(max_retries + 2)])
    client = drive.client(max_retries=max_retries)
    with pytest.raises(InternalServerError, match="model overloaded") as caught:
        create(drive, client)
    assert len(evolink_server.requests) == max_retries + 1
    assert evolink_server.pending == 1  # the one beyond the budget was never asked for
    assert caught.value.status_code == 503
    assert caught.value.request_id == f"req-{max_retries}"  # the last attempt's
    assert caught.value.body == body
    assert len(client.sleeps) == max_retries
    assert all(0 < wait <= 8.0 for wait in client.sleeps)


@pytest.mark.parametrize(
    ("status", "error_type"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, UnprocessableEntityError),
    ],
)
def test_client_errors_are_not_retried_and_map_to_their_class(
    drive: Drive, evolink_server: FakeServer, status: int, error_type: type[APIStatusError]
) -> None:
    body = error_body(f"failed with {status}")
    evolink_server.push(Reply(status, body, headers={"x-request-id": "req-4xx"}), Reply(body=completion_body(MODEL)))
    client = drive.client(max_retries=3)
    with pytest.raises(error_type, match=f"failed with {status}") as caught:
        create(drive, client)
    assert type(caught.value) is error_type
    assert (caught.value.status_code, caught.value.request_id, caught.value.body) == (status, "req-4xx", body)
    assert len(evolink_server.requests) == 1
    assert evolink_server.pending == 1  # the success queued behind it was never asked for
    assert client.sleeps == []


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 504])
def test_retryable_statuses_are_retried_then_succeed(drive: Drive, evolink_server: FakeServer, status: int) -> None:
    evolink_server.push(Reply(status, error_body("transient")), Reply(body=completion_body(MODEL, "second try")))
    client = drive.client()
    assert create(drive, client).choices[0].message.content == "second try"
    assert len(evolink_server.requests) == 2
    assert len(client.sleeps) == 1


def test_a_rate_limit_asking_for_more_than_a_minute_is_raised_at_once(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(429, error_body("come back tomorrow"), headers={"Retry-After": "86400"}))
    client = drive.client()
    with pytest.raises(RateLimitError, match="come back tomorrow"):
        create(drive, client)
    assert (len(evolink_server.requests), client.sleeps) == (1, [])


def test_a_reset_connection_is_retried_then_succeeds(drive: Drive, raw_server: RawServer) -> None:
    raw_server.push(RESET, http_response(200, completion_body(MODEL, "after reset")))
    client = drive.client(base_url=raw_server.url)
    completion = create(drive, client)
    assert completion.choices[0].message.content == "after reset"
    assert raw_server.connections == 2
    assert len(client.sleeps) == 1


def test_resets_on_every_attempt_raise_api_connection_error(drive: Drive, raw_server: RawServer) -> None:
    raw_server.push(RESET, RESET, RESET)
    client = drive.client(base_url=raw_server.url, max_retries=2)
    with pytest.raises(APIConnectionError) as caught:
        create(drive, client)
    assert not isinstance(caught.value, APITimeoutError)
    assert raw_server.connections == 3
    assert len(client.sleeps) == 2
    assert API_KEY not in str(caught.value)


def test_a_response_slower_than_the_per_call_timeout_raises_api_timeout_error(
    drive: Drive, evolink_server: FakeServer
) -> None:
    evolink_server.push(Reply(body=completion_body(MODEL), delay=2.0), Reply(body=completion_body(MODEL), delay=2.0))
    client = drive.client(max_retries=1, timeout=60.0)
    with pytest.raises(APITimeoutError) as caught:
        create(drive, client, timeout=0.2)
    assert isinstance(caught.value, APIConnectionError)
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert len(evolink_server.requests) == 2  # a timeout is retried
    assert len(client.sleeps) == 1


def test_a_client_level_timeout_from_with_options_applies(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(body=completion_body(MODEL), delay=2.0))
    client = drive.client().with_options(timeout=0.2, max_retries=0)
    with pytest.raises(APITimeoutError) as caught:
        create(drive, client)
    assert isinstance(caught.value.__cause__, httpx.TimeoutException)
    assert len(evolink_server.requests) == 1


def test_failover_from_a_refused_port_to_the_fallback(
    drive: Drive, evolink_server: FakeServer, refused_url: str
) -> None:
    client = drive.client(base_url=refused_url, fallback_base_urls=[evolink_server.url], max_retries=1)
    assert client.fallback_base_urls == (evolink_server.url,)
    completion = create(drive, client, temperature=0.3)
    assert completion.model == MODEL
    assert len(evolink_server.requests) == 1
    assert evolink_server.requests[0].json() == {"model": MODEL, "messages": HI, "temperature": 0.3}
    assert len(client.sleeps) == 1  # the primary's retry, then straight to the fallback


def test_a_custom_base_url_has_no_default_fallback(drive: Drive, refused_url: str) -> None:
    client = drive.client(base_url=refused_url, max_retries=1)
    assert client.fallback_base_urls == ()
    with pytest.raises(APIConnectionError):
        create(drive, client)


def test_every_server_refusing_raises_naming_them_all(drive: Drive, refused_url: str) -> None:
    other = replaced(refused_url, "127.0.0.1", "localhost")
    client = drive.client(base_url=refused_url, fallback_base_urls=[other], max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        create(drive, client)
    assert refused_url in str(caught.value) and other in str(caught.value)


def test_no_failover_once_the_primary_answered(drive: Drive, evolink_server: FakeServer, raw_server: RawServer) -> None:
    raw_server.push(*[http_response(503, error_body("primary down"))] * 3)
    client = drive.client(base_url=raw_server.url, fallback_base_urls=[evolink_server.url], max_retries=2)
    with pytest.raises(InternalServerError, match="primary down"):
        create(drive, client)
    assert raw_server.connections == 3
    assert evolink_server.requests == []  # a server that answers is not failed over from
