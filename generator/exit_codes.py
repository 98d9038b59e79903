"""The exit codes of every command, in one place (the CLI's `--help` and the README list them).

DESIGN.md fixes the first three for `check` and `validate`; ERROR is for every failure that is not a
problem in a spec: an output folder the generator does not manage, git failing or not knowing a revision,
an async runtime source in templates/ whose sync twin cannot be derived, a doc page that cannot be read
or used, a file that cannot be written, a reader that went away. A command stopped by a signal exits as a shell
reports it, 128 + the signal's number, after stopping its worker processes (`generator.stop_signals`).
"""

from __future__ import annotations

from typing import Final

OK: Final = 0
"""Done; `check`: the output folder is in sync."""
DRIFT: Final = 1
"""`check`: the output folder differs from what the spec renders to."""
FAIL_ON: Final = 1
"""`diff` and `sync`: a change reaches the `--fail-on` threshold."""
SPEC_ERROR: Final = 2
"""A spec (spec/, a side of `diff`, the spec `sync` builds) does not load; every error is printed."""
ERROR: Final = 3
"""Anything else that stopped the command; the message says what."""
INTERRUPTED: Final = 130
"""Stopped by Ctrl-C (SIGINT)."""
TERMINATED: Final = 143
"""Stopped by SIGTERM (`timeout`, `kill`, a CI job cancelled)."""

EPILOG: Final = f"""exit codes:
  {OK}  done; check: in sync
  {DRIFT}  check: the output folder drifted; diff, sync: a change reaches --fail-on
  {SPEC_ERROR}  a spec does not load (every error printed as file:line: pointer: message)
  {ERROR}  any other failure: an output folder without a manifest, git, a template, an unreadable page, I/O
  {INTERRUPTED}  stopped by Ctrl-C (SIGINT)
  {TERMINATED}  stopped by SIGTERM (either way its worker processes are stopped, and no output is half-written)"""
"""The `--help` epilog listing the codes."""
