"""The generator installed as a package (what the pre-commit hook installs) finds its templates and checks.

The package is built from a copy of the project's sources (building in place would leave build/ in the work
tree) and installed, without its dependencies (this venv has them), into a folder put first on the path.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.dist_support import hermetic_env, run
from tests.support.files import edit
from tests.support.paths import ROOT

SOURCES = ("pyproject.toml", "README.md", "LICENSE", "generator", "templates")
CLI = "import sys; from generator.cli import main; sys.exit(main())"


def install_generator(root: Path) -> Path:
    """A non-editable install of this project's package into `root`/site; returns that folder."""
    source = root / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(ROOT / name, source / name)
    site = root / "site"
    run(sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--target", site, source)
    shutil.rmtree(source)
    return site


def test_the_installed_cli_checks_a_project_without_templates_of_its_own(tmp_path: Path) -> None:
    site = install_generator(tmp_path)
    project = tmp_path / "project"
    for name in ("spec", "generated"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    env = hermetic_env() | {"PYTHONPATH": str(site)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", CLI, *args], cwd=project, env=env, capture_output=True, text=True, timeout=120,
            check=False,
        )  # fmt: skip

    where = subprocess.run(
        [sys.executable, "-c", "import generator, json; print(json.dumps(generator.__file__))"],
        cwd=project, env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    assert Path(json.loads(where.stdout)).is_relative_to(site)  # the installed copy, not this checkout
    in_sync = cli("check")
    assert in_sync.returncode == 0, in_sync.stdout + in_sync.stderr
    edit(project / "generated" / "python" / "README.md", "# evolink", "# evolink, edited")
    drifted = cli("check")
    assert drifted.returncode == 1 and "python/README.md" in drifted.stdout, drifted.stdout + drifted.stderr
