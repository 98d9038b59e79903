"""Local HTTP servers for the SDK tests, with fault injection.

``FakeServer``: a starlette app served by uvicorn in a background thread on 127.0.0.1 (port 0). Each
test pushes the replies it wants (``Reply``, ``StreamReply``) onto a queue; every request is recorded
(method, path, query, headers, raw body). With the queue empty the server answers a default completion
(or, for a body with ``"stream": true``, a default two-chunk stream); ``FakeServer(default=evolink_default)``
answers real Evolink shapes instead (``completion_body``, ``chunk_event``), echoing the requested model.

``RawServer``: a tiny socket server for faults uvicorn cannot produce: ``RESET`` (close with an RST
before answering) and ``HANG_UP`` (close without answering), ``HoldOpen`` (send part of a chunked body,
then keep it open and watch for the client to close the connection); otherwise it writes raw HTTP bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final, TypeAlias

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


@dataclass(frozen=True)
class RecordedRequest:
    """What the server saw."""

    method: str
    path: str
    query: str
    headers: httpx.Headers
    body: bytes

    def json(self) -> object:
        """The body parsed as JSON."""
        return json.loads(self.body)


# --- Real Evolink shapes (the vendor's documented `chat.completion` and `chat.completion.chunk`) ------------------

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


def evolink_default(body: bytes) -> Reply | StreamReply:
    """The reply of an Evolink-shaped ``FakeServer`` to a request with nothing queued: the requested model's
    completion, or for ``"stream": true`` a two-piece stream."""
    request: object = None
    with contextlib.suppress(ValueError):
        request = json.loads(body)
    model = request.get("model") if isinstance(request, dict) else None
    model = model if isinstance(model, str) else EVOLINK_MODEL
    if isinstance(request, dict) and request.get("stream") is True:
        return StreamReply(evolink_stream(["Hello", " there"], model=model))
    return Reply(body=completion_body(model))


DefaultReply: TypeAlias = Callable[[bytes], "Reply | StreamReply"]
"""What a ``FakeServer`` answers, given the request body, when no reply is queued."""


def core_default(body: bytes) -> Reply | StreamReply:
    """The core tests' default: ``DEFAULT_STREAM`` for ``"stream":true`` bodies, else ``DEFAULT_COMPLETION``."""
    return StreamReply() if b'"stream":true' in body else Reply()


class _CutStream(Exception):
    """Raised inside a streaming reply so uvicorn drops the connection mid-body."""


class FakeServer:
    """The fake Evolink server; ``push`` replies, read ``requests``.

    ``default`` builds the reply to a request when none is queued (``core_default`` unless given).
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
        recorded = RecordedRequest(
            request.method, request.url.path, request.url.query, httpx.Headers(request.headers.raw), body
        )
        with self._lock:
            self.requests.append(recorded)
            reply = self._replies.popleft() if self._replies else None
        if reply is None:
            reply = self._default(body)
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


RESET: Final = "reset"
HANG_UP: Final = "hang-up"


def http_response(status: int, body: object, headers: Mapping[str, str] | None = None) -> bytes:
    """Raw bytes of a complete HTTP/1.1 response with a JSON body, closing the connection."""
    content = json.dumps(body).encode()
    lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json", f"Content-Length: {len(content)}"]
    lines += ["Connection: close", *(f"{k}: {v}" for k, v in (headers or {}).items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + content


def chunked_head(status: int = 200, content_type: str = "text/event-stream") -> bytes:
    """The status line and headers of a response whose body follows in chunked encoding."""
    return f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nTransfer-Encoding: chunked\r\n\r\n".encode()


def chunk(data: bytes) -> bytes:
    """``data`` as one chunk of a chunked body (``b""`` gives the terminating chunk)."""
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


@dataclass
class HoldOpen:
    """A ``RawServer`` action: send ``data`` as one chunk of a chunked ``text/event-stream`` body, then keep the
    body open until the client closes the connection (``client_closed`` is set), ``release`` is set, or
    ``STARTUP_TIMEOUT`` passes; only then end the body (if the client is still there)."""

    data: bytes
    release: threading.Event = field(default_factory=threading.Event)
    client_closed: threading.Event = field(default_factory=threading.Event)

    def serve(self, connection: socket.socket) -> None:
        """Answer on ``connection`` (called by the server thread)."""
        connection.sendall(chunked_head() + chunk(self.data))
        connection.settimeout(0.05)
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not self.release.is_set() and time.monotonic() < deadline:
            try:
                if not connection.recv(1):
                    break
            except TimeoutError:
                continue
            except OSError:
                break
        else:
            with contextlib.suppress(OSError):
                connection.sendall(chunk(b""))
            return
        self.client_closed.set()


class RawServer:
    """One connection at a time: read a request, then act on the next queued action."""

    def __init__(self) -> None:
        self._actions: deque[str | bytes | HoldOpen] = deque()
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="raw-server", daemon=True)
        self._thread.start()

    def push(self, *actions: str | bytes | HoldOpen) -> None:
        """Queue ``RESET``, ``HANG_UP``, a ``HoldOpen`` or raw response bytes for the next connections."""
        self._actions.extend(actions)

    def stop(self) -> None:
        """Stop accepting and close the listener."""
        self._stopping.set()
        self._thread.join(timeout=STARTUP_TIMEOUT)
        self._listener.close()

    def _serve(self) -> None:
        while not self._stopping.is_set():
            try:
                connection, _ = self._listener.accept()
            except TimeoutError:
                continue
            with connection:
                self.connections += 1
                _read_request(connection)
                action = self._actions.popleft() if self._actions else http_response(200, DEFAULT_COMPLETION)
                if isinstance(action, HoldOpen):
                    action.serve(connection)
                elif action == RESET:
                    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                elif isinstance(action, bytes):
                    connection.sendall(action)


def _read_request(connection: socket.socket) -> bytes:
    connection.settimeout(STARTUP_TIMEOUT)
    data = b""
    while b"\r\n\r\n" not in data:
        piece = connection.recv(65536)
        if not piece:
            return data
        data += piece
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        piece = connection.recv(65536)
        if not piece:
            break
        body += piece
    return head + b"\r\n\r\n" + body
