"""What the benchmark talks to: the fake server on loopback, the request it sends, and which peers are installed.

Imported with the project root and generated/python/src on sys.path (bench/run.py puts them there).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from collections.abc import Mapping
from pathlib import Path
from types import ModuleType
from typing import Any

from evolink._rules import CHAT_COMPLETIONS_RULES as RULES
from evolink._validation import ModelRules, ParameterRule

from tests.support.evolink_bodies import completion_body, evolink_stream
from tests.support.fake_server import FakeServer, RecordedRequest, Reply, StreamReply

ROOT = Path(__file__).resolve().parent.parent
SDK_SRC = ROOT / "generated" / "python" / "src"

MESSAGES: list[Any] = [{"role": "user", "content": "Please introduce yourself"}]
SAMPLING = ("temperature", "top_p", "max_completion_tokens", "max_tokens", "reasoning_effort")
PATH = "/v1/chat/completions"
API_KEY = "sk-bench"
COMPLETION = json.dumps(completion_body()).encode()


def busiest_model(rules: Mapping[str, ModelRules]) -> str:
    """The model that accepts the most arguments (the most checking per call), the first by id on a tie.

    Chosen from the generated rules, so the benchmark follows the spec as models come and go.
    """
    return min(rules, key=lambda model: (-len(rules[model].rules), model))


def sampling_arguments(rules: ModelRules) -> dict[str, Any]:
    """A value inside its range for each of `SAMPLING` the model accepts, by Python name."""
    arguments: dict[str, Any] = {}
    for name in SAMPLING:
        if (rule := rules.rules.get(name)) is not None:
            arguments[name] = _inside(rule)
    return arguments


def _inside(rule: ParameterRule) -> object:
    if rule.enum is not None:
        return rule.enum[-1]
    low = rule.minimum if rule.minimum is not None else 0
    high = rule.maximum if rule.maximum is not None else low + 256
    middle = (low + high) / 2
    return round(middle) if "integer" in rule.kinds else middle


MODEL = busiest_model(RULES)
ARGUMENTS = sampling_arguments(RULES[MODEL])
WIRE_ARGUMENTS = {RULES[MODEL].rules[name].wire_name: value for name, value in ARGUMENTS.items()}


def has(module: str) -> bool:
    """Whether `module` is installed (the `bench` extra brings openai and openapi-python-client)."""
    return importlib.util.find_spec(module) is not None


def optional(module: str) -> ModuleType | None:
    """`module` imported, or None when its package is not installed (a peer outside the `dev` extra)."""
    return importlib.import_module(module) if has(module.partition(".")[0]) else None


def serve(chunks: int) -> FakeServer:
    """A started fake server answering a completion, or a stream of `chunks` chunks for `"stream":true`."""
    stream = evolink_stream(["token "] * chunks)

    def reply(request: RecordedRequest) -> Reply | StreamReply:
        return StreamReply(stream) if b'"stream":true' in request.body else Reply(content=COMPLETION)

    server = FakeServer(default=reply)
    server.start()
    return server


def openai_base_url(server: FakeServer) -> str:
    """The openai SDK's base URL for the fake server: it appends `/chat/completions` to it."""
    return server.url + PATH.removesuffix("/chat/completions")
