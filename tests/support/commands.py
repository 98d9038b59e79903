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
    return subprocess.run(_cli_argv(args), cwd=cwd, capture_output=True, text=True, check=False, env=_cli_env(env))


def start_cli(cwd: Path, *args: str | Path, new_session: bool = False) -> subprocess.Popen[str]:
    """`run_cli`, started and left running with its stdout and stderr piped (`new_session`: in a process group
    of its own, which a test may signal whole)."""
    return subprocess.Popen(
        _cli_argv(args),
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_cli_env(None),
        start_new_session=new_session,
    )


def _cli_argv(args: tuple[str | Path, ...]) -> list[str]:
    return [sys.executable, "-m", "generator", *map(str, args)]


def _cli_env(env: dict[str, str] | None) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        **(env or {}),
    }
