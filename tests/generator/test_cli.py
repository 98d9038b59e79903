"""generate / check / validate from the command line: exit codes, messages, and what they touch."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from generator import exit_codes, tree
from generator.cli import main
from tests.support.commands import git, run_cli
from tests.support.files import edit
from tests.support.paths import ROOT
from tests.support.specs import catalogue_of, load, mutate, variant_of


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
    """`python -m generator ARGS` in `project`, as a user would run it, on the project's own folders."""
    folders = ["--out", "generated", "--templates", "templates"] if args[0] != "validate" else []
    return run_cli(project, *args, "--spec", "spec", *folders)


def test_second_generate_reports_nothing_changed(project_copy: Path) -> None:
    before = snapshot(project_copy / "generated")
    result = run(project_copy, "generate")
    assert result.returncode == 0, result.stderr
    assert "nothing changed" in result.stdout
    assert snapshot(project_copy / "generated") == before


def _own_bounded_parameter() -> tuple[str, str, int | float]:
    """A model, one of its own parameters with a maximum, and that maximum, from the committed spec."""
    spec = load(ROOT / "spec")
    return next(
        (model.id, parameter.name, parameter.maximum)
        for model in spec.models
        for parameter in model.parameters
        if not parameter.inferred and parameter.maximum is not None and parameter.maximum > 2
    )


def _lower_a_maximum(project: Path) -> tuple[str, str, int | float]:
    """Halve one model's maximum for one of its parameters; return the model, the parameter, the new maximum."""
    model, name, maximum = _own_bounded_parameter()
    lowered = maximum // 2
    mutate(
        project / "spec",
        f"models/{model}.yaml",
        lambda d: variant_of(d)["parameters"].update({name: {"maximum": lowered}}),
    )
    return model, name, lowered


def test_a_range_change_drifts_check_then_generate_syncs(project_copy: Path) -> None:
    model, _, lowered = _lower_a_maximum(project_copy)
    drift = run(project_copy, "check")
    assert drift.returncode == 1
    assert "+++ b/generated/openapi.yaml" in drift.stdout
    assert f"+          maximum: {lowered}\n" in drift.stdout
    assert f"generated/docs/models/{model}.md" in drift.stderr
    assert "generated/openapi.yaml" in drift.stderr
    generated = run(project_copy, "generate")
    assert generated.returncode == 0 and "changed  generated/openapi.yaml" in generated.stdout
    changed = [line for line in generated.stdout.splitlines() if line.startswith("  changed  ")]
    assert changed[-1] == "  changed  generated/MANIFEST", "MANIFEST comes after the files a reader came to see"
    assert run(project_copy, "check").returncode == 0


def test_check_shows_the_real_files_before_the_manifest(project_copy: Path) -> None:
    _lower_a_maximum(project_copy)
    drift = run(project_copy, "check")
    assert drift.returncode == 1
    diffed = [line.removeprefix("+++ b/generated/") for line in drift.stdout.splitlines() if line.startswith("+++ ")]
    listed = [line.strip().removeprefix("generated/") for line in drift.stderr.splitlines() if line.startswith("  ")]
    for files in (diffed, listed):
        assert len(files) > 1 and files[-1] == "MANIFEST", files
        assert files[:-1] == sorted(files[:-1])


def test_spec_errors_exit_2_and_leave_generated_untouched(project_copy: Path) -> None:
    models = project_copy / "spec" / "models"
    model, name, _ = _own_bounded_parameter()
    mutate(
        project_copy / "spec",
        f"models/{model}.yaml",
        lambda d: variant_of(d)["parameters"].update({name: {"minimum": 9, "maximum": 1}}),
    )
    (models / f"{model}-copy.yaml").write_text((models / f"{model}.yaml").read_text())
    before = snapshot(project_copy / "generated")
    for command in ("validate", "generate", "check"):
        result = run(project_copy, command)
        assert result.returncode == 2, command
        assert f"spec/models/{model}.yaml:" in result.stderr and "minimum 9 is greater than maximum 1" in result.stderr
        assert f"spec/models/{model}-copy.yaml:" in result.stderr and "duplicate model id" in result.stderr
        assert "Traceback" not in result.stderr
    assert snapshot(project_copy / "generated") == before


def test_generate_removes_stale_files_and_writes_only_changes(project_copy: Path) -> None:
    generated = project_copy / "generated"
    (generated / "docs" / "models" / "gemini-0-retired.md").write_text("old\n")
    cache = generated / "python" / "src" / "evolink" / "__pycache__"
    cache.mkdir(exist_ok=True)
    (cache / "x.pyc").write_bytes(b"\0")
    readme = project_copy / "templates" / "python" / "README.md.jinja"
    edit(readme, "{{ section.introduction() }}", "{{ section.introduction() }}\nEdited.")
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
    assert code == exit_codes.ERROR
    assert (foreign / "precious.txt").read_text() == "keep me"


def test_a_failed_write_leaves_the_previous_tree(
    project_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _lower_a_maximum(project_copy)
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
    folders = ["--spec", str(project_copy / "spec"), "--out", str(generated)]
    assert main(["generate", *folders, "--templates", str(project_copy / "templates")]) == exit_codes.ERROR
    monkeypatch.undo()
    assert calls == 2, "the change should touch more than one file"
    assert snapshot(generated) == before
    assert not list(generated.rglob(f"*{tree._TMP_SUFFIX}"))
    assert capsys.readouterr().err == "error: disk full\n"


@pytest.fixture
def project_repo(project_copy: Path) -> Path:
    """The project copy as a git repository with one commit, for `diff REV` and `changelog --since REV`."""
    git(project_copy, "init", "--quiet", "--initial-branch=main")
    git(project_copy, "add", "spec", "generated", "templates")
    git(project_copy, "commit", "--quiet", "-m", "first")
    return project_copy


def _in_process(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    """`evolink-codegen ARGS` run in `project`, in-process: exit code, stdout and stderr."""
    monkeypatch.chdir(project)
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_unknown_schema_reference_is_one_located_error_in_every_command(
    project_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A catalogue parameter whose schema is a reference and that has an example: the value check
    # used to build a validator over the broken reference and crash.
    entry = next(p for p in load(ROOT / "spec").api.main_endpoint.catalogue if "$ref" in p.schema and p.example)
    name, ref = entry.name, str(entry.schema["$ref"])
    mutate(project_repo / "spec", "api.yaml", lambda d: catalogue_of(d)[name]["schema"].update({"$ref": ref[:-1]}))
    before = snapshot(project_repo / "generated")
    assert entry.location is not None
    pointer = re.escape(f"{entry.location.pointer}/schema/$ref")
    located = re.compile(rf"^spec/api\.yaml:\d+: {pointer}: unknown schema '{ref[:-1]}'", re.M)
    for command in (["validate"], ["generate"], ["check"], ["diff", "HEAD", "spec"], ["changelog", "--since", "HEAD"]):
        code, _, stderr = _in_process(project_repo, monkeypatch, capsys, *command)
        assert code == 2, (command, stderr)
        assert len(located.findall(stderr)) == 1 and stderr.count(": /") == 1, (command, stderr)
        assert "Traceback" not in stderr
    assert snapshot(project_repo / "generated") == before


def test_diff_fail_on_says_why_in_one_line(
    minimal_spec: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = minimal_spec.parent
    new = Path(shutil.copytree(minimal_spec, folder / "new"))
    edit(new / "models" / "beta.yaml", "    maximum: 1.5", "    maximum: 1")  # breaking
    edit(new / "api.yaml", "    default: low", "    default: high")  # a warning
    summary = json.loads(_in_process(folder, monkeypatch, capsys, "diff", "spec", "new", "--format", "json")[1])[
        "summary"
    ]
    code, _, stderr = _in_process(folder, monkeypatch, capsys, "diff", "spec", "new", "--fail-on", "warning")
    total = summary["breaking"] + summary["warning"]
    reason = f"{summary['breaking']} breaking, {summary['warning']} warning"
    assert (code, stderr) == (1, f"diff: {total} changes reach --fail-on warning ({reason})\n")
    code, _, stderr = _in_process(folder, monkeypatch, capsys, "diff", "spec", "new", "--fail-on", "any")
    assert code == 1 and stderr.startswith("diff: ") and stderr.count("\n") == 1
    assert _in_process(folder, monkeypatch, capsys, "diff", "spec", "spec", "--fail-on", "any")[::2] == (0, "")


def test_check_passes_right_after_changelog(
    project_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _lower_a_maximum(project_repo)
    code, _, stderr = _in_process(project_repo, monkeypatch, capsys, "changelog", "--since", "HEAD")
    assert code == 0, stderr
    assert (project_repo / "spec" / "changelog.yaml").is_file() and (project_repo / "CHANGELOG.md").is_file()
    code, _, stderr = _in_process(project_repo, monkeypatch, capsys, "check")
    assert code == 0, stderr


def test_an_unwritable_output_folder_is_a_general_error(
    project_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (project_copy / "a-file").write_text("not a folder")
    code, _, stderr = _in_process(project_copy, monkeypatch, capsys, "generate", "--out", "a-file/generated")
    assert code == exit_codes.ERROR and stderr.startswith("error: ") and "Traceback" not in stderr


@pytest.mark.parametrize("command", ["generate", "check"])
def test_an_output_path_that_is_a_file_is_named_and_left_alone(
    command: str, project_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (project_copy / "notes.md").write_text("keep me")
    code, stdout, stderr = _in_process(project_copy, monkeypatch, capsys, command, "--out", "notes.md")
    assert code == exit_codes.ERROR and stdout == ""
    assert stderr.startswith("error: notes.md is a file, not a folder: --out names the")
    assert (project_copy / "notes.md").read_text() == "keep me"


@pytest.mark.parametrize(
    "command",
    [("diff", "no-such-revision", "spec"), ("diff", "spec", "HEAD:nowhere"), ("changelog", "--since", "nope")],
)
def test_git_failures_are_general_errors_not_spec_errors(
    project_repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    before = snapshot(project_repo / "generated")
    code, _, stderr = _in_process(project_repo, monkeypatch, capsys, *command)
    assert code == exit_codes.ERROR, stderr
    assert "cannot read" in stderr and "Traceback" not in stderr
    assert snapshot(project_repo / "generated") == before


def test_help_lists_every_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    listed = capsys.readouterr().out.split("exit codes:", 1)[1]
    for code in {exit_codes.OK, exit_codes.DRIFT, exit_codes.FAIL_ON, exit_codes.SPEC_ERROR, exit_codes.ERROR}:
        assert f"\n  {code}  " in listed
