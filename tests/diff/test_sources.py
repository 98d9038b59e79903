"""OLD and NEW as folders or git revisions, read from a throwaway repository without touching its work tree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import exit_codes
from generator.diff.sources import default_base, load_source
from tests.support.commands import git, run_cli
from tests.support.files import edit


@pytest.fixture
def two_commits(repo: Path) -> Path:
    """The repository with a second commit that lowers beta's temperature maximum to 1.2."""
    edit(repo / "spec" / "models" / "beta.yaml", "    maximum: 1.5", "    maximum: 1.2")
    git(repo, "commit", "--quiet", "-am", "lower beta's maximum")
    return repo


def _kinds(stdout: str) -> list[tuple[str, str | None]]:
    return [(c["kind"], c["model"]) for c in json.loads(stdout)["changes"]]


@pytest.mark.parametrize(
    ("old", "new"),
    [("HEAD~1", "HEAD"), ("HEAD~1", "spec"), ("HEAD~1:spec", "HEAD:spec"), ("main~1", "main")],
)
def test_revisions_and_folders_compare_alike(two_commits: Path, old: str, new: str) -> None:
    status = git(two_commits, "status", "--porcelain", "--ignored")
    result = run_cli(two_commits, "diff", old, new, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert _kinds(result.stdout) == [("max-decreased", "beta")]
    assert json.loads(result.stdout)["old"] == old
    assert git(two_commits, "status", "--porcelain", "--ignored") == status


def test_the_work_tree_is_compared_with_a_revision(repo: Path) -> None:
    edit(repo / "spec" / "api.yaml", "    default: 1\n", "    default: 0.5\n")
    result = run_cli(repo, "diff", "HEAD", "spec", "--format", "json", "--fail-on", "warning")
    assert result.returncode == 1
    assert _kinds(result.stdout) == [("default-changed", "alpha"), ("default-changed", "beta")]
    assert run_cli(repo, "diff", "HEAD", "HEAD", "--fail-on", "any").returncode == 0


def test_a_broken_revision_is_reported_with_revision_located_errors(repo: Path) -> None:
    edit(repo / "spec" / "models" / "beta.yaml", "    maximum: 1.5", "    maximum: high")
    git(repo, "commit", "--quiet", "-am", "break it")
    result = run_cli(repo, "diff", "HEAD", "HEAD~1")
    assert result.returncode == 2
    assert "error: OLD 'HEAD' is not a valid spec (1 error):" in result.stderr
    assert "HEAD:spec/models/beta.yaml:11: /parameters/temperature/maximum:" in result.stderr


def test_an_unknown_revision_is_an_error(repo: Path) -> None:
    result = run_cli(repo, "diff", "v9.9.9", "spec")
    assert result.returncode == exit_codes.ERROR
    assert "error: cannot read OLD 'v9.9.9'" in result.stderr and "git archive" in result.stderr


def test_a_revision_without_the_folder_is_an_error(repo: Path) -> None:
    loaded = load_source("HEAD:nowhere", repo)
    assert loaded.spec is None and loaded.problem is not None and "nowhere" in loaded.problem


def test_outside_a_repository_a_revision_is_an_error(tmp_path: Path) -> None:
    loaded = load_source("HEAD~1", tmp_path)
    assert loaded.spec is None and loaded.problem is not None


def test_the_default_base_is_the_last_tag_else_head_1(two_commits: Path) -> None:
    assert default_base(two_commits) == "HEAD~1"
    git(two_commits, "tag", "v1.2.3", "HEAD~1")
    assert default_base(two_commits) == "v1.2.3"
