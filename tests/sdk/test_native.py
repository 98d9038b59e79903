"""`client.models.generate_content` (Gemini's native format) and `client.tasks`, end to end against the fake server.

Each test runs through `Evolink` and `AsyncEvolink` (`drive`). The models come from the loaded spec (the variants of
the endpoint the SDK places at `models.generate_content`), so adding a model or an endpoint needs no edit here.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs

import pytest
from evolink import (
    APIConnectionError,
    APIStatusError,
    InvalidParameterError,
    TaskFailedError,
    TaskTimeoutError,
)

from generator.ir import Endpoint
from tests.support.evolink_bodies import EvolinkReplies
from tests.support.fake_server import FakeServer, Reply, StreamReply, sse_event
from tests.support.fake_tasks import TASK_FAILURE, TaskStore
from tests.support.gemini_bodies import FAIL_MARKER, NATIVE_PIECES, NATIVE_TEXT, generate_content_body, native_stream
from tests.support.paths import ROOT
from tests.support.sdk_clients import served
from tests.support.specs import load
from tests.support.sync_async import Drive, driving

SPEC = load(ROOT / "spec")


def _endpoint(dotted: str) -> Endpoint:
    return next(endpoint for endpoint in SPEC.api.endpoints if endpoint.sdk.dotted == dotted)


NATIVE = _endpoint("models.generate_content")
TASKS = _endpoint("tasks.retrieve")
MODELS = [variant.id for variant in SPEC.variants_of(NATIVE)]
SWITCH = next(header for header in NATIVE.headers if header.response_if_true is not None)
CONTENTS = [{"role": "user", "parts": [{"text": "Say hello"}]}]


def _text(response: Any) -> str:
    return "".join(part.text or "" for part in response.candidates[0].content.parts)


@pytest.mark.parametrize("model", MODELS)
def test_generate_content_returns_text_and_sends_the_model_in_the_path(
    drive: Drive, evolink_server: FakeServer, model: str
) -> None:
    client = drive.client()
    response = drive.run(client.models.generate_content(model=model, contents=CONTENTS))
    assert _text(response) == NATIVE_TEXT
    assert response.model_version == model and response.usage_metadata.prompt_token_count > 0
    [request] = evolink_server.requests
    assert (request.method, request.path) == ("POST", NATIVE.path.replace("{model}", model))
    body = request.json()
    assert isinstance(body, dict) and "model" not in body and body["contents"] == CONTENTS


@pytest.mark.parametrize("model", MODELS)
def test_the_stream_form_yields_chunks_from_the_streaming_path(
    drive: Drive, evolink_server: FakeServer, model: str
) -> None:
    client = drive.client()
    chunks = drive.chunks(drive.run(client.models.generate_content(model=model, contents=CONTENTS, stream=True)))
    assert [_text(chunk) for chunk in chunks] == list(NATIVE_PIECES)
    assert chunks[-1].candidates[0].finish_reason == "STOP"
    [request] = evolink_server.requests
    assert NATIVE.streaming is not None and NATIVE.streaming.path is not None
    assert request.path == NATIVE.streaming.path.replace("{model}", model)
    assert parse_qs(request.query) == {name: [value] for name, value in NATIVE.streaming.query.items()}
    assert request.headers["accept"] == "text/event-stream"


def test_python_names_go_out_as_the_wire_names(drive: Drive, evolink_server: FakeServer) -> None:
    client = drive.client()
    aliased = {p.python_name: p.name for p in NATIVE.catalogue if p.aliased}
    assert aliased, "the native catalogue renames camelCase fields"
    values = {"generation_config": {"temperature": 0.5}, "system_instruction": {"parts": [{"text": "Be brief."}]}}
    given = {name: value for name, value in values.items() if name in aliased}
    drive.run(client.models.generate_content(model=MODELS[0], contents=CONTENTS, **given))
    body = evolink_server.requests[0].json()
    assert isinstance(body, dict)
    assert {aliased[name]: value for name, value in given.items()}.items() <= body.items()


def test_a_stream_that_ends_before_its_last_chunk_raises(drive: Drive, evolink_server: FakeServer) -> None:
    client = drive.client(max_retries=0)
    cases = [
        (native_stream(finish=False), "ended before a last chunk"),
        (native_stream(cut_mid_event=True), "interrupted"),
    ]
    for short, message in cases:
        evolink_server.push(short)
        received: list[Any] = []
        stream = drive.run(client.models.generate_content(model=MODELS[0], contents=CONTENTS, stream=True))
        with pytest.raises(APIConnectionError, match=message):
            drive.chunks(stream, into=received)
        assert len(received) < len(NATIVE_PIECES) or received[-1].candidates[0].finish_reason is None


def test_a_blocked_prompt_ends_its_stream_without_candidates(drive: Drive, evolink_server: FakeServer) -> None:
    blocked = {"promptFeedback": {"blockReason": "SAFETY"}, "modelVersion": MODELS[0]}
    evolink_server.push(StreamReply((sse_event(blocked),)))
    client = drive.client()
    stream = drive.run(client.models.generate_content(model=MODELS[0], contents=CONTENTS, stream=True))
    [chunk] = drive.chunks(stream)
    assert chunk.prompt_feedback.block_reason == "SAFETY" and not chunk.candidates


def test_an_error_event_mid_stream_raises(drive: Drive, evolink_server: FakeServer) -> None:
    first = generate_content_body("partial", finish_reason=None)
    error = {"error": {"code": 429, "message": "quota", "type": "rate_limit"}}
    evolink_server.push(StreamReply((sse_event(first), sse_event(error))))
    client = drive.client(max_retries=0)
    received: list[Any] = []
    stream = drive.run(client.models.generate_content(model=MODELS[0], contents=CONTENTS, stream=True))
    with pytest.raises(APIStatusError, match="quota") as raised:
        drive.chunks(stream, into=received)
    assert raised.value.status_code == 429 and [_text(chunk) for chunk in received] == ["partial"]


def test_unknown_response_fields_are_kept_not_refused(drive: Drive, evolink_server: FakeServer) -> None:
    body = {**generate_content_body(), "newField": {"x": 1}}
    body["candidates"][0]["finishReason"] = "A_REASON_ADDED_LATER"  # type: ignore[index]
    evolink_server.push(Reply(body=body))
    response = drive.run(drive.client().models.generate_content(model=MODELS[0], contents=CONTENTS))
    assert response.candidates[0].finish_reason == "A_REASON_ADDED_LATER"
    assert response.model_extra is not None and response.model_extra["newField"] == {"x": 1}


@pytest.mark.parametrize(
    ("arguments", "parameter"),
    [
        ({"contents": []}, "contents"),
        ({"contents": CONTENTS, "generation_config": "hot"}, "generation_config"),
        ({"contents": CONTENTS, SWITCH.python_name: "yes"}, SWITCH.python_name),
        ({"contents": CONTENTS, SWITCH.python_name: True, "stream": True}, SWITCH.python_name),
        ({"contents": CONTENTS, "top_k": 3}, "top_k"),
    ],
)
def test_bad_arguments_raise_before_anything_is_sent(
    drive: Drive, evolink_server: FakeServer, arguments: dict[str, Any], parameter: str
) -> None:
    client = drive.client()
    with pytest.raises(InvalidParameterError) as raised:
        drive.run(client.models.generate_content(model=MODELS[0], **arguments))
    assert raised.value.parameter == parameter
    assert evolink_server.requests == []


@pytest.mark.parametrize("model", ["evolink/auto", "a-model-newer-than-the-sdk"])
def test_a_model_id_the_sdk_does_not_know_is_sent_in_the_path(
    drive: Drive, evolink_server: FakeServer, model: str
) -> None:
    drive.run(drive.client().models.generate_content(model=model, contents=CONTENTS))
    assert evolink_server.requests[0].raw_path == NATIVE.path.replace("{model}", model)


@pytest.mark.parametrize("model", ["../v1/chat/completions", "evolink//auto", "x/./y", ""])
def test_a_model_id_that_would_change_the_path_raises(drive: Drive, evolink_server: FakeServer, model: str) -> None:
    with pytest.raises(InvalidParameterError):
        drive.run(drive.client().models.generate_content(model=model, contents=CONTENTS))
    assert evolink_server.requests == []


def test_async_mode_returns_a_task_that_wait_follows_to_completion(drive: Drive, evolink_server: FakeServer) -> None:
    client = drive.client()
    task = drive.run(client.models.generate_content(model=MODELS[0], contents=CONTENTS, **{SWITCH.python_name: True}))
    assert task.status in (TASKS.polling.pending if TASKS.polling else ())
    assert evolink_server.requests[0].headers[SWITCH.name] == "true"
    seen: list[str] = []
    done = drive.run(client.tasks.wait(task.id, interval=0.01, on_progress=lambda t: seen.append(t.status)))
    assert TASKS.polling is not None and done.status in TASKS.polling.succeeded and done.progress == 100
    assert seen[-1] == done.status and len(seen) >= 2
    assert all(request.method == "GET" for request in evolink_server.requests[1:])


def test_a_failed_task_raises_with_its_code_and_message(drive: Drive) -> None:
    client = drive.client()
    contents = [{"role": "user", "parts": [{"text": f"please {FAIL_MARKER}"}]}]
    task = drive.run(client.models.generate_content(model=MODELS[0], contents=contents, **{SWITCH.python_name: True}))
    with pytest.raises(TaskFailedError) as raised:
        drive.run(client.tasks.wait(task.id, interval=0.01))
    error = raised.value
    assert (error.task_id, error.code) == (task.id, TASK_FAILURE["code"])
    assert TASK_FAILURE["message"] in str(error)


def test_a_wait_that_runs_out_of_time_says_how_far_the_task_got() -> None:
    slow = FakeServer(default=EvolinkReplies(TaskStore(polls_per_state=10_000)))
    for server in served(slow):
        with driving("sync", server.url) as drive:
            client = drive.client()
            task = client.models.generate_content(model=MODELS[0], contents=CONTENTS, **{SWITCH.python_name: True})
            with pytest.raises(TaskTimeoutError) as raised:
                client.tasks.wait(task.id, timeout=0.2, interval=0.01, max_interval=0.02)
            error = raised.value
            assert error.status == "pending" and error.progress == 0 and error.task_id == task.id
            assert "still pending, 0% done" in str(error)
            assert client.sleeps and max(client.sleeps) <= 0.02


@pytest.mark.parametrize(
    ("task_id", "sent"),
    [
        ("../../v1/chat/completions", "..%2F..%2Fv1%2Fchat%2Fcompletions"),
        ("task-unified-1?x=1#y", "task-unified-1%3Fx%3D1%23y"),
        ("task unified", "task%20unified"),
    ],
)
def test_a_task_id_stays_one_path_segment(drive: Drive, evolink_server: FakeServer, task_id: str, sent: str) -> None:
    with pytest.raises(APIStatusError):
        drive.run(drive.client(max_retries=0).tasks.retrieve(task_id))
    [request] = evolink_server.requests
    assert request.raw_path == TASKS.path.replace("{task_id}", sent) and request.query == ""


@pytest.mark.parametrize("task_id", ["", 42, None])
def test_a_task_id_that_is_no_segment_raises_before_anything_is_sent(
    drive: Drive, evolink_server: FakeServer, task_id: object
) -> None:
    client = drive.client()
    with pytest.raises(InvalidParameterError):
        drive.run(client.tasks.retrieve(task_id))
    with pytest.raises(InvalidParameterError):
        drive.run(client.tasks.wait(task_id))
    assert evolink_server.requests == []


def test_an_unknown_task_is_a_status_error_not_a_wait(drive: Drive, evolink_server: FakeServer) -> None:
    with pytest.raises(APIStatusError) as raised:
        drive.run(drive.client(max_retries=0).tasks.wait("task-unified-0-missing", interval=0.01))
    assert raised.value.status_code == 404 and len(evolink_server.requests) == 1


def test_the_raw_response_of_a_task_parses_to_the_task(drive: Drive, evolink_server: FakeServer) -> None:
    client = drive.client()
    task = drive.run(client.models.generate_content(model=MODELS[0], contents=CONTENTS, **{SWITCH.python_name: True}))
    raw = drive.run(client.tasks.with_raw_response.retrieve(task.id))
    parsed = drive.run(raw.parse())
    assert raw.status_code == 200 and parsed.id == task.id
    assert json.loads(raw.http_response.content)["id"] == task.id


def test_generate_content_retries_and_fails_over_like_chat(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(status=503, body={"error": {"message": "busy"}}, headers={"retry-after": "0"}))
    client = drive.client(max_retries=1)
    response = drive.run(client.models.generate_content(model=MODELS[0], contents=CONTENTS))
    assert _text(response) == NATIVE_TEXT and len(evolink_server.requests) == 2 and client.sleeps == [0.0]
    first, second = evolink_server.requests
    assert first.path == second.path and first.body == second.body


def test_a_stream_is_retried_before_its_first_chunk(drive: Drive, evolink_server: FakeServer) -> None:
    evolink_server.push(Reply(status=429, body={"error": {"message": "slow down"}}, headers={"retry-after": "0"}))
    client = drive.client(max_retries=1)
    stream = drive.run(client.models.generate_content(model=MODELS[0], contents=CONTENTS, stream=True))
    assert "".join(_text(chunk) for chunk in drive.chunks(stream)) == NATIVE_TEXT
    assert [request.query for request in evolink_server.requests] == ["alt=sse", "alt=sse"]
