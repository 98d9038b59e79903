"""Tests that run against generated/ say what to run when it is stale, instead of failing somewhere inside."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.files import copy_project, edit
from tests.support.paths import ROOT


def _stale_project(tmp_path: Path) -> Path:
    """A copy of the project able to run its own tests, with one generated file edited by hand."""
    project = copy_project(tmp_path)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "generator", project / "generator", symlinks=True, ignore=ignore)
    shutil.copytree(ROOT / "tests", project / "tests", ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", project / "pyproject.toml")
    edit(project / "generated" / "python" / "src" / "evolink" / "_json.py", "by evolink-codegen", "by hand")
    return project


def _run_pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def test_sdk_tests_fail_with_the_command_to_run_when_generated_is_stale(tmp_path: Path) -> None:
    project = _stale_project(tmp_path)
    result = _run_pytest(project, "tests/sdk/test_public_surface.py")
    assert result.returncode == 1, result.stdout
    assert "generated/ is stale" in result.stdout and "make generate" in result.stdout
    assert "generated/python/src/evolink/_json.py" in result.stdout
    assert "Traceback" not in result.stdout


def test_generator_tests_do_not_need_generated_to_be_fresh(tmp_path: Path) -> None:
    project = _stale_project(tmp_path)
    result = _run_pytest(project, "tests/unit/test_formatting.py")
    assert result.returncode == 0, result.stdout
