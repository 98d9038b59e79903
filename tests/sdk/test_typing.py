"""The SDK's per-model overloads, checked by mypy --strict on the cases in tests/typing/, whose premises (which
model takes which parameter) are checked against the loaded spec."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from mypy import api

from tests.support.model_params import some_model_takes, taken_by_model
from tests.support.paths import ROOT
from tests.support.typing_cases import CaseCall, accepted, case_calls

CASES = ROOT / "tests" / "typing"
_ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")
_EXPECT = re.compile(r"# expect: (?P<code>[a-z-]+)")


def run_mypy(*files: Path, cache: Path) -> tuple[int, list[str]]:
    """mypy --strict on `files`, finding `evolink` in generated/python/src; (exit status, error lines)."""
    args = ["--strict", "--no-error-summary", "--cache-dir", str(cache), "--config-file", "", *map(str, files)]
    stdout, stderr, status = api.run(args)
    assert "Traceback" not in stderr, stderr
    return status, [line for line in stdout.splitlines() if ": error:" in line]


@pytest.fixture(autouse=True)
def _mypy_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MYPYPATH", str(ROOT / "generated" / "python" / "src"))


def test_documented_usage_type_checks(tmp_path: Path) -> None:
    status, errors = run_mypy(*sorted(CASES.glob("pass_*.py")), cache=tmp_path)
    assert errors == [] and status == 0


def test_misuse_fails_exactly_on_the_marked_lines(tmp_path: Path) -> None:
    case = CASES / "fail_cases.py"
    expected = {
        index: match.group("code")
        for index, line in enumerate(case.read_text().splitlines(), start=1)
        if (match := _EXPECT.search(line))
    }
    assert len(expected) >= 10
    status, errors = run_mypy(case, cache=tmp_path)
    found: dict[int, set[str]] = {}
    for line in errors:
        match = _ERROR.match(line)
        assert match, f"unparsed mypy output: {line}"
        found.setdefault(int(match.group("line")), set()).add(match.group("code"))
    assert status == 1
    assert set(found) == set(expected), f"errors on {sorted(found)}, expected on {sorted(expected)}"
    for number, code in expected.items():
        assert code in found[number], f"line {number}: expected [{code}], got {found[number]}"


def _kind(call: CaseCall) -> str:
    """`known` (a literal id of the spec), `newer` (a literal id it lacks) or `chosen` (a str chosen at run time)."""
    if call.model is None:
        return "chosen"
    return "known" if call.model in taken_by_model() else "newer"


def test_each_passing_call_passes_only_parameters_its_model_takes() -> None:
    calls = [call for case in sorted(CASES.glob("pass_*.py")) for call in case_calls(case)]
    for call in calls:
        assert call.arguments <= accepted(call), f"{call.where}: {sorted(call.arguments - accepted(call))}"
    with_arguments = {_kind(call) for call in calls if call.arguments - {"messages"}}
    assert with_arguments == {"known", "chosen", "newer"}, "each kind of model id has a case with parameters"


def test_each_not_taken_case_uses_a_parameter_only_other_models_take() -> None:
    calls = list(case_calls(CASES / "fail_cases.py"))
    for call in calls:
        others = (call.arguments - accepted(call)) & some_model_takes()
        assert bool(others) == call.not_taken, f"{call.where}: marked {call.not_taken}, but {sorted(others)}"
        assert not call.not_taken or call.expected_error, call.where
    assert {_kind(call) for call in calls if call.not_taken} == {"known", "chosen", "newer"}
