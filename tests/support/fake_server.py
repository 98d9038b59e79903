"""A fake Evolink server for the SDK tests: a starlette app served by uvicorn in a background thread.

``FakeServer`` listens on 127.0.0.1 (port 0). Each test pushes the replies it wants (``Reply``,
``StreamReply``) onto a queue; every request is recorded (``RecordedRequest``: method, path, query, headers,
raw body). A queued reply answers the next request whatever its route. With the queue empty the server asks
its default, given the ``RecordedRequest``: ``core_default`` answers a default completion (or, for a body
with ``"stream": true``, a default two-chunk stream); ``FakeServer(default=evolink_default)``
(tests/support/evolink_bodies) answers real Evolink shapes instead, by path: chat completions, Gemini-native
``generateContent`` (tests/support/gemini_bodies) and the task API (tests/support/fake_tasks).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Final, TypeAlias

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

STARTUP_TIMEOUT: Final = 10.0
DEFAULT_COMPLETION: Final = {"id": "cmpl-default", "text": "hello"}


def sse_event(payload: object, *, event: str | None = None) -> bytes:
    """One SSE event carrying ``payload`` as JSON (or as-is when it is a str)."""
    data = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    prefix = f"event: {event}\n" if event else ""
    return f"{prefix}data: {data}\n\n".encode()


DONE: Final = b"data: [DONE]\n\n"
DEFAULT_STREAM: Final = (sse_event({"id": "c1", "delta": "hel"}), sse_event({"id": "c1", "delta": "lo"}), DONE)


@dataclass(frozen=True)
class Reply:
    """A whole response: JSON ``body`` (or raw ``content``), after ``delay`` seconds."""

    status: int = 200
    body: object = field(default_factory=lambda: DEFAULT_COMPLETION)
    content: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass(frozen=True)
class StreamReply:
    """A ``text/event-stream`` response sent as ``chunks``, each a separate write ``gap`` seconds apart.

    ``cut=True`` drops the connection after the chunks, without the end of the chunked body.
    """

    chunks: Sequence[bytes] = DEFAULT_STREAM
    gap: float = 0.0
    cut: bool = False
    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)


def error_reply(
    status: int, code: str, message: str, *, param: str | None = None, kind: str = "invalid_request_error"
) -> Reply:
    """A JSON error as Evolink sends it: ``{"error": {"code", "message", "type", "param"?}}`` (``type`` is ``kind``;
    ``param`` only when given)."""
    error: dict[str, object] = {"code": code, "message": message, "type": kind}
    if param is not None:
        error["param"] = param
    return Reply(status, {"error": error})


@dataclass(frozen=True)
class RecordedRequest:
    """What the server saw."""

    method: str
    path: str
    """Percent-decoded, as routes match it."""
    query: str
    headers: httpx.Headers
    body: bytes
    raw_path: str = ""
    """As sent, still percent-encoded."""

    def json(self) -> object:
        """The body parsed as JSON."""
        return json.loads(self.body)


DefaultReply: TypeAlias = Callable[[RecordedRequest], "Reply | StreamReply"]
"""What a ``FakeServer`` answers, given the whole request (method, path, query, headers, body), when no reply
is queued."""


def core_default(request: RecordedRequest) -> Reply | StreamReply:
    """The core tests' default: ``DEFAULT_STREAM`` for ``"stream":true`` bodies, else ``DEFAULT_COMPLETION``."""
    return StreamReply() if b'"stream":true' in request.body else Reply()


class _CutStream(Exception):
    """Raised inside a streaming reply so uvicorn drops the connection mid-body."""


class FakeServer:
    """The fake Evolink server; ``push`` replies, read ``requests``.

    ``default`` builds the reply to a request (given the ``RecordedRequest``) when none is queued
    (``core_default`` unless given); a queued reply always wins, whatever the route.
    """

    def __init__(self, default: DefaultReply = core_default) -> None:
        self._default = default
        self._replies: deque[Reply | StreamReply] = deque()
        self._lock = threading.Lock()
        self.requests: list[RecordedRequest] = []
        app = Starlette(routes=[Route("/{path:path}", self._endpoint, methods=["GET", "POST"])])
        config = uvicorn.Config(
            app, host="127.0.0.1", port=0, log_level="critical", access_log=False, lifespan="off",
            timeout_graceful_shutdown=1,
        )  # fmt: skip
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name="fake-evolink", daemon=True)
        self.url = ""

    def start(self) -> None:
        """Serve in a background thread; wait (bounded) until the port is bound."""
        self._thread.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("fake server did not start")
            time.sleep(0.01)
        port = self._server.servers[0].sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"

    def stop(self) -> None:
        """Ask uvicorn to exit and wait (bounded) for the thread."""
        self._server.should_exit = True
        self._thread.join(timeout=STARTUP_TIMEOUT)

    def push(self, *replies: Reply | StreamReply) -> None:
        """Queue the replies for the next requests, in order."""
        with self._lock:
            self._replies.extend(replies)

    def reset(self) -> None:
        """Forget queued replies and recorded requests."""
        with self._lock:
            self._replies.clear()
            self.requests.clear()

    @property
    def pending(self) -> int:
        """Replies pushed but not served yet."""
        return len(self._replies)

    async def _endpoint(self, request: Request) -> Response:
        body = await request.body()
        raw_path = bytes(request.scope.get("raw_path") or b"").decode("latin-1")
        recorded = RecordedRequest(
            request.method, request.url.path, request.url.query, httpx.Headers(request.headers.raw), body, raw_path
        )
        with self._lock:
            self.requests.append(recorded)
            reply = self._replies.popleft() if self._replies else None
        if reply is None:
            reply = self._default(recorded)
        if isinstance(reply, StreamReply):
            headers = {"x-request-id": "req-stream", **reply.headers}
            return StreamingResponse(_chunks(reply), reply.status, headers, media_type="text/event-stream")
        if reply.delay:
            await asyncio.sleep(reply.delay)
        content = reply.content if reply.content is not None else json.dumps(reply.body).encode()
        headers = {"x-request-id": "req-json", **reply.headers}
        return Response(content, reply.status, headers, media_type="application/json")


async def _chunks(reply: StreamReply) -> AsyncIterator[bytes]:
    for index, chunk in enumerate(reply.chunks):
        if index and reply.gap:
            await asyncio.sleep(reply.gap)
        yield chunk
    if reply.cut:
        await asyncio.sleep(0.05)  # let the last chunk leave before the connection drops
        raise _CutStream
