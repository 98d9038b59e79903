"""Where a side of a diff comes from: a spec folder, or a git revision read without touching the work tree.

`spec` or `path/to/spec`   a folder (an existing directory always wins)
`REV`                      the `spec` folder at revision REV (`HEAD~1`, `v1.2.0`, a commit hash)
`REV:PATH`                 the folder PATH (from the repository's root) at revision REV

A revision's folder is unpacked with `git archive` into a temporary folder, loaded by the normal
loader, and deleted; the repository, its index and its work tree are left as they were.
"""

from __future__ import annotations

import io
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from generator.errors import SpecError
from generator.ir import Spec
from generator.load.loader import load_spec

DEFAULT_FOLDER = "spec"
_UNPACKED = "unpacked"


@dataclass(frozen=True)
class Loaded:
    """One side of a diff: its spec, or why there is none.

    `errors` are the spec's located errors (files named `REV:PATH/...` for a revision); `problem`
    says why the source could not be read at all (an unknown revision, a missing folder).
    """

    label: str
    spec: Spec | None
    errors: list[SpecError] = field(default_factory=list)
    problem: str | None = None

    def failure(self, side: str) -> str:
        """What to print when this side has no spec; `side` is OLD or NEW."""
        if self.problem is not None:
            return f"error: cannot read {side} {self.label!r}: {self.problem}"
        lines = [str(error) for error in sorted(set(self.errors))]
        noun = "error" if len(lines) == 1 else "errors"
        return "\n".join([f"error: {side} {self.label!r} is not a valid spec ({len(lines)} {noun}):", *lines])


def load_source(source: str, cwd: Path) -> Loaded:
    """Load `source` (a folder, `REV` or `REV:PATH`), git revisions from the repository at `cwd`."""
    folder = cwd / source
    if folder.is_dir():
        result = load_spec(folder)
        return Loaded(source, result.spec, result.errors)
    revision, _, path = source.partition(":")
    return _load_revision(source, revision, path or DEFAULT_FOLDER, cwd)


def _load_revision(label: str, revision: str, path: str, cwd: Path) -> Loaded:
    archive = _git(cwd, "archive", "--format=tar", f"{revision}:{path}")
    if isinstance(archive, str):
        return Loaded(label, None, problem=f"not a folder, nor a git revision with a {path} folder ({archive})")
    with tempfile.TemporaryDirectory(prefix="evolink-diff-") as temporary:
        folder = Path(temporary) / _UNPACKED
        folder.mkdir()
        try:
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(folder, filter="data")
        except (tarfile.TarError, OSError) as exc:  # e.g. a symlink out of the folder, refused by the filter
            return Loaded(label, None, problem=f"cannot unpack {path} at {revision}: {exc}")
        result = load_spec(folder)
    errors = [replace(error, file=_relabel(error.file, revision, path)) for error in result.errors]
    return Loaded(label, result.spec, errors)


def _relabel(file: str, revision: str, path: str) -> str:
    """`unpacked/api.yaml` (as the loader names it) -> `HEAD~1:spec/api.yaml`."""
    inner = PurePosixPath(file)
    relative = inner.relative_to(_UNPACKED) if inner.parts[:1] == (_UNPACKED,) else inner
    return f"{revision}:{PurePosixPath(path) / relative}"


def _git(cwd: Path, *args: str) -> bytes | str:
    """git's stdout, or its error message (a string) when it fails or is not installed."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except OSError as exc:
        return f"cannot run git: {exc}"
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return f"git {args[0]}: {message[-1] if message else f'exit status {done.returncode}'}"
    return done.stdout


def default_base(cwd: Path) -> str:
    """The revision to compare the work tree with: the last tag reachable from HEAD, else HEAD~1."""
    tag = _git(cwd, "describe", "--tags", "--abbrev=0")
    if isinstance(tag, bytes) and tag.strip():
        return tag.decode("utf-8").strip()
    return "HEAD~1"
