"""`python tests/support/local_index_server.py FOLDER`: serve FOLDER as a package index (pypiserver) on 127.0.0.1.

The port is the OS's pick, printed on the first line. Uploads need no password (twine still sends one) and a
missing package is never looked up on pypi.org, so nothing leaves the machine. Runs until terminated.
"""

from __future__ import annotations

import sys
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pypiserver  # type: ignore[import-untyped,import-not-found,unused-ignore]  # pypiserver ships no type information


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No access log."""


def serve(folder: Path) -> None:
    """Serve `folder` on 127.0.0.1 on a port the OS picks; print the port, then serve until killed."""
    app = pypiserver.app(roots=[folder], authenticate=[], password_file=".", disable_fallback=True)
    with make_server("127.0.0.1", 0, app, handler_class=_QuietHandler) as server:
        print(server.server_port, flush=True)
        server.serve_forever()


if __name__ == "__main__":
    serve(Path(sys.argv[1]).resolve())
