"""Every example in the generated docs works: Python blocks run against the fake server and are
black-stable, curl bodies validate against the OpenAPI document, and internal links resolve."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import black
import pytest
import yaml
from jsonschema import Draft202012Validator

from generator.emit.formatting import LINE_LENGTH
from tests.support.evolink_bodies import chunk_body, completion_body, evolink_default, tool_call_body, usage_body
from tests.support.fake_server import DONE, FakeServer, RecordedRequest, Reply, StreamReply, sse_event
from tests.support.paths import ROOT
from tests.support.specs import load

GENERATED = ROOT / "generated"
API = load(ROOT / "spec").api
CHAT_PATH = API.endpoints[0].path
PAGES = [*sorted((GENERATED / "docs").rglob("*.md")), GENERATED / "python" / "README.md"]
BLACK = black.Mode(line_length=LINE_LENGTH)
"""The layout the generated SDK's code has (`generator.emit.formatting`), which its examples should match."""
_FENCE = re.compile(r"^```(?P<lang>\w+)\n(?P<code>.*?)^```$", re.MULTILINE | re.DOTALL)
_LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")


def blocks(lang: str, pages: list[Path] = PAGES) -> list[Any]:
    """pytest params: every fenced `lang` block of every page, named page:line."""
    return [pytest.param(code, id=where) for where, code in fenced(lang, pages)]


def fenced(lang: str, pages: list[Path]) -> list[tuple[str, str]]:
    """(page:line, code) of every fenced `lang` block of `pages`."""
    found = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        for match in _FENCE.finditer(text):
            if match.group("lang") == lang:
                line = text.count("\n", 0, match.start()) + 1
                found.append((f"{page.relative_to(ROOT)}:{line}", match.group("code")))
    return found


def answer(recorded: RecordedRequest) -> Reply | StreamReply:
    """Like Evolink: a tool call when tools are offered, JSON text in JSON mode, else a plain completion (and the
    Gemini-native and task replies of ``evolink_default`` on their paths)."""
    if not recorded.path.startswith(CHAT_PATH):
        return evolink_default(recorded)
    request = json.loads(recorded.body)
    if request.get("tools") and not request.get("stream"):
        call = tool_call_body("get_weather", '{"city": "Paris"}')
        return Reply(body=completion_body(request["model"], None, tool_calls=[call], finish_reason="tool_calls"))
    if request.get("response_format", {}).get("type") == "json_object" and not request.get("stream"):
        return Reply(body=completion_body(request["model"], '{"colours": ["red", "green", "blue"]}'))
    reply = evolink_default(recorded)
    if isinstance(reply, StreamReply):  # end as `include_usage` does: a chunk with usage and no choices
        usage_only = {**chunk_body(model=request["model"]), "choices": [], "usage": usage_body(13, 2, 0)}
        reply = StreamReply((*reply.chunks[:-1], sse_event(usage_only), reply.chunks[-1]))
    return reply


def shown(reply: Reply | StreamReply) -> list[str]:
    """What an example may print of `reply`: its text (content, streamed deltas or tool name) or its request id."""
    request_id = "req-stream" if isinstance(reply, StreamReply) else "req-json"
    body = reply.body if isinstance(reply, Reply) else None
    if isinstance(body, dict) and "choices" not in body:  # a native response or a task
        candidates = body.get("candidates") or [{}]
        return [str(body.get("status") or candidates[0]["content"]["parts"][0]["text"]), request_id]
    if isinstance(reply, StreamReply):
        events = [json.loads(chunk.removeprefix(b"data: ")) for chunk in reply.chunks if chunk != DONE]
        deltas = [choice["delta"].get("content") or "" for event in events for choice in event["choices"]]
        return ["".join(deltas), request_id]
    message = reply.body["choices"][0]["message"]  # type: ignore[index]
    calls = message.get("tool_calls") or []
    return [message["content"] or calls[0]["function"]["name"], request_id]


@pytest.fixture(scope="module")
def docs_server() -> Iterator[FakeServer]:
    server = FakeServer(default=answer)
    server.start()
    yield server
    server.stop()


@pytest.mark.parametrize("code", blocks("python"))
def test_python_example_runs_against_the_fake_server(
    code: str, docs_server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(API.auth_env, "sk-docs-example")
    monkeypatch.setenv(API.base_url_env, docs_server.url)
    docs_server.reset()
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(code, "<doc example>", "exec"), {"__name__": "__main__"})
    rejected = re.search(r"(\w+)=.*  # the model accepts", code)
    if rejected:
        assert rejected.group(1) in output.getvalue(), "the example shows the rejected parameter"
    else:
        assert docs_server.requests, "the example should call the API"
    assert all(r.headers["authorization"] == "Bearer sk-docs-example" for r in docs_server.requests)
    if not rejected:
        served = [fragment for request in docs_server.requests for fragment in shown(answer(request))]
        assert any(fragment in output.getvalue() for fragment in served), f"prints none of {served}"


@pytest.mark.parametrize("code", blocks("python", [*PAGES, ROOT / "README.md"]))
def test_python_example_is_black_stable(code: str) -> None:
    assert black.format_str(code, mode=BLACK) == code


def test_there_are_examples_to_run() -> None:
    assert len(blocks("python")) >= 20
    assert len(blocks("sh")) >= 4


OPENAPI = yaml.safe_load((GENERATED / "openapi.yaml").read_text(encoding="utf-8"))
REQUEST = Draft202012Validator(
    {"$ref": "#/components/schemas/ChatCompletionRequest", "components": OPENAPI["components"]}
)


@pytest.mark.parametrize("code", [b for b in blocks("sh") if "curl" in b.values[0]])
def test_curl_example_sends_a_body_the_openapi_document_accepts(code: str) -> None:
    words = shlex.split(code.replace("\\\n", " "))
    assert words[0] == "curl"
    url = next(word for word in words if word.startswith("https://"))
    assert url in {server["url"] + API.main_endpoint.path for server in OPENAPI["servers"]}
    assert words[words.index("--header") + 1].startswith(f"Authorization: Bearer ${API.auth_env}")
    body = json.loads(words[words.index("--data") + 1])
    assert not list(REQUEST.iter_errors(body))


@pytest.mark.parametrize("page", PAGES, ids=lambda page: str(page.relative_to(GENERATED)))
def test_internal_links_resolve(page: Path) -> None:
    for match in _LINK.finditer(page.read_text(encoding="utf-8")):
        target = match.group("target")
        if target.startswith(("http://", "https://", "#")):
            continue
        path = (page.parent / target.split("#", 1)[0]).resolve()
        assert path.is_file(), f"{page.name}: broken link {target}"
