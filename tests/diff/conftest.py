"""Fixtures for the diff tests: revision pairs built from copies of the minimal spec or the real one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.support.commands import minimal_repo
from tests.support.files import copy_minimal_spec
from tests.support.paths import ROOT


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two writable copies of the minimal spec, tmp/old and tmp/new."""
    return copy_minimal_spec(tmp_path / "old"), copy_minimal_spec(tmp_path / "new")


@pytest.fixture
def real_pair(tmp_path: Path) -> tuple[Path, Path]:
    """Two writable copies of the project's spec/, tmp/old and tmp/new."""
    copies = [Path(shutil.copytree(ROOT / "spec", tmp_path / name)) for name in ("old", "new")]
    return copies[0], copies[1]


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A throwaway git repository whose spec/ is the minimal spec, committed once."""
    return minimal_repo(tmp_path / "repo")
