"""The generated SDK builds into a wheel that installs offline into a fresh virtualenv and works there.

The wheel is built from a copy of generated/python (building in place would leave build/ and *.egg-info
in generated/, which CI's drift check forbids). The fresh venv gets only the wheel and its dependencies,
from the project's wheelhouse (``$WHEELHOUSE``, default ``~/.cache/evolink-codegen/wheels``, filled by
scripts/bootstrap-venv), with no index: what ``pip install evolink`` would give a user.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from email.parser import HeaderParser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tests.support.evolink_bodies import completion_body
from tests.support.fake_server import FakeServer, Reply
from tests.support.openapi_params import lacking_params, request_params, valid_value
from tests.support.paths import ROOT

SDK_PROJECT = ROOT / "generated" / "python"
RUNTIME_DEPENDENCIES = {"httpx", "pydantic"}
ALLOWED_DISTRIBUTIONS = {
    "evolink",
    "httpx",
    "pydantic",
    "anyio",
    "certifi",
    "h11",
    "httpcore",
    "idna",
    "pydantic-core",
    "annotated-types",
    "typing-extensions",
    "typing-inspection",
    "sniffio",
    "exceptiongroup",
}
STEP_TIMEOUT = 120


@dataclass(frozen=True)
class Installed:
    """The built wheel and the fresh virtualenv it was installed into."""

    wheel: Path
    python: Path


def run(*command: str | Path, cwd: Path | None = None) -> str:
    """Run a command (no PYTHONPATH leaking in); fail the test with its output unless it exits 0."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def wheelhouse() -> Path:
    """The project's local wheelhouse, which must hold httpx and pydantic wheels."""
    path = Path(os.environ.get("WHEELHOUSE") or Path.home() / ".cache" / "evolink-codegen" / "wheels")
    names = {wheel.name.split("-")[0].lower() for wheel in path.glob("*.whl")}
    missing = RUNTIME_DEPENDENCIES - names
    assert not missing, f"the wheelhouse {path} lacks {sorted(missing)}: run scripts/bootstrap-venv to fill it"
    return path


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    """Build the wheel from a copy of generated/python and install it offline into a fresh venv."""
    root = tmp_path_factory.mktemp("wheel")
    source = Path(shutil.copytree(SDK_PROJECT, root / "src", ignore=shutil.ignore_patterns("__pycache__", "build")))
    dist = root / "dist"
    run(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, source)
    (wheel,) = dist.glob("evolink-*.whl")
    run(sys.executable, "-m", "venv", "--without-pip", root / "venv")
    python = root / "venv" / "bin" / "python"
    pip = (sys.executable, "-m", "pip", "--python", python)
    run(*pip, "install", "--no-index", "--find-links", wheelhouse(), wheel)
    yield Installed(wheel, python)


def test_the_wheel_holds_the_package_with_py_typed_and_nothing_else(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as archive:
        names = archive.namelist()
        metadata_name = next(name for name in names if name.endswith(".dist-info/METADATA"))
        metadata = HeaderParser().parsestr(archive.read(metadata_name).decode())
    assert "evolink/py.typed" in names
    assert {"evolink/__init__.py", "evolink/_rules.py", "evolink/types/_models.py"} <= set(names)
    assert all(name.startswith(("evolink/", "evolink-")) for name in names), names
    assert metadata["Name"] == "evolink"
    requirements = {Requirement(line).name for line in metadata.get_all("Requires-Dist") or []}
    assert requirements == RUNTIME_DEPENDENCIES


def test_the_fresh_venv_holds_only_the_sdk_and_its_runtime_dependencies(installed: Installed) -> None:
    listed = json.loads(run(sys.executable, "-m", "pip", "--python", installed.python, "list", "--format", "json"))
    names = {entry["name"].lower().replace("_", "-") for entry in listed}
    assert {"evolink", "httpx", "pydantic", "pydantic-core"} <= names
    assert names <= ALLOWED_DISTRIBUTIONS, names - ALLOWED_DISTRIBUTIONS


def test_the_installed_package_imports_with_its_version_from_the_venv(installed: Installed) -> None:
    script = "import evolink, json; print(json.dumps([evolink.__version__, evolink.__file__]))"
    version, location = json.loads(run(installed.python, "-I", "-c", script))
    expected = (SDK_PROJECT / "src" / "evolink" / "_version.py").read_text()
    assert f'"{version}"' in expected
    assert Path(location).is_relative_to(installed.python.parent.parent)  # not the repo's generated/ tree
    assert version in installed.wheel.name


def test_the_installed_package_talks_to_a_server_and_validates(
    installed: Installed, evolink_server: FakeServer
) -> None:
    model, lacking = lacking_params()[0]
    taken = next(param for param in request_params()[model].values() if param.python_name not in ("messages", "stream"))
    evolink_server.push(Reply(body=completion_body(model, "from the wheel")))
    script = f"""
import json
from evolink import Evolink, InvalidParameterError
with Evolink(api_key="sk-wheel", base_url={evolink_server.url!r}, max_retries=0) as client:
    completion = client.chat.completions.create(
        model={model!r}, messages=[{{"role": "user", "content": "hi"}}], {taken.python_name}={valid_value(taken)!r}
    )
    try:
        client.chat.completions.create(
            model={model!r},
            messages=[{{"role": "user", "content": "x"}}],
            {lacking.python_name}={valid_value(lacking)!r},
        )
        rejected = False
    except InvalidParameterError:
        rejected = True
print(json.dumps([completion.choices[0].message.content, rejected]))
"""
    assert json.loads(run(installed.python, "-I", "-c", script)) == ["from the wheel", True]
    assert len(evolink_server.requests) == 1
    assert evolink_server.requests[0].json() == {
        "model": model,
        "messages": [{"role": "user", "content": "hi"}],
        taken.wire_name: valid_value(taken),
    }
