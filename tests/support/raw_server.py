"""A raw socket server for the SDK tests, for faults uvicorn cannot produce.

``RawServer`` serves one connection at a time: ``RESET`` (close with an RST before answering), ``HANG_UP``
(close without answering), ``HoldOpen`` (send part of a chunked body, then keep it open and watch for the
client to close the connection); otherwise it writes raw HTTP bytes.
"""

from __future__ import annotations

import contextlib
import json
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from tests.support.fake_server import DEFAULT_COMPLETION, STARTUP_TIMEOUT

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
