"""A loopback HTTP/1.1 server fast enough that thousands of concurrent calls measure the client, not the server.

The tests' fake server (starlette on uvicorn with h11) serves a few hundred requests a second on one core, so
with 1,000 calls in flight every client waits on it alike. This one is an asyncio protocol with canned
replies: each request is answered after `delay` seconds, a JSON body, or for a body holding `"stream":true` an
event stream whose chunks are spread over the same delay. Keep-alive, chunked streams; nothing else of HTTP.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

_END = b"\r\n\r\n"


class LoadServer:
    """Serve in a background thread on 127.0.0.1 (a port the OS chooses) until `stop()`."""

    def __init__(self, body: bytes, chunks: Sequence[bytes], delay: float) -> None:
        self._body, self._chunks, self._delay = body, list(chunks), delay
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="load-server", daemon=True)
        self.url = ""
        self.in_flight = 0
        """Requests received and not yet answered (a stream until its last chunk)."""
        self.peak = 0
        """The most requests in flight at once since the last `reset_peak()`."""

    def start(self) -> None:
        """Bind, serve, and wait (bounded) until the port is known."""
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the load server did not start")

    def reset_peak(self) -> None:
        """Start counting the peak again (call it between runs, with nothing in flight)."""
        self.peak = self.in_flight

    def stop(self) -> None:
        """Stop serving and wait (bounded) for the thread."""
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            self._loop.create_server(lambda: _Connection(self), "127.0.0.1", 0, backlog=4096)
        )
        self.url = f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
        self._ready.set()
        try:
            self._loop.run_forever()
        finally:
            server.close()
            self._loop.close()


class _Connection(asyncio.Protocol):
    def __init__(self, server: LoadServer) -> None:
        self._server = server
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while (head_end := self._buffer.find(_END)) >= 0:
            length = _content_length(self._buffer[:head_end])
            end = head_end + len(_END) + length
            if len(self._buffer) < end:
                return
            stream = b'"stream":true' in self._buffer[head_end:end]
            self._buffer = self._buffer[end:]
            server = self._server
            server.in_flight += 1  # only the server's loop thread counts: no lock needed
            server.peak = max(server.peak, server.in_flight)
            loop = asyncio.get_running_loop()
            if stream:
                loop.call_later(0, self._stream, 0)
            else:
                loop.call_later(self._server._delay, self._answer)

    def _answer(self) -> None:
        self._server.in_flight -= 1
        body = self._server._body
        head = f"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
        self._write(head.encode() + body)

    def _stream(self, index: int) -> None:
        chunks = self._server._chunks
        if index == 0:
            self._write(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n")
        if index == len(chunks):
            self._server.in_flight -= 1
            self._write(b"0\r\n\r\n")
            return
        chunk = chunks[index]
        self._write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
        asyncio.get_running_loop().call_later(self._server._delay / len(chunks), self._stream, index + 1)

    def _write(self, data: bytes) -> None:
        if self._transport is not None and not self._transport.is_closing():
            self._transport.write(data)

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None


def _content_length(head: bytes) -> int:
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return int(value)
    return 0
