"""A broken templates folder is a located error that exits 3 (not a spec error, not a traceback) and writes nothing.

Each case breaks a copy of the real templates/ the way an edit can: Jinja that does not parse, a name the
view objects do not have, a template that emits Python black cannot parse, a missing runtime file, or a
`--templates` that is no templates folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator import exit_codes
from generator.cli import main

README = "python/README.md.jinja"
PACKAGE_INIT = "python/src/evolink/__init__.py.jinja"


def _append(relative: str, text: str) -> Callable[[Path], None]:
    def breaks(templates: Path) -> None:
        path = templates / relative
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")

    return breaks


def _remove_a_runtime_file_the_docs_quote(templates: Path) -> None:
    (templates / "python" / "runtime" / "_retries.py").unlink()  # runtime_facts reads its constants


@pytest.mark.parametrize(
    ("breaks", "expected"),
    [
        pytest.param(_append(README, "\n{{ broken\n"), f"{README}:", id="jinja-syntax"),
        pytest.param(_append(README, "\n{{ sdk.no_such_fact }}\n"), f"{README}:", id="undefined-name"),
        pytest.param(
            _append(PACKAGE_INIT, "\ndef (:\n"),
            "python/src/evolink/__init__.py: the rendered file is not valid Python",
            id="invalid-python",
        ),
        pytest.param(_remove_a_runtime_file_the_docs_quote, "cannot read the templates: ", id="missing-runtime-file"),
        pytest.param(
            _append("python/runtime/_retries.py", "\ndef (:\n"), "python/runtime/_retries.py:", id="runtime-syntax"
        ),
    ],
)
def test_a_broken_template_is_located_exits_3_and_writes_nothing(
    project_copy: Path, capsys: pytest.CaptureFixture[str], breaks: Callable[[Path], None], expected: str
) -> None:
    templates = project_copy / "templates"
    breaks(templates)
    manifest = project_copy / "generated" / "MANIFEST"
    before = manifest.read_text(encoding="utf-8")
    folders = ["--spec", str(project_copy / "spec"), "--templates", str(templates), "--no-cache"]
    for command in ("check", "generate"):
        assert main([command, *folders, "--out", str(project_copy / "generated")]) == exit_codes.ERROR
        error = capsys.readouterr().err
        assert error.startswith("error: ") and expected in error and "Traceback" not in error, error
    assert manifest.read_text(encoding="utf-8") == before


def test_a_folder_that_is_not_a_templates_folder_is_named(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folders = ["--spec", str(project_copy / "spec"), "--out", str(project_copy / "generated")]
    assert main(["check", *folders, "--templates", str(project_copy / "spec")]) == exit_codes.ERROR
    assert "is not a templates folder (no python/ in it): check --templates" in capsys.readouterr().err
