"""A new endpoint is a spec edit, not a generator change: adding two to a copy of the project (one that takes a
model in its path and has per-model variants, one that takes only an id) and regenerating gives an SDK whose new
methods type-check and send what the spec says."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from mypy import api as mypy_api

from tests.support.commands import run_cli
from tests.support.fake_server import FakeServer, Reply
from tests.support.files import copy_project
from tests.support.sdk_clients import served
from tests.support.specs import load, mutate

COUNT_TOKENS: dict[str, Any] = {
    "method": "post",
    "path": "/v1beta/models/{model}:countTokens",
    "operation_id": "countTokens",
    "summary": "Count tokens",
    "description": "Counts the tokens of the given contents.",
    "sdk": {"resource": "models", "method": "count_tokens"},
    "model": "path",
    "path_parameters": {"model": {"description": "The model id.", "schema": {"type": "string"}}},
    "response": "TokenCount",
    "error": "ErrorResponse",
    "examples": {
        "response": {"totalTokens": 7},
        "error": {"error": {"message": "no", "type": "invalid_request_error", "code": "x", "param": None}},
    },
    "parameters": {
        "contents": {
            "required": True,
            "python_name": "contents",
            "description": "What to count.",
            "schema": {"type": "array", "minItems": 1, "items": {"type": "object"}},
        }
    },
}
CANCEL: dict[str, Any] = {
    "method": "post",
    "path": "/v1/tasks/{task_id}/cancel",
    "operation_id": "cancelTask",
    "summary": "Cancel a task",
    "description": "Cancels a task that has not ended.",
    "sdk": {"resource": "tasks", "method": "cancel"},
    "path_parameters": {"task_id": {"description": "The task id.", "schema": {"type": "string"}}},
    "response": "TokenCount",
    "error": "ErrorResponse",
    "examples": {
        "response": {"totalTokens": 0},
        "error": {"error": {"message": "no", "type": "invalid_request_error", "code": "x", "param": None}},
    },
}
TOKEN_COUNT = {
    "description": "How many tokens.",
    "type": "object",
    "properties": {"totalTokens": {"type": "integer", "description": "The total."}},
}
SCRIPT = """
import json, sys
from evolink import Evolink
client = Evolink(api_key="sk-test", base_url=sys.argv[1], max_retries=0)
counted = client.models.count_tokens(model=sys.argv[2], contents=[{"parts": [{"text": "hi"}]}])
cancelled = client.tasks.cancel("task-unified-1/..")
print(json.dumps([counted.total_tokens, cancelled.total_tokens]))
"""


@pytest.fixture(scope="module")
def extended(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project with the two endpoints added to spec/ (and a variant for each model), generated."""
    project = copy_project(tmp_path_factory.mktemp("extended"))
    spec = project / "spec"

    def add(data: Any) -> None:
        data["endpoints"].update(count_tokens=COUNT_TOKENS, cancel_task=CANCEL)
        data["schemas"]["TokenCount"] = TOKEN_COUNT

    mutate(spec, "api.yaml", add)

    def add_variant(data: Any) -> None:
        sources = [{"page": "count-tokens", "language": "en"}]
        data["endpoints"]["count_tokens"] = {"sources": sources, "parameters": {"contents": {}}}

    for model in load(project / "spec").models:
        mutate(spec, f"models/{model.id}.yaml", add_variant)
    result = run_cli(project, "generate")
    assert result.returncode == 0, result.stderr
    return project


def test_the_new_methods_type_check(extended: Path, tmp_path: Path) -> None:
    package = extended / "generated" / "python" / "src"
    stdout, stderr, status = mypy_api.run(
        ["--strict", "--no-error-summary", "--cache-dir", str(tmp_path), "--config-file", "", str(package / "evolink")]
    )
    assert status == 0, stdout + stderr


def test_the_new_methods_send_what_the_spec_says(extended: Path) -> None:
    server = FakeServer()
    for running in served(server):
        running.push(Reply(body={"totalTokens": 7}), Reply(body={"totalTokens": 0}))
        model = load(extended / "spec").models[0].id
        env = {**os.environ, "PYTHONPATH": str(extended / "generated" / "python" / "src")}
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(SCRIPT), running.url, model],
            capture_output=True, text=True, check=False, env=env, timeout=120,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) == [7, 0]
        counted, cancelled = running.requests
        assert (counted.method, counted.path) == ("POST", COUNT_TOKENS["path"].replace("{model}", model))
        assert json.loads(counted.body) == {"contents": [{"parts": [{"text": "hi"}]}]}
        assert (cancelled.method, cancelled.raw_path) == ("POST", "/v1/tasks/task-unified-1%2F../cancel")
        assert cancelled.body == b""
