"""The SDK's per-model overloads, checked by mypy --strict on the cases in tests/typing/, whose premises (which
model takes which parameter) are checked against the loaded spec."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from mypy import api

from generator.json_values import object_member
from tests.support.model_params import some_model_takes, taken_by_model
from tests.support.paths import ROOT
from tests.support.specs import load
from tests.support.typing_cases import CaseCall, accepted, case_calls

CASES = ROOT / "tests" / "typing"
NATIVE = CASES / "native"
SPEC = load(ROOT / "spec")
_THINKING_CASE = re.compile(r'(\w+) = \{"thinkingConfig": \{"(\w+)": "(\w+)"\}\}  # expect: ([a-z-]+) \(thinking\)')
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


@pytest.mark.parametrize("case", [CASES / "fail_cases.py", NATIVE / "fail_generate_content.py"], ids=lambda p: p.name)
def test_misuse_fails_exactly_on_the_marked_lines(tmp_path: Path, case: Path) -> None:
    expected = {
        index: match.group("code")
        for index, line in enumerate(case.read_text().splitlines(), start=1)
        if (match := _EXPECT.search(line))
    }
    assert len(expected) >= 5
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


def test_the_native_calls_type_check(tmp_path: Path) -> None:
    status, errors = run_mypy(*sorted(NATIVE.glob("pass_*.py")), cache=tmp_path)
    assert errors == [] and status == 0


def _thinking(config_param: str) -> dict[str, Any]:
    """The properties of the thinking options of the spec's schema behind a `<Schema>Param` TypedDict."""
    schemas = SPEC.api.schemas
    config = schemas[config_param.removesuffix("Param")]
    reference = object_member(object_member(config, "properties"), "thinkingConfig").get("$ref")
    properties: dict[str, Any] = dict(object_member(schemas[str(reference)], "properties"))
    return properties


def test_each_thinking_case_uses_an_option_the_models_own_config_lacks() -> None:
    fail_case = (NATIVE / "fail_generate_content.py").read_text(encoding="utf-8")
    imported = {alias: name for name, alias in re.findall(r"import (\w+) as (\w+)", fail_case)}
    cases = re.findall(_THINKING_CASE, fail_case)
    assert len(cases) >= 2
    for config_param, option, value, code in cases:
        properties = _thinking(imported.get(config_param, config_param))
        if code == "typeddict-unknown-key":
            assert option not in properties, f"{config_param} takes {option}"
        else:
            assert value not in properties[option].get("enum", [value]), f"{config_param} takes {option}={value}"
    pass_case = (NATIVE / "pass_generate_content.py").read_text(encoding="utf-8")
    for model_id, option in re.findall(r'model="([^"]+)",[^)]*"thinkingConfig": \{"(\w+)"', pass_case, re.DOTALL):
        variant = next(v for v in SPEC.variants if v.id == model_id and v.parameter("generationConfig"))
        parameter = variant.parameter("generationConfig")
        assert parameter is not None
        reference = str(parameter.schema.get("$ref"))
        assert option in _thinking(reference + "Param"), f"{model_id} does not take {option}"


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
