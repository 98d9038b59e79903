"""The one in-process runner of `evolink-codegen` for tests: the exit code and what a command printed."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import NamedTuple

from generator.cli import main


class Ran(NamedTuple):
    """What one command did: its exit code, and what it wrote to stdout and to stderr."""

    code: int
    out: str
    err: str


def cli(*args: str | Path) -> Ran:
    """`evolink-codegen ARGS`, run in this process with stdout and stderr captured."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return Ran(code, out.getvalue(), err.getvalue())


def in_project(project: Path, *args: str | Path) -> Ran:
    """`cli(ARGS)` against a project copy's own folders: `--spec`, and for `generate`/`check` `--out` and
    `--templates` too."""
    extra: list[str | Path] = ["--spec", project / "spec"]
    if args[0] in ("generate", "check"):
        extra += ["--out", project / "generated", "--templates", project / "templates"]
    return cli(*args, *extra)
