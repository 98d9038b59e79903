"""The fake server's Gemini-native and task routes, over plain httpx (no SDK): what the SDK tests will rely on."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.support.evolink_bodies import EvolinkReplies
from tests.support.fake_server import FakeServer, RecordedRequest, Reply, StreamReply
from tests.support.fake_tasks import INVALID_TASK_ID, TaskStore
from tests.support.gemini_bodies import (
    CONTENTS_REQUIRED,
    NATIVE_PIECES,
    NATIVE_TEXT,
    generate_content_body,
    native_stream,
    native_usage,
)
from tests.support.sdk_clients import served

MODEL = "evolink/auto"
GENERATE = f"/v1beta/models/{MODEL}:generateContent"
STREAM = f"/v1beta/models/{MODEL}:streamGenerateContent"
BODY = {"contents": [{"role": "user", "parts": [{"text": "Say hello"}]}]}
FAILING = {"contents": [{"role": "user", "parts": [{"text": "please FAIL this one"}]}]}
ASYNC = {"X-Async-Mode": "true"}
TASK_ID = re.compile(r"^task-unified-\d{10}-[a-z0-9]{8}$")


@pytest.fixture
def http(evolink_server: FakeServer) -> Iterator[httpx.Client]:
    """An httpx client aimed at the Evolink-shaped fake server."""
    with httpx.Client(base_url=evolink_server.url, timeout=10) as client:
        yield client


def sse_payloads(text: str) -> list[str]:
    """The ``data:`` payloads of an SSE body, in order."""
    return [line.removeprefix("data: ") for line in text.split("\n") if line.startswith("data: ")]


def create_task(http: httpx.Client, body: object = BODY) -> dict[str, object]:
    """POST an async generateContent; the task body it answers."""
    response = http.post(GENERATE, json=body, headers=ASYNC)
    assert response.status_code == 200
    task: dict[str, object] = response.json()
    return task


def statuses(http: httpx.Client, task_id: object, polls: int) -> list[tuple[object, object]]:
    """(status, progress) of ``polls`` successive polls of the task."""
    seen = []
    for _ in range(polls):
        body = http.get(f"/v1/tasks/{task_id}").json()
        seen.append((body["status"], body["progress"]))
    return seen


def test_the_default_reply_gets_the_whole_request() -> None:
    seen: list[RecordedRequest] = []

    def default(request: RecordedRequest) -> Reply:
        seen.append(request)
        return Reply(body={"path": request.path})

    for server in served(FakeServer(default=default)):
        response = httpx.post(f"{server.url}/v1/x?alt=sse", content=b'{"a":1}', headers={"X-Probe": "yes"})
        assert response.json() == {"path": "/v1/x"}
    (request,) = seen
    assert (request.method, request.path, request.query, request.body) == ("POST", "/v1/x", "alt=sse", b'{"a":1}')
    assert request.headers["x-probe"] == "yes"


def test_generate_content_answers_the_vendor_shape_echoing_the_model(http: httpx.Client) -> None:
    response = http.post(GENERATE, json=BODY)
    assert response.status_code == 200
    body = response.json()
    assert body == generate_content_body(model=MODEL)
    assert body["modelVersion"] == MODEL
    assert body["candidates"][0]["content"] == {"role": "model", "parts": [{"text": NATIVE_TEXT}]}
    assert body["candidates"][0]["finishReason"] == "STOP"
    assert body["usageMetadata"] == native_usage(8, 12)
    assert body["promptFeedback"] == {"safetyRatings": []}
    assert isinstance(body["responseId"], str) and body["responseId"]


def test_a_percent_encoded_model_id_is_matched_decoded(http: httpx.Client) -> None:
    body = http.post("/v1beta/models/evolink%2Fauto:generateContent", json=BODY).json()
    assert body["modelVersion"] == MODEL


def test_the_chat_route_still_answers_chat_completions(http: httpx.Client) -> None:
    body = http.post("/v1/chat/completions", json={"model": "m", "messages": []}).json()
    assert (body["object"], body["model"]) == ("chat.completion", "m")


def test_stream_generate_content_sends_alt_sse_chunks_and_no_done(http: httpx.Client) -> None:
    response = http.post(STREAM, params={"alt": "sse"}, json=BODY)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    payloads = sse_payloads(response.text)
    assert "[DONE]" not in payloads
    events = [json.loads(payload) for payload in payloads]
    assert 2 <= len(events) <= 3
    assert "".join(event["candidates"][0]["content"]["parts"][0]["text"] for event in events) == NATIVE_TEXT
    assert [event["candidates"][0].get("finishReason") for event in events] == [None] * (len(events) - 1) + ["STOP"]
    assert ["usageMetadata" in event for event in events] == [False] * (len(events) - 1) + [True]
    assert {event["modelVersion"] for event in events} == {MODEL}


def test_stream_generate_content_without_alt_sse_is_a_400(http: httpx.Client) -> None:
    response = http.post(STREAM, json=BODY)
    assert response.status_code == 400
    error = response.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_argument", "alt")
    assert "alt=sse" in error["message"]


@pytest.mark.parametrize("path", [GENERATE, STREAM + "?alt=sse"])
@pytest.mark.parametrize("content", [b"{}", b'{"contents": []}', b"not json", b'{"contents": "hi"}'])
def test_a_body_without_contents_is_a_400(http: httpx.Client, path: str, content: bytes) -> None:
    response = http.post(path, content=content, headers=ASYNC if path == GENERATE else {})
    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "code": "invalid_argument",
            "message": CONTENTS_REQUIRED,
            "type": "invalid_request_error",
            "param": "contents",
        }
    }


def test_a_pushed_native_stream_may_end_without_a_finish_reason(http: httpx.Client, evolink_server: FakeServer) -> None:
    evolink_server.push(native_stream(["a", "b"], finish=False))
    events = [json.loads(p) for p in sse_payloads(http.post(STREAM, params={"alt": "sse"}, json=BODY).text)]
    assert [event["candidates"][0]["content"]["parts"][0]["text"] for event in events] == ["a", "b"]
    assert all("finishReason" not in event["candidates"][0] for event in events)
    assert all("usageMetadata" not in event for event in events)


def test_a_pushed_native_stream_may_be_cut_mid_event(http: httpx.Client, evolink_server: FakeServer) -> None:
    stream = native_stream(["whole", "half"], cut_mid_event=True)
    assert stream.cut
    evolink_server.push(stream)
    received = bytearray()
    with pytest.raises(httpx.RemoteProtocolError):
        with http.stream("POST", STREAM, params={"alt": "sse"}, json=BODY) as response:
            for chunk in response.iter_bytes():
                received.extend(chunk)
    assert bytes(received) == b"".join(stream.chunks)
    first, rest = bytes(received).split(b"\n\n", 1)
    assert json.loads(first.removeprefix(b"data: "))["candidates"][0]["content"]["parts"][0]["text"] == "whole"
    assert rest and not rest.endswith(b"\n\n")


def test_native_stream_cut_between_events_reuses_stream_reply() -> None:
    stream = dataclasses.replace(native_stream(gap=0.01), cut=True)
    assert isinstance(stream, StreamReply)
    assert (stream.cut, stream.gap, len(stream.chunks)) == (True, 0.01, len(NATIVE_PIECES))
    assert all(chunk.endswith(b"\n\n") for chunk in stream.chunks)


@pytest.mark.parametrize("value", ["true", "TRUE", "True"])
def test_async_mode_answers_a_pending_task(http: httpx.Client, value: str) -> None:
    response = http.post(GENERATE, json=BODY, headers={"X-Async-Mode": value})
    task = response.json()
    assert TASK_ID.match(task.pop("id"))
    assert isinstance(task.pop("created"), int)
    assert task == {
        "object": "text.generation.task",
        "model": MODEL,
        "status": "pending",
        "progress": 0,
        "results": [],
        "task_info": {"can_cancel": True},
        "type": "text",
    }


def test_async_mode_false_answers_the_response_itself(http: httpx.Client) -> None:
    body = http.post(GENERATE, json=BODY, headers={"X-Async-Mode": "false"}).json()
    assert body["modelVersion"] == MODEL and "candidates" in body


def test_a_task_goes_pending_processing_completed_one_step_per_poll(http: httpx.Client) -> None:
    task = create_task(http)
    assert statuses(http, task["id"], 3) == [("processing", 50), ("completed", 100), ("completed", 100)]
    done = http.get(f"/v1/tasks/{task['id']}").json()
    assert done["results"] == [NATIVE_TEXT]
    assert done["result"] == generate_content_body(model=MODEL)
    assert done["task_info"] == {"can_cancel": False}
    assert (done["id"], done["created"], done["model"]) == (task["id"], task["created"], MODEL)
    assert "error" not in done


def test_a_task_whose_first_text_says_fail_fails(http: httpx.Client) -> None:
    task = create_task(http, FAILING)
    assert task["status"] == "pending"
    assert statuses(http, task["id"], 1) == [("processing", 50)]
    failed = http.get(f"/v1/tasks/{task['id']}").json()
    assert failed["status"] == "failed"
    assert failed["error"]["code"] == "generation_failed"
    assert failed["error"]["type"] == "task_error"
    assert failed["error"]["message"]
    assert failed["results"] == [] and "result" not in failed


def test_polls_per_state_is_configurable() -> None:
    for server in served(FakeServer(default=EvolinkReplies(TaskStore(polls_per_state=2)))):
        with httpx.Client(base_url=server.url) as http:
            task = create_task(http)
            seen = statuses(http, task["id"], 5)
    assert [status for status, _ in seen] == ["pending", "processing", "processing", "completed", "completed"]


def test_polls_per_state_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        TaskStore(polls_per_state=0)


def test_concurrent_polls_each_count_once(http: httpx.Client) -> None:
    task = create_task(http)
    with ThreadPoolExecutor(max_workers=8) as pool:
        seen = list(pool.map(lambda _: http.get(f"/v1/tasks/{task['id']}").json()["status"], range(8)))
    assert sorted(seen) == ["completed"] * 7 + ["processing"]


def test_an_unknown_task_is_a_404(http: httpx.Client) -> None:
    response = http.get("/v1/tasks/task-unified-1756817821-4x3rx6ny")
    assert response.status_code == 404
    error = response.json()["error"]
    assert (error["code"], error["type"], error["param"]) == ("task_not_found", "invalid_request_error", "task_id")
    assert error["message"]


def test_a_task_id_in_another_format_is_a_400(http: httpx.Client) -> None:
    response = http.get("/v1/tasks/job-123")
    assert response.status_code == 400
    assert response.json() == {
        "error": {
            "code": "invalid_task_id",
            "message": INVALID_TASK_ID,
            "type": "invalid_request_error",
            "param": "task_id",
        }
    }
    assert INVALID_TASK_ID == "Invalid task ID format, must start with 'task-unified-'"


def test_a_pushed_fault_answers_a_task_poll_without_moving_the_task(
    http: httpx.Client, evolink_server: FakeServer
) -> None:
    task = create_task(http)
    evolink_server.push(Reply(status=503, body={"error": {"message": "overloaded", "type": "server_error"}}))
    faulted = http.get(f"/v1/tasks/{task['id']}")
    assert faulted.status_code == 503
    assert faulted.json()["error"]["message"] == "overloaded"
    assert statuses(http, task["id"], 2) == [("processing", 50), ("completed", 100)]
    assert [request.path for request in evolink_server.requests][-3:] == [f"/v1/tasks/{task['id']}"] * 3


def test_a_pushed_reply_beats_the_native_default(http: httpx.Client, evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(body={"pushed": True}))
    assert http.post(GENERATE, json=BODY, headers=ASYNC).json() == {"pushed": True}
    assert evolink_server.pending == 0
