"""Retries, backoff, Retry-After handling and failover, against real sockets on 127.0.0.1."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from evolink import _exceptions as errors
from evolink._base_client import Call
from evolink._retries import backoff_delay, retry_delay
from evolink._sync_client import SyncAPIClient
from evolink._types import RequestOptions

from tests.support.fake_server import FakeServer, Reply
from tests.support.raw_server import HANG_UP, RESET, RawServer, http_response
from tests.support.sdk_clients import API_KEY, CONFIG, PATH, Client, Completion

ERROR_BODY = {"error": {"message": "slow down", "type": "rate_limit", "code": "rate_limited", "param": None}}


def post(client: Client) -> Completion:
    return client._call(Call(PATH, {"model": "m"}, Completion))


def test_429_with_retry_after_then_success(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(Reply(429, ERROR_BODY, headers={"Retry-After": "2"}), Reply())
    client = make_client()
    assert post(client).id == "cmpl-default"
    assert client.sleeps == [2.0]
    assert len(server.requests) == 2
    assert server.requests[0].body == server.requests[1].body


def test_503_until_retries_are_spent(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(*[Reply(503, {"error": {"message": "overloaded"}})] * 4)
    client = make_client(max_retries=2)
    with pytest.raises(errors.InternalServerError, match="overloaded") as caught:
        post(client)
    assert len(server.requests) == 3  # max_retries + 1
    assert caught.value.status_code == 503
    assert caught.value.request_id == "req-json"
    assert len(client.sleeps) == 2
    assert 0.375 <= client.sleeps[0] <= 0.5
    assert 0.75 <= client.sleeps[1] <= 1.0


def test_max_retries_zero_means_one_attempt(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(Reply(500), Reply())
    with pytest.raises(errors.InternalServerError):
        post(make_client(max_retries=0))
    assert len(server.requests) == 1


def test_400_is_not_retried(make_client: Callable[..., Client], server: FakeServer) -> None:
    body = {"error": {"message": "messages must not be empty", "type": "invalid_request_error", "param": "messages"}}
    server.push(Reply(400, body, headers={"x-request-id": "req-42"}))
    client = make_client()
    with pytest.raises(errors.BadRequestError) as caught:
        post(client)
    assert (str(caught.value), caught.value.body, caught.value.request_id) == (
        str(body["error"]["message"]),
        body,
        "req-42",
    )
    assert caught.value.response.status_code == 400
    assert len(server.requests) == 1
    assert client.sleeps == []


@pytest.mark.parametrize("status", [408, 409])
def test_408_and_409_are_retried(make_client: Callable[..., Client], server: FakeServer, status: int) -> None:
    server.push(Reply(status, {"error": {"message": "again"}}), Reply())
    assert post(make_client()).id == "cmpl-default"
    assert len(server.requests) == 2


def test_retry_after_over_60_seconds_is_not_retried(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(Reply(429, ERROR_BODY, headers={"Retry-After": "61"}), Reply())
    client = make_client()
    with pytest.raises(errors.RateLimitError, match="slow down"):
        post(client)
    assert len(server.requests) == 1
    assert client.sleeps == []


def test_retry_after_http_date(make_client: Callable[..., Client], server: FakeServer) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=3), usegmt=True)
    server.push(Reply(503, headers={"Retry-After": when}), Reply())
    client = make_client()
    post(client)
    assert len(client.sleeps) == 1
    assert 0.0 <= client.sleeps[0] <= 3.0


def test_retry_after_ms_wins_and_really_sleeps(server: FakeServer) -> None:
    server.push(Reply(429, ERROR_BODY, headers={"retry-after-ms": "50", "Retry-After": "30"}), Reply())

    class Sleeper(SyncAPIClient):  # the real _sleep
        _config = CONFIG

    with Sleeper(api_key=API_KEY, base_url=server.url) as client:
        assert client._call(Call(PATH, {}, Completion)).id == "cmpl-default"
    assert len(server.requests) == 2


def test_delay_policy() -> None:
    assert [round(backoff_delay(n) / min(0.5 * 2**n, 8.0), 2) <= 1.0 for n in range(8)] == [True] * 8
    assert all(6.0 <= backoff_delay(10) <= 8.0 for _ in range(50))
    assert retry_delay(0, httpx.Headers({"retry-after-ms": "1500.5"})) == 1.5005
    assert retry_delay(0, httpx.Headers({"retry-after": "60"})) == 60.0
    assert retry_delay(0, httpx.Headers({"retry-after": "60.5"})) is None
    assert retry_delay(0, httpx.Headers({"retry-after": "-3"})) == 0.0
    past = format_datetime(datetime.now(UTC) - timedelta(seconds=30), usegmt=True)
    assert retry_delay(0, httpx.Headers({"retry-after": past})) == 0.0
    assert 0.375 <= (retry_delay(0, httpx.Headers({"retry-after": "soon"})) or 0) <= 0.5


def test_timeout_raises_api_timeout_error(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(Reply(delay=2.0), Reply(delay=2.0))
    client = make_client(timeout=0.2, max_retries=1)
    with pytest.raises(errors.APITimeoutError) as caught:
        post(client)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert len(server.requests) == 2
    assert len(client.sleeps) == 1


def test_per_call_timeout_overrides_the_client(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(Reply(delay=2.0))
    with pytest.raises(errors.APITimeoutError):
        make_client(max_retries=0)._call(Call(PATH, {}, Completion, options=RequestOptions(timeout=0.2)))


def test_reset_connection_then_success(raw_server: RawServer) -> None:
    raw_server.push(RESET, HANG_UP, http_response(200, {"id": "raw", "text": "ok"}))
    with Client(api_key=API_KEY, base_url=raw_server.url) as client:
        assert post(client).id == "raw"
        assert raw_server.connections == 3
        assert len(client.sleeps) == 2


def test_reset_until_spent_raises_connection_error(raw_server: RawServer) -> None:
    raw_server.push(RESET, RESET, RESET)
    with Client(api_key=API_KEY, base_url=raw_server.url) as client, pytest.raises(errors.APIConnectionError) as caught:
        post(client)
    assert not isinstance(caught.value, errors.APITimeoutError)
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert raw_server.connections == 3


def test_status_error_after_reset_is_mapped(raw_server: RawServer) -> None:
    raw_server.push(RESET, http_response(401, {"error": {"message": "bad key"}}, {"x-request-id": "r9"}))
    with (
        Client(api_key=API_KEY, base_url=raw_server.url) as client,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        post(client)
    assert (caught.value.message, caught.value.request_id) == ("bad key", "r9")


def test_invalid_json_on_200_raises_validation_error(make_client: Callable[..., Client], server: FakeServer) -> None:
    server.push(Reply(content=b"<html>oops</html>"), Reply(body={"id": 1}))
    client = make_client()
    with pytest.raises(errors.APIResponseValidationError) as caught:
        post(client)
    assert caught.value.body == "<html>oops</html>"
    with pytest.raises(errors.APIResponseValidationError, match="Completion"):
        post(client)
    assert len(server.requests) == 2  # not retried


def test_failover_from_a_refused_port(
    make_client: Callable[..., Client], server: FakeServer, refused_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="evolink")
    client = make_client(base_url=refused_url, fallback_base_urls=[server.url])
    assert post(client).id == "cmpl-default"
    assert len(server.requests) == 1
    assert len(client.sleeps) == 2  # all 3 attempts against the refused port, then the fallback
    assert any("failing over to " + server.url in record.getMessage() for record in caplog.records)
    assert any("Retrying POST" in record.getMessage() for record in caplog.records)


def test_default_fallbacks_apply_when_the_primary_is_the_default(
    server: FakeServer, refused_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = CONFIG.__class__(
        api_key_env=CONFIG.api_key_env,
        base_url_env=CONFIG.base_url_env,
        default_base_url=refused_url,
        default_fallback_base_urls=(refused_url, server.url),
        package_name="evolink",
        package_version="0",
    )
    monkeypatch.setattr(Client, "_config", config)
    with Client(api_key=API_KEY, max_retries=0) as client:
        assert client.fallback_base_urls == (server.url,)
        assert post(client).id == "cmpl-default"


def test_no_failover_without_fallbacks_or_after_a_response(
    make_client: Callable[..., Client], server: FakeServer, refused_url: str
) -> None:
    with pytest.raises(errors.APIConnectionError) as caught:
        post(make_client(base_url=refused_url, max_retries=1))
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    server.push(Reply(503), Reply(503), Reply(503))
    with pytest.raises(errors.InternalServerError):
        post(make_client(fallback_base_urls=[refused_url]))
    assert len(server.requests) == 3


def test_every_url_refused(make_client: Callable[..., Client], refused_url: str) -> None:
    other = refused_url.rsplit(":", 1)[0] + ":1"
    client = make_client(base_url=refused_url, fallback_base_urls=[other], max_retries=1)
    with pytest.raises(errors.APIConnectionError, match="Could not connect to any of"):
        post(client)
    assert len(client.sleeps) == 2  # one retry per URL
