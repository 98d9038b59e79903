"""Fixtures shared by the generator's and the SDK's tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MINIMAL_SPEC = ROOT / "tests" / "generator" / "fixtures" / "minimal"


@pytest.fixture(autouse=True, scope="session")
def _session_render_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Renders in this session use a cache folder of its own (never the user's), empty at the start."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EVOLINK_CODEGEN_CACHE", str(tmp_path_factory.mktemp("render-cache")))
        yield


def edit(path: Path, old: str, new: str) -> None:
    """Replace exactly one occurrence of `old` in the file; fail loudly if it is not there once."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def minimal_spec(tmp_path: Path) -> Path:
    """A writable copy of the small test spec, as tmp/spec."""
    return Path(shutil.copytree(MINIMAL_SPEC, tmp_path / "spec"))


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A writable copy of the real spec/ and generated/ (and templates/), for CLI round trips."""
    for name in ("spec", "generated", "templates"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
    return tmp_path
