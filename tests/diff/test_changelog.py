"""`make changelog`: bump the revision, record the release in spec/changelog.yaml, render CHANGELOG.md and the docs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import exit_codes
from generator.cli import DEFAULT_TEMPLATES, main
from generator.emit.render import render_all
from generator.escaping import md
from generator.load.loader import load_spec
from generator.release.changelog import next_version, set_revision
from generator.versions import Bump, bump
from tests.support.commands import git
from tests.support.files import edit
from tests.support.paths import MINIMAL_SPEC, ROOT
from tests.support.revisions import a_limit
from tests.support.specs import load


def _changelog(repo: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.chdir(repo)
    return main(["changelog", *args])


@pytest.fixture
def lowered(repo: Path) -> Path:
    """The repository with an uncommitted breaking change, and a comment on the revision line."""
    edit(repo / "spec" / "api.yaml", "revision: 1.2.3\n", "revision: '1.2.3'  # bumped by make changelog\n")
    git(repo, "commit", "--quiet", "-am", "comment")
    edit(repo / "spec" / "models" / "beta.yaml", "    maximum: 1.5", "    maximum: 1.2")
    return repo


def test_a_breaking_change_bumps_the_major_and_is_recorded(lowered: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _changelog(lowered, monkeypatch, "--since", "HEAD") == 0
    assert "revision: '2.0.0'  # bumped by make changelog\n" in (lowered / "spec" / "api.yaml").read_text()
    spec = load(lowered / "spec")
    assert spec.api.revision == "2.0.0"
    assert [(r.version, [(c.severity, c.model) for c in r.changes]) for r in spec.releases] == [
        ("2.0.0", [("breaking", "beta")])
    ]
    markdown = (lowered / "CHANGELOG.md").read_text()
    heading = f"### `beta` (`{load(MINIMAL_SPEC).api.main_endpoint.name}`)"
    assert f"## 2.0.0\n\n{heading}\n\n- **breaking**: temperature: maximum lowered from 1.5 to 1.2\n" in markdown


def test_a_second_run_changes_nothing(lowered: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _changelog(lowered, monkeypatch, "--since", "HEAD") == 0
    files = [lowered / "spec" / "api.yaml", lowered / "spec" / "changelog.yaml", lowered / "CHANGELOG.md"]
    before = [path.read_text() for path in files]
    assert _changelog(lowered, monkeypatch, "--since", "HEAD") == 0
    assert [path.read_text() for path in files] == before


def test_releases_accumulate_newest_first(lowered: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _changelog(lowered, monkeypatch, "--since", "HEAD") == 0
    git(lowered, "add", "-A")
    git(lowered, "commit", "--quiet", "-m", "release 2.0.0")
    git(lowered, "tag", "v2.0.0")
    edit(lowered / "spec" / "api.yaml", "    default: 1\n", "    default: 0.5\n")
    assert _changelog(lowered, monkeypatch) == 0  # since the last tag
    spec = load(lowered / "spec")
    assert spec.api.revision == "2.1.0"
    assert [(r.version, {c.severity for c in r.changes}) for r in spec.releases] == [
        ("2.1.0", {"warning"}),
        ("2.0.0", {"breaking"}),
    ]
    markdown = (lowered / "CHANGELOG.md").read_text()
    assert markdown.index("## 2.1.0") < markdown.index("## 2.0.0")


def test_the_default_base_is_the_last_tag(lowered: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git(lowered, "tag", "v1.2.3")
    assert _changelog(lowered, monkeypatch) == 0
    assert load(lowered / "spec").api.revision == "2.0.0"


def test_a_revision_bumped_by_hand_is_kept(
    lowered: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(lowered / "spec" / "api.yaml", "revision: '1.2.3'", "revision: '1.3.0'")
    assert _changelog(lowered, monkeypatch, "--since", "HEAD") == 0
    assert load(lowered / "spec").releases[0].version == "1.3.0"
    assert "the changes since 1.2.3 call for 2.0.0 (major)" in capsys.readouterr().err


def test_no_changes_records_nothing(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _changelog(repo, monkeypatch, "--since", "HEAD") == 0
    assert not (repo / "spec" / "changelog.yaml").exists() and not (repo / "CHANGELOG.md").exists()
    assert "nothing recorded" in capsys.readouterr().err


def test_an_unreadable_base_is_an_error(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _changelog(repo, monkeypatch, "--since", "v0.0.0") == exit_codes.ERROR


def test_the_release_reaches_the_docs_and_the_package_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "spec", project / "spec")
    git(project, "init", "--quiet")
    git(project, "add", "spec")
    git(project, "commit", "--quiet", "-m", "first")
    spec = load(project / "spec")
    limit = a_limit(spec)
    limit.lower(project / "spec")
    assert _changelog(project, monkeypatch, "--since", "HEAD") == 0
    version = bump(spec.api.revision, "major")
    released = load(project / "spec")
    assert released.api.revision == version
    table = render_all(released, DEFAULT_TEMPLATES)
    changelog = table["docs/index.md"][table["docs/index.md"].index("## Changelog") :]
    assert f"### {version}" in changelog
    what = f"{md(limit.parameter)}: maximum lowered from {limit.maximum} to {limit.lowered}"
    assert f"- **breaking** (`{limit.model}`, `{spec.api.main_endpoint.name}`): {what}" in changelog
    assert f'"{version}"' in table["python/src/evolink/_version.py"]
    assert f"version: {version}" in table["openapi.yaml"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: x\nrevision: 1.2.3\n", "title: x\nrevision: 9.0.0\n"),
        ('revision: "1.2.3"   # keep me\n', 'revision: "9.0.0"   # keep me\n'),
        ("  revision: 1.2.3\n", None),
        ("revision: 1.2.3\nrevision: 1.2.4\n", None),
    ],
)
def test_set_revision_edits_one_line(text: str, expected: str | None) -> None:
    assert set_revision(text, "9.0.0") == expected


@pytest.mark.parametrize(
    ("old", "new", "level", "expected"),
    [
        ("1.2.3", "1.2.3", "minor", ("1.3.0", False)),
        ("1.2.3", "2.0.0", "minor", ("2.0.0", False)),
        ("1.2.3", "1.2.4", "major", ("1.2.4", True)),
        ("1.2.3", "1.0.0", "patch", ("1.2.4", False)),
    ],
)
def test_next_version(old: str, new: str, level: Bump, expected: tuple[str, bool]) -> None:
    version, note = next_version(old, new, level)
    assert (version, note is not None) == expected


def _spec_with_changelog(minimal_spec: Path, text: str) -> list[str]:
    (minimal_spec / "changelog.yaml").write_text(text)
    return [str(error) for error in load_spec(minimal_spec).errors]


def test_a_valid_changelog_loads(minimal_spec: Path) -> None:
    text = (
        "- version: 1.2.3\n  changes:\n  - {severity: info, model: null, message: first}\n"
        "- version: 1.0.0\n  changes: []\n"
    )
    assert _spec_with_changelog(minimal_spec, text) == []
    spec = load(minimal_spec)
    assert [release.version for release in spec.releases] == ["1.2.3", "1.0.0"]
    assert spec.releases[0].changes[0].message == "first"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- version: 1.0.0\n  changes:\n  - {severity: fatal, model: null, message: x}\n",
            "spec/changelog.yaml:3: /0/changes/0/severity: 'fatal' is not one of ['breaking', 'warning', 'info']",
        ),
        ("- version: 1.0.0.0\n  changes: []\n", "spec/changelog.yaml:1: /0/version: '1.0.0.0' does not match"),
        (
            "- version: 1.0.0\n  changes: []\n- version: 1.0.0\n  changes: []\n",
            "spec/changelog.yaml:3: /1/version: version 1.0.0 is listed twice",
        ),
        (
            "- version: 1.0.0\n  changes: []\n- version: 1.1.0\n  changes: []\n",
            "spec/changelog.yaml:3: /1/version: releases go newest first, but 1.1.0 follows 1.0.0",
        ),
        (
            "- version: 1.3.0\n  changes: []\n",
            "spec/changelog.yaml:1: /0/version: version 1.3.0 is newer than the spec's revision 1.2.3",
        ),
        ("{version: 1.0.0}\n", "spec/changelog.yaml:1: /: the file holds a mapping; it must hold a list of entries"),
    ],
)
def test_a_broken_changelog_is_reported_with_locations(minimal_spec: Path, text: str, expected: str) -> None:
    errors = _spec_with_changelog(minimal_spec, text)
    assert any(error.startswith(expected) for error in errors), errors
