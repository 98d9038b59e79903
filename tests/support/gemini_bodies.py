"""Evolink's Gemini-native API, faked: ``POST /v1beta/models/{model}:generateContent`` and
``:streamGenerateContent?alt=sse`` in the vendor's shapes (``GenerateContentResponse``).

``native_reply`` answers a native request (None for any other): the whole response; with ``alt=sse`` a stream
of ``NATIVE_PIECES`` whose last event alone has ``finishReason`` and ``usageMetadata`` and no ``[DONE]``
(Google's alt=sse stream ends with the connection); with ``X-Async-Mode: true`` a pending task (tests/support/
fake_tasks) whose ``result`` is the whole response, failing when the first text part contains ``FAIL``.
The model id is whatever stands between ``/v1beta/models/`` and the ``:method`` suffix, ``/`` included
(``evolink/auto``); it is echoed in ``modelVersion``.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Mapping, Sequence
from typing import Final
from urllib.parse import parse_qs

from tests.support.fake_server import RecordedRequest, Reply, StreamReply, error_reply, sse_event
from tests.support.fake_tasks import TaskStore

NATIVE_MODEL: Final = "gemini-2.5-pro"
NATIVE_PIECES: Final = ("Hello", " from the", " fake Gemini.")
NATIVE_TEXT: Final = "".join(NATIVE_PIECES)
NATIVE_RESPONSE_ID: Final = "mS3PaL2pFo2vz7IP4fLdkQk"
NATIVE_PATH: Final = re.compile(r"^/v1beta/models/(?P<model>.+):(?P<method>generateContent|streamGenerateContent)$")
FAIL_MARKER: Final = "FAIL"
"""An async request whose first text part contains this makes a task that fails."""
CONTENTS_REQUIRED: Final = "contents is required"
SSE_ONLY: Final = "the fake server streams only with alt=sse (add ?alt=sse to :streamGenerateContent)"


def native_usage(prompt_tokens: int = 8, candidates_tokens: int = 12) -> dict[str, object]:
    """A ``usageMetadata`` object, its prompt tokens all text."""
    return {
        "promptTokenCount": prompt_tokens,
        "candidatesTokenCount": candidates_tokens,
        "totalTokenCount": prompt_tokens + candidates_tokens,
        "thoughtsTokenCount": 0,
        "promptTokensDetails": [{"modality": "TEXT", "tokenCount": prompt_tokens}],
    }


def generate_content_body(
    text: str = NATIVE_TEXT,
    *,
    model: str = NATIVE_MODEL,
    finish_reason: str | None = "STOP",
    usage: Mapping[str, object] | None = None,
    response_id: str = NATIVE_RESPONSE_ID,
) -> dict[str, object]:
    """A ``GenerateContentResponse``: one candidate saying ``text``. With ``finish_reason`` (default ``STOP``)
    the candidate has it and the body has ``usageMetadata`` (``usage``, default ``native_usage()``); with
    ``finish_reason=None``, as in a stream's chunks before the last, it has neither."""
    candidate: dict[str, object] = {"content": {"role": "model", "parts": [{"text": text}]}}
    body: dict[str, object] = {"candidates": [candidate]}
    if finish_reason is not None:
        candidate.update(finishReason=finish_reason, index=0, safetyRatings=[])
        body["promptFeedback"] = {"safetyRatings": []}
        body["usageMetadata"] = dict(usage) if usage is not None else native_usage()
    else:
        candidate["index"] = 0
    body.update(modelVersion=model, responseId=response_id)
    return body


def native_event(body: Mapping[str, object]) -> bytes:
    """``body`` as one alt=sse event (compact JSON, UTF-8)."""
    return sse_event(json.dumps(body, ensure_ascii=False, separators=(",", ":")))


def native_stream(
    texts: Sequence[str] = NATIVE_PIECES,
    *,
    model: str = NATIVE_MODEL,
    finish: bool = True,
    cut_mid_event: bool = False,
    gap: float = 0.0,
) -> StreamReply:
    """A ``:streamGenerateContent?alt=sse`` stream: one event per text, the last with ``finishReason: STOP``
    and ``usageMetadata`` unless ``finish`` is False (a stream that ends short). No ``[DONE]``.

    ``cut_mid_event`` sends only the first half of the last event, then drops the connection
    (``StreamReply.cut``); for a cut between whole events use ``dataclasses.replace(stream, cut=True)``.
    ``gap`` is ``StreamReply.gap``.
    """
    last = len(texts) - 1
    events = [
        native_event(generate_content_body(text, model=model, finish_reason="STOP" if finish and i == last else None))
        for i, text in enumerate(texts)
    ]
    if cut_mid_event and events:
        events[-1] = events[-1][: len(events[-1]) // 2]
    return StreamReply(tuple(events), gap=gap, cut=cut_mid_event)


def task_text(body: object) -> str | None:
    """The first text part of a request body's ``contents``, or None when it has none."""
    contents = body.get("contents") if isinstance(body, dict) else None
    for content in contents if isinstance(contents, list) else []:
        parts = content.get("parts") if isinstance(content, dict) else None
        for part in parts if isinstance(parts, list) else []:
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                return str(part["text"])
    return None


def _has_contents(body: bytes) -> tuple[bool, object]:
    """Whether the body is JSON with a non-empty ``contents`` list, and the parsed body."""
    parsed: object = None
    with contextlib.suppress(ValueError):
        parsed = json.loads(body)
    contents = parsed.get("contents") if isinstance(parsed, dict) else None
    return isinstance(contents, list) and bool(contents), parsed


def _is_async(request: RecordedRequest) -> bool:
    """Whether the request asks for a task: ``X-Async-Mode: true`` (the value in any case)."""
    return str(request.headers.get("x-async-mode", "")).strip().lower() == "true"


def native_reply(request: RecordedRequest, tasks: TaskStore) -> Reply | StreamReply | None:
    """The reply to a native ``generateContent`` / ``streamGenerateContent`` request (creating a task in
    ``tasks`` for ``X-Async-Mode: true``), or None for any other request."""
    match = NATIVE_PATH.match(request.path)
    if request.method != "POST" or match is None:
        return None
    model, streaming = match["model"], match["method"] == "streamGenerateContent"
    if streaming and parse_qs(request.query).get("alt") != ["sse"]:
        return error_reply(400, "invalid_argument", SSE_ONLY, param="alt")
    valid, body = _has_contents(request.body)
    if not valid:
        return error_reply(400, "invalid_argument", CONTENTS_REQUIRED, param="contents")
    if streaming:
        return native_stream(model=model)
    if _is_async(request):
        fail = FAIL_MARKER in (task_text(body) or "")
        return Reply(body=tasks.create(model, NATIVE_TEXT, generate_content_body(model=model), fail=fail))
    return Reply(body=generate_content_body(model=model))
