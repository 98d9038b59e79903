"""What the benchmark talks to: the fake server on loopback, the request it sends, and which peers are installed.

Imported with the project root and generated/python/src on sys.path (bench/run.py puts them there).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType

from tests.sdk.fake_server import FakeServer, Reply, StreamReply, completion_body, evolink_stream

ROOT = Path(__file__).resolve().parent.parent
SDK_SRC = ROOT / "generated" / "python" / "src"

MODEL = "gemini-2.5-flash-lite"
MESSAGES = [{"role": "user", "content": "Please introduce yourself"}]
PATH = "/v1/chat/completions"
API_KEY = "sk-bench"
COMPLETION = json.dumps(completion_body()).encode()


def has(module: str) -> bool:
    """Whether `module` is installed (the `bench` extra brings openai and openapi-python-client)."""
    return importlib.util.find_spec(module) is not None


def optional(module: str) -> ModuleType | None:
    """`module` imported, or None when its package is not installed (a peer outside the `dev` extra)."""
    return importlib.import_module(module) if has(module.partition(".")[0]) else None


def serve(chunks: int) -> FakeServer:
    """A started fake server answering a completion, or a stream of `chunks` chunks for `"stream":true`."""
    stream = evolink_stream(["token "] * chunks)

    def reply(body: bytes) -> Reply | StreamReply:
        return StreamReply(stream) if b'"stream":true' in body else Reply(content=COMPLETION)

    server = FakeServer(default=reply)
    server.start()
    return server


def openai_base_url(server: FakeServer) -> str:
    """The openai SDK's base URL for the fake server: it appends `/chat/completions` to it."""
    return server.url + PATH.removesuffix("/chat/completions")
