"""generate / check / validate from the command line: exit codes, messages, and what they touch."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from generator import tree
from generator.cli import main
from tests.conftest import edit


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its content hash and modification time."""
    return {
        path.relative_to(
            folder
        ).as_posix(): f"{hashlib.sha256(path.read_bytes()).hexdigest()} {path.stat().st_mtime_ns}"
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def run(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` in `project`, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args, "--spec", "spec"]
        + (["--out", "generated", "--templates", "templates"] if args[0] != "validate" else []),
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(Path(__file__).resolve().parents[2]), "PATH": "/usr/bin:/bin"},
    )


def test_second_generate_reports_nothing_changed(project_copy: Path) -> None:
    before = snapshot(project_copy / "generated")
    result = run(project_copy, "generate")
    assert result.returncode == 0, result.stderr
    assert "nothing changed" in result.stdout
    assert snapshot(project_copy / "generated") == before


def test_a_range_change_drifts_check_then_generate_syncs(project_copy: Path) -> None:
    spec = project_copy / "spec" / "api.yaml"
    spec.write_text(spec.read_text().replace("65536", "32768"))
    drift = run(project_copy, "check")
    assert drift.returncode == 1
    assert "+++ b/generated/openapi.yaml" in drift.stdout
    assert "-          maximum: 65536" in drift.stdout and "+          maximum: 32768" in drift.stdout
    assert "generated/docs/models/gemini-2.5-flash-lite.md" in drift.stderr
    assert "generated/openapi.yaml" in drift.stderr
    generated = run(project_copy, "generate")
    assert generated.returncode == 0 and "changed  generated/openapi.yaml" in generated.stdout
    assert run(project_copy, "check").returncode == 0


def test_spec_errors_exit_2_and_leave_generated_untouched(project_copy: Path) -> None:
    models = project_copy / "spec" / "models"
    edit(models / "gemini-3-pro-preview.yaml", "  top_p: {}", "  top_p: {minimum: 0.9, maximum: 0.1}")
    (models / "gemini-2.5-flash-copy.yaml").write_text((models / "gemini-2.5-flash.yaml").read_text())
    before = snapshot(project_copy / "generated")
    for command in ("validate", "generate", "check"):
        result = run(project_copy, command)
        assert result.returncode == 2, command
        assert (
            "spec/models/gemini-3-pro-preview.yaml:" in result.stderr
            and "minimum 0.9 is greater than maximum 0.1" in result.stderr
        )
        assert "spec/models/gemini-2.5-flash-copy.yaml:" in result.stderr and "duplicate model id" in result.stderr
        assert "Traceback" not in result.stderr
    assert snapshot(project_copy / "generated") == before


def test_generate_removes_stale_files_and_writes_only_changes(project_copy: Path) -> None:
    generated = project_copy / "generated"
    (generated / "docs" / "models" / "gemini-0-retired.md").write_text("old\n")
    cache = generated / "python" / "src" / "evolink" / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "x.pyc").write_bytes(b"\0")
    edit(project_copy / "templates" / "python" / "README.md.jinja", "# {{ sdk.package }}", "# {{ sdk.package }}!")
    before = snapshot(generated)
    result = run(project_copy, "generate")
    assert result.returncode == 0, result.stderr
    assert "removed  generated/docs/models/gemini-0-retired.md" in result.stdout
    assert "changed  generated/python/README.md" in result.stdout
    after = snapshot(generated)
    assert "docs/models/gemini-0-retired.md" not in after
    assert "python/src/evolink/__pycache__/x.pyc" in after, "tool caches are not ours to remove"
    changed = {path for path in after if before.get(path) != after[path]}
    assert changed == {"python/README.md", "MANIFEST"}


def test_generate_refuses_a_folder_it_did_not_make(tmp_path: Path, project_copy: Path) -> None:
    foreign = tmp_path / "elsewhere"
    foreign.mkdir()
    (foreign / "precious.txt").write_text("keep me")
    code = main(["generate", "--spec", str(project_copy / "spec"), "--out", str(foreign)])
    assert code == 2
    assert (foreign / "precious.txt").read_text() == "keep me"


def test_a_failed_write_leaves_the_previous_tree(project_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit(
        project_copy / "spec" / "api.yaml",
        "maximum: 65536\n    example: 2000\n  max_tokens:",
        "maximum: 4096\n    example: 2000\n  max_tokens:",
    )
    generated = project_copy / "generated"
    before = snapshot(generated)
    real_write = Path.write_bytes
    calls = 0

    def failing_write(self: Path, data: bytes) -> int:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise OSError("disk full")
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", failing_write)
    with pytest.raises(OSError, match="disk full"):
        main(
            [
                "generate",
                "--spec",
                str(project_copy / "spec"),
                "--out",
                str(generated),
                "--templates",
                str(project_copy / "templates"),
            ]
        )
    monkeypatch.undo()
    assert calls == 2, "the change should touch more than one file"
    assert snapshot(generated) == before
    assert not list(generated.rglob(f"*{tree._TMP_SUFFIX}"))
