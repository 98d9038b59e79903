"""The repository's habits: `make` lists its targets, one version number, valid pre-commit files."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

import generator
from tests.support.paths import ROOT

TIMEOUT = 60
PRE_COMMIT_FILES = (("validate-config", ".pre-commit-config.yaml"), ("validate-manifest", ".pre-commit-hooks.yaml"))


def test_make_without_a_target_lists_every_documented_target() -> None:
    documented = re.findall(r"^([A-Za-z_-]+):[^#\n]*## (.+)$", (ROOT / "Makefile").read_text(), re.MULTILINE)
    assert len(documented) > 5
    shown = subprocess.run(["make", "-s"], cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, check=True)
    listed = dict(line.split(None, 1) for line in shown.stdout.splitlines() if line.strip())
    assert listed == {target: help_text.strip() for target, help_text in documented}


@pytest.mark.parametrize("document", ["README.md", "CONTRIBUTING.md"])
def test_the_make_targets_and_project_paths_a_document_names_exist(document: str) -> None:
    text = (ROOT / document).read_text(encoding="utf-8")
    targets = set(re.findall(r"^([A-Za-z_.-]+):", (ROOT / "Makefile").read_text(), re.MULTILINE))
    named_targets = set(re.findall(r"`make ([a-z][\w-]*)", text))
    assert named_targets and named_targets <= targets, f"no such target: {sorted(named_targets - targets)}"
    top_level = {path.name for path in ROOT.iterdir()}
    paths = {path for path in re.findall(r"`([\w.-]+(?:/[\w.-]+)+/?)`", text) if path.split("/")[0] in top_level}
    paths |= {path for path in re.findall(r"\]\(([\w./-]+)\)", text)}
    assert paths, document
    assert [path for path in sorted(paths) if not (ROOT / path).exists()] == []


def test_the_generator_version_is_declared_once() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "generator.__version__"}
    manifest = (ROOT / "generated" / "MANIFEST").read_text()
    assert f"\ngenerator evolink-codegen {generator.__version__}\n" in manifest


def test_the_pre_commit_files_are_what_pre_commit_accepts() -> None:
    for command, name in PRE_COMMIT_FILES:
        result = subprocess.run(
            [sys.executable, "-m", "pre_commit", command, name],
            cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, check=False,
        )  # fmt: skip
        assert result.returncode == 0, f"{name}: {result.stdout}{result.stderr}"


def test_the_published_hook_runs_this_projects_check_command() -> None:
    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert hook["id"] == "evolink-codegen-check" and hook["language"] == "python"
    assert hook["entry"].split() == [next(iter(scripts)), "check"]
    assert hook["pass_filenames"] is False


def test_the_readme_workflow_example_passes_actionlint(tmp_path: Path) -> None:
    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text(), re.DOTALL)
    workflows = [block for block in blocks if "\njobs:\n" in block]
    assert workflows, "the README's scheduled sync workflow example is gone"
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    for number, text in enumerate(workflows):
        (folder / f"example{number}.yml").write_text(text)
    actionlint = Path(sys.executable).parent / "actionlint"
    result = subprocess.run(
        [actionlint, "-shellcheck=", "-pyflakes=", *sorted(folder.iterdir())],
        cwd=tmp_path, capture_output=True, text=True, timeout=TIMEOUT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
