"""The SDK's distributions for the packaging tests: build them once, run packaging commands hermetically.

The sdist and wheel come from scripts/build-dist, the script behind `make dist`, so the tests install
exactly what a release publishes. Installs use the project's wheelhouse (``$WHEELHOUSE``, default
``~/.cache/evolink-codegen/wheels``, filled by scripts/bootstrap-venv) and never the network.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.support.paths import ROOT

RUNTIME_DEPENDENCIES = {"httpx", "pydantic"}
STEP_TIMEOUT = 120


@dataclass(frozen=True)
class Dist:
    """The SDK's sdist and wheel, built by scripts/build-dist."""

    sdist: Path
    wheel: Path

    @property
    def files(self) -> tuple[Path, Path]:
        """Both distributions, as twine uploads them."""
        return (self.sdist, self.wheel)


def hermetic_env() -> dict[str, str]:
    """This process's environment without PYTHONPATH and without the machine's pip configuration."""
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "PYTHONHOME")}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PIP_CONFIG_FILE"] = os.devnull
    return env


def run(*command: str | Path, cwd: Path | None = None) -> str:
    """Run a command hermetically; fail the test with its output unless it exits 0."""
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=hermetic_env(),
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def build_dist(out: Path) -> Dist:
    """Build the SDK's sdist and wheel into `out` with scripts/build-dist (which runs twine check --strict)."""
    env = hermetic_env() | {"PYTHON": sys.executable}
    result = subprocess.run(
        [str(ROOT / "scripts" / "build-dist"), str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, f"scripts/build-dist failed:\n{result.stdout}\n{result.stderr}"
    (sdist,) = out.glob("evolink-*.tar.gz")
    (wheel,) = out.glob("evolink-*.whl")
    return Dist(sdist, wheel)


def wheelhouse() -> Path:
    """The project's local wheelhouse, which must hold httpx and pydantic wheels."""
    path = Path(os.environ.get("WHEELHOUSE") or Path.home() / ".cache" / "evolink-codegen" / "wheels")
    names = {wheel.name.split("-")[0].lower() for wheel in path.glob("*.whl")}
    missing = RUNTIME_DEPENDENCIES - names
    assert not missing, f"the wheelhouse {path} lacks {sorted(missing)}: run scripts/bootstrap-venv to fill it"
    return path
