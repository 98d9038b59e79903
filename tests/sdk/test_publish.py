"""Publishing for real: the SDK's distributions go through twine into a package index and come back with pip.

The index is pypiserver on 127.0.0.1 (tests/sdk/local_index.py); the distributions are the ones `make dist`
builds. A fresh venv installs `evolink==<the spec's revision>` from that index alone (no dependencies:
those come from the project's wheelhouse, never the network), then calls the fake Evolink server.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.ir import Spec
from generator.load.loader import load_spec
from tests.support.dist_support import Dist, run, wheelhouse
from tests.support.evolink_bodies import completion_body
from tests.support.fake_server import FakeServer, Reply
from tests.support.local_index import LocalIndex
from tests.support.paths import ROOT
from tests.support.sdk_clients import HI


@pytest.fixture(scope="module")
def spec() -> Spec:
    """The committed spec."""
    loaded = load_spec(ROOT / "spec")
    assert loaded.spec is not None, loaded.errors
    return loaded.spec


@pytest.fixture(scope="module")
def version(spec: Spec) -> str:
    """The version a release publishes: the spec's revision."""
    return spec.api.revision


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory, sdk_dist: Dist) -> Iterator[LocalIndex]:
    """A local index holding what twine uploaded: the session's sdist and wheel."""
    with LocalIndex(tmp_path_factory.mktemp("index")) as index:
        upload = ("--repository-url", f"{index.url}/", "--username", "publish", "--password", "unused")
        run(sys.executable, "-m", "twine", "upload", "--non-interactive", "--disable-progress-bar", *upload,
            *sdk_dist.files)  # fmt: skip
        yield index


def test_twine_uploads_both_distributions_to_the_index(published: LocalIndex, sdk_dist: Dist, version: str) -> None:
    page = httpx.get(f"{published.simple}evolink/", timeout=10)
    assert page.status_code == 200
    assert sdk_dist.sdist.name in page.text and sdk_dist.wheel.name in page.text
    assert f"evolink-{version}" in sdk_dist.wheel.name and f"evolink-{version}" in sdk_dist.sdist.name


def test_pip_installs_the_published_version_from_the_index_and_it_calls_a_server(
    published: LocalIndex, spec: Spec, version: str, tmp_path: Path, evolink_server: FakeServer
) -> None:
    run(sys.executable, "-m", "venv", "--without-pip", tmp_path / "venv")
    python = tmp_path / "venv" / "bin" / "python"
    pip = (sys.executable, "-m", "pip", "--python", python, "install")
    report = tmp_path / "report.json"
    run(*pip, "--index-url", published.simple, "--no-deps", "--report", report, f"evolink=={version}")
    (entry,) = json.loads(report.read_text())["install"]
    assert entry["metadata"]["version"] == version
    assert entry["download_info"]["url"].startswith(published.url + "/")  # from the index, not a local file
    run(*pip, "--no-index", "--find-links", wheelhouse(), f"evolink=={version}")  # its dependencies, offline

    model = spec.models[0].id
    evolink_server.push(Reply(body=completion_body(model, "from the index")))
    script = f"""
import json, evolink
with evolink.Evolink(api_key="sk-publish", base_url={evolink_server.url!r}, max_retries=0) as client:
    completion = client.chat.completions.create(model={model!r}, messages=[{{"role": "user", "content": "hi"}}])
print(json.dumps([evolink.__version__, evolink.__file__, completion.choices[0].message.content]))
"""
    installed_version, location, content = json.loads(run(python, "-I", "-c", script))
    assert (installed_version, content) == (version, "from the index")
    assert Path(location).is_relative_to(tmp_path / "venv")
    assert [request.json() for request in evolink_server.requests] == [{"model": model, "messages": HI}]
