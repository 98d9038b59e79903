"""Real Evolink response shapes (the vendor's documented ``chat.completion`` and ``chat.completion.chunk``),
and the default reply of an Evolink-shaped ``FakeServer`` (chat here; Gemini-native and tasks from
tests/support/gemini_bodies and tests/support/fake_tasks)."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from typing import Any, Final

from tests.support.fake_server import DONE, RecordedRequest, Reply, StreamReply, sse_event
from tests.support.fake_tasks import TaskStore, task_reply
from tests.support.gemini_bodies import native_reply

EVOLINK_ID: Final = "chatcmpl-20251010015944503180122WJNB8Eid"
EVOLINK_CREATED: Final = 1760032810
EVOLINK_MODEL: Final = "gemini-2.5-flash-lite"


def usage_body(
    prompt_tokens: int = 13, completion_tokens: int = 1891, reasoning_tokens: int = 1480
) -> dict[str, object]:
    """Evolink's ``usage`` object, with its prompt and completion token details."""
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
        "prompt_tokens_details": {
            "cached_tokens": 0,
            "text_tokens": prompt_tokens,
            "audio_tokens": 0,
            "image_tokens": 0,
        },
        "completion_tokens_details": {"text_tokens": 0, "audio_tokens": 0, "reasoning_tokens": reasoning_tokens},
        "input_tokens": 0,
        "output_tokens": 0,
        "input_tokens_details": None,
    }


def tool_call_body(
    name: str = "get_weather", arguments: str = '{"city": "Tokyo"}', call_id: str = "call_0"
) -> dict[str, object]:
    """One ``tool_calls`` entry of an assistant message."""
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def logprobs_body(tokens: Sequence[str]) -> dict[str, object]:
    """A choice's ``logprobs``: each token with its bytes and one top alternative."""
    return {
        "content": [
            {
                "token": token,
                "logprob": -0.25 * (index + 1),
                "bytes": list(token.encode()),
                "top_logprobs": [{"token": token, "logprob": -0.25 * (index + 1), "bytes": list(token.encode())}],
            }
            for index, token in enumerate(tokens)
        ]
    }


def completion_body(
    model: str = EVOLINK_MODEL,
    content: str | None = "Hello! I'm a large language model, trained and developed by Google.",
    *,
    tool_calls: Sequence[Mapping[str, object]] | None = None,
    logprobs: Mapping[str, object] | None = None,
    finish_reason: str = "stop",
    usage: Mapping[str, object] | None = None,
    completion_id: str = EVOLINK_ID,
) -> dict[str, object]:
    """A ``chat.completion`` body as Evolink sends it (usage defaults to ``usage_body()``)."""
    message: dict[str, object] = {"role": "assistant", "content": content}
    if tool_calls is not None:
        message["tool_calls"] = list(tool_calls)
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": EVOLINK_CREATED,
        "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": logprobs, "finish_reason": finish_reason}],
        "usage": dict(usage) if usage is not None else usage_body(),
    }


def chunk_body(
    content: str | None = None,
    *,
    model: str = EVOLINK_MODEL,
    role: str | None = None,
    finish_reason: str | None = None,
    usage: Mapping[str, object] | None = None,
    tool_calls: Sequence[Mapping[str, object]] | None = None,
) -> dict[str, object]:
    """One ``chat.completion.chunk`` as Evolink streams it; only the given delta fields are present."""
    delta: dict[str, object] = {}
    if role is not None:
        delta["role"] = role
    if content is not None:
        delta["content"] = content
    if tool_calls is not None:
        delta["tool_calls"] = list(tool_calls)
    chunk: dict[str, object] = {
        "id": EVOLINK_ID,
        "object": "chat.completion.chunk",
        "created": EVOLINK_CREATED,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }
    if usage is not None:
        chunk["usage"] = dict(usage)
    return chunk


def chunk_event(content: str | None = None, **fields: Any) -> bytes:
    """``chunk_body(content, **fields)`` as one SSE event (compact JSON, UTF-8, as Evolink sends it)."""
    return sse_event(json.dumps(chunk_body(content, **fields), ensure_ascii=False, separators=(",", ":")))


def evolink_stream(pieces: Sequence[str], *, model: str = EVOLINK_MODEL, usage: bool = True) -> tuple[bytes, ...]:
    """A whole Evolink stream: one chunk per piece (the first with the role), a ``stop`` chunk, then ``[DONE]``."""
    events = [
        chunk_event(piece, model=model, role="assistant" if not index else None) for index, piece in enumerate(pieces)
    ]
    final = chunk_event(
        None, model=model, finish_reason="stop", usage=usage_body(13, len(pieces), 0) if usage else None
    )
    return (*events, final, DONE)


def chat_reply(request: RecordedRequest) -> Reply | StreamReply:
    """The requested model's ``chat.completion``, or for ``"stream": true`` a two-piece stream."""
    body: object = None
    with contextlib.suppress(ValueError):
        body = json.loads(request.body)
    model = body.get("model") if isinstance(body, dict) else None
    model = model if isinstance(model, str) else EVOLINK_MODEL
    if isinstance(body, dict) and body.get("stream") is True:
        return StreamReply(evolink_stream(["Hello", " there"], model=model))
    return Reply(body=completion_body(model))


class EvolinkReplies:
    """The default reply of an Evolink-shaped ``FakeServer``, by path: ``GET /v1/tasks/{task_id}`` polls
    ``tasks`` (tests/support/fake_tasks), ``POST /v1beta/models/{model}:generateContent`` and
    ``:streamGenerateContent`` answer Gemini-native shapes (tests/support/gemini_bodies, async tasks in
    ``tasks``), anything else gets ``chat_reply``.

    ``tasks`` defaults to a store of this instance's own (one poll per state); pass
    ``TaskStore(polls_per_state=n)`` for slower tasks.
    """

    def __init__(self, tasks: TaskStore | None = None) -> None:
        self.tasks = tasks if tasks is not None else TaskStore()

    def __call__(self, request: RecordedRequest) -> Reply | StreamReply:
        """The reply to ``request``, which nothing queued answered."""
        return task_reply(request, self.tasks) or native_reply(request, self.tasks) or chat_reply(request)


evolink_default: Final = EvolinkReplies()
"""``FakeServer(default=evolink_default)`` answers chat, Gemini-native and task requests in Evolink's shapes,
echoing the requested model; its tasks live in ``evolink_default.tasks`` (shared by the servers using it;
task ids are unique)."""
