"""The package README's examples follow the spec: a fuller model becomes the one they call, its range the values they
send, and they still type-check (mypy --strict) and run against the SDK generated from that spec."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from mypy import api

from generator.cli import DEFAULT_TEMPLATES
from generator.emit.render import render_all
from tests.support.evolink_bodies import evolink_default
from tests.support.fake_server import FakeServer
from tests.support.paths import ROOT
from tests.support.specs import load

NEW_MODEL = "gemini-9-test"
LIMIT = 0.5
"""The new model's temperature maximum, below the catalogue's default and example."""
TEMPERATURE = {"maximum": LIMIT, "default": 0.25, "example": 0.4}
_FENCE = re.compile(r"^```python\n(?P<code>.*?)^```$", re.MULTILINE | re.DOTALL)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The output of a copy of spec/ plus a model that documents every catalogue parameter, temperature <= LIMIT."""
    root = tmp_path_factory.mktemp("readme")
    spec = Path(shutil.copytree(ROOT / "spec", root / "spec"))
    endpoint = load(spec).api.main_endpoint
    page = {
        "id": NEW_MODEL,
        "title": "Gemini 9 Test",
        "summary": "A model whose page documents every parameter.",
        "server": load(spec).models[0].server.name,
        "endpoints": {
            endpoint.name: {
                "sources": [{"page": "test.txt", "language": "en"}],
                "parameters": {p.name: (TEMPERATURE if p.name == "temperature" else {}) for p in endpoint.catalogue},
            }
        },
    }
    (spec / "models" / f"{NEW_MODEL}.yaml").write_text(yaml.safe_dump(page, sort_keys=False), encoding="utf-8")
    out = root / "out"
    for path, text in render_all(load(spec), DEFAULT_TEMPLATES).items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(text, encoding="utf-8")
    return out


def readme_blocks(out: Path) -> list[str]:
    """The Python blocks of the rendered README."""
    return [m.group("code") for m in _FENCE.finditer((out / "python" / "README.md").read_text(encoding="utf-8"))]


def test_the_examples_call_the_fuller_model_with_values_in_its_range(rendered: Path) -> None:
    blocks = readme_blocks(rendered)
    assert len(blocks) >= 8
    # The chat examples (the first endpoint's); the other endpoints' sections call their own first model.
    calls = [block for block in blocks if "model=" in block and "newer-than" not in block and ".chat." in block]
    assert all(f'model="{NEW_MODEL}"' in block for block in calls)
    limit = next(line for block in blocks for line in block.splitlines() if "# the model accepts" in line)
    assert limit.strip().startswith("temperature=") and limit.endswith(f"temperature <= {LIMIT}")
    sent = [float(v) for block in calls for v in re.findall(r"temperature[=\"': ]+([\d.]+),(?!  # the model)", block)]
    assert sent and set(sent) == {TEMPERATURE["example"]}, sent


def test_the_examples_type_check_against_the_sdk_generated_from_that_spec(
    rendered: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = []
    for index, block in enumerate(readme_blocks(rendered)):
        files.append(tmp_path / f"example_{index}.py")
        files[-1].write_text(block, encoding="utf-8")
    monkeypatch.setenv("MYPYPATH", str(rendered / "python" / "src"))
    cache = tmp_path / ".mypy_cache"
    stdout, stderr, status = api.run(
        ["--strict", "--no-error-summary", "--cache-dir", str(cache), "--config-file", ""]
        + [str(file) for file in files]
    )
    assert status == 0, stdout + stderr


@pytest.fixture
def server() -> Iterator[FakeServer]:
    fake = FakeServer(default=evolink_default)
    fake.start()
    yield fake
    fake.stop()


def test_the_examples_run_against_the_sdk_generated_from_that_spec(rendered: Path, server: FakeServer) -> None:
    api_spec = load(ROOT / "spec").api
    env = {**os.environ, "PYTHONPATH": str(rendered / "python" / "src"), api_spec.auth_env: "sk-test"}
    env[api_spec.base_url_env] = server.url
    for block in readme_blocks(rendered):
        server.reset()
        result = subprocess.run(
            [sys.executable, "-c", block], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 0, block + result.stderr
        chat = [request for request in server.requests if request.path == api_spec.endpoints[0].path]
        models = {json.loads(request.body).get("model") for request in chat}
        assert models <= {NEW_MODEL, "a-model-newer-than-this-sdk"}, models
