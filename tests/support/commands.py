"""Commands as a user runs them: git in throwaway repositories, ``python -m generator``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.files import copy_minimal_spec
from tests.support.paths import ROOT


def git(repo: Path, *args: str) -> str:
    """Run git in a throwaway repository (never the project's), with a fixed identity and no user config."""
    env = {
        **os.environ,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.test",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.test",
    }
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True, env=env)
    return done.stdout


def minimal_repo(root: Path) -> Path:
    """A new git repository at `root` whose spec/ is the minimal spec, committed once."""
    copy_minimal_spec(root / "spec")
    git(root, "init", "--quiet", "--initial-branch=main")
    git(root, "add", "spec")
    git(root, "commit", "--quiet", "-m", "first")
    return root


def run_cli(cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` in `cwd`, as a user or a CI job runs it (`env`: variables to add)."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_CONFIG_NOSYSTEM": "1",
            **(env or {}),
        },
    )
