"""Is generated/ what spec/ and templates/ render to now? The SDK, contract and docs tests run against it.

Those tests import `evolink` from generated/python/src and read generated/openapi.yaml and generated/docs.
After an edit to spec/, templates/ or generator/ without `make generate`, they would test the previous
output and fail in ways that point nowhere; `stale_output` says instead what to run.
"""

from __future__ import annotations

from generator.cli import DEFAULT_TEMPLATES
from generator.emit.render import render_all
from generator.errors import format_errors
from generator.load.loader import load_spec
from generator.tree import drifted_paths, measure_drift
from tests.support.paths import ROOT


def stale_output() -> str | None:
    """None when generated/ is in sync; else a message naming the drifted files and the command that fixes it."""
    loaded = load_spec(ROOT / "spec")
    if loaded.spec is None:
        return "spec/ does not load, so generated/ cannot be checked:\n" + format_errors(loaded.errors)
    drift = measure_drift(ROOT / "generated", render_all(loaded.spec, DEFAULT_TEMPLATES))
    if drift.clean:
        return None
    files = "\n".join(f"  generated/{path}" for path in drifted_paths(drift))
    return (
        "generated/ is stale: it is not what spec/, templates/ and generator/ render to now, so these tests would "
        f"run against old output. Run `make generate` (and commit the result). Drifted files:\n{files}"
    )
