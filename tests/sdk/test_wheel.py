"""The generated SDK's wheel installs offline into a fresh virtualenv and works there.

The wheel is the one `make dist` builds (scripts/build-dist, from a copy of generated/python). The fresh
venv gets only the wheel and its dependencies, from the project's wheelhouse, with no index: what
``pip install evolink`` would give a user. tests/sdk/test_publish.py takes the same files through a
package index.
"""

from __future__ import annotations

import json
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from email.parser import HeaderParser
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from tests.support.dist_support import RUNTIME_DEPENDENCIES, Dist, run, wheelhouse
from tests.support.evolink_bodies import completion_body
from tests.support.fake_server import FakeServer, Reply
from tests.support.openapi_params import lacking_params, request_params, valid_value
from tests.support.paths import ROOT

SDK_PROJECT = ROOT / "generated" / "python"
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
PYPI_URL_LABELS = {"Homepage", "Documentation", "Repository", "Issues", "Changelog"}


@dataclass(frozen=True)
class Installed:
    """The built wheel and the fresh virtualenv it was installed into."""

    wheel: Path
    python: Path


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, sdk_dist: Dist) -> Iterator[Installed]:
    """Install the session's wheel offline into a fresh venv."""
    root = tmp_path_factory.mktemp("wheel")
    run(sys.executable, "-m", "venv", "--without-pip", root / "venv")
    python = root / "venv" / "bin" / "python"
    pip = (sys.executable, "-m", "pip", "--python", python)
    run(*pip, "install", "--no-index", "--find-links", wheelhouse(), sdk_dist.wheel)
    yield Installed(sdk_dist.wheel, python)


def wheel_metadata(wheel: Path) -> Message:
    """The METADATA of a wheel, parsed."""
    with zipfile.ZipFile(wheel) as archive:
        name = next(name for name in archive.namelist() if name.endswith(".dist-info/METADATA"))
        return HeaderParser().parsestr(archive.read(name).decode())


def test_the_wheel_holds_the_package_with_py_typed_and_nothing_else(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as archive:
        names = archive.namelist()
    metadata = wheel_metadata(installed.wheel)
    assert "evolink/py.typed" in names
    assert {"evolink/__init__.py", "evolink/_rules.py", "evolink/types/_models.py"} <= set(names)
    assert all(name.startswith(("evolink/", "evolink-")) for name in names), names
    assert any(name.endswith(".dist-info/licenses/LICENSE") for name in names), names
    assert metadata["Name"] == "evolink"
    requirements = {Requirement(line).name for line in metadata.get_all("Requires-Dist") or []}
    assert requirements == RUNTIME_DEPENDENCIES


def test_the_distributions_carry_what_the_package_index_shows(sdk_dist: Dist) -> None:
    metadata = wheel_metadata(sdk_dist.wheel)
    urls = dict(entry.split(", ", 1) for entry in metadata.get_all("Project-URL") or [])
    assert set(urls) == PYPI_URL_LABELS
    assert all(url.startswith("https://") for url in urls.values())
    assert metadata["License-Expression"] == "MIT"
    assert metadata.get_all("License-File") == ["LICENSE"]
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert (SDK_PROJECT / "README.md").read_text().strip() in (metadata.get_payload() or "")
    classifiers = metadata.get_all("Classifier") or []
    assert "Typing :: Typed" in classifiers and "Programming Language :: Python :: 3" in classifiers
    with tarfile.open(sdk_dist.sdist) as archive:
        members = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"LICENSE", "README.md", "pyproject.toml", "src/evolink/py.typed"} <= members, sorted(members)


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
