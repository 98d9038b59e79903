"""The retry and timeout numbers in the docs' prose are the runtime's, read from its source."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from evolink import _config, _exceptions, _retries

from generator.cli import DEFAULT_TEMPLATES
from generator.emit.render import render_all
from generator.emit.runtime_facts import RUNTIME, RuntimeFacts, RuntimeFactsError, read_runtime_facts
from tests.support.paths import ROOT
from tests.support.specs import load

SECTIONS = {"docs/index.md": "## Retries and timeouts", "python/README.md": "## Retries, timeouts and failover"}
"""The prose that quotes the runtime's numbers: page -> its heading."""
_NUMBER = re.compile(r"(?<![\w.])\d+(?:\.\d+)?(?![\wⁿ]|\.\d)")  # not `5xx`, nor the base of the backoff's `2ⁿ`


def prose_numbers(page: str, heading: str) -> set[str]:
    """The numbers in a section's prose (code blocks left out)."""
    section = page[page.index(heading) + len(heading) :].split("\n## ", 1)[0]
    prose = re.sub(r"^```.*?^```$", "", section, flags=re.MULTILINE | re.DOTALL)
    return set(_NUMBER.findall(prose))


def fact_numbers(facts: RuntimeFacts) -> set[str]:
    """Every number the facts give, as the docs print it."""
    seconds = (facts.initial_delay, facts.max_delay, facts.max_server_delay, facts.timeout, facts.connect_timeout)
    statuses = [status for status in facts.retry_statuses if status < 500]  # the rest is "5xx"
    numbers: list[float] = [facts.max_retries, *seconds, round(facts.jitter * 100, 6), *statuses]
    return {str(int(n)) if float(n).is_integer() else str(n) for n in numbers}


def test_the_facts_are_what_the_runtime_uses() -> None:
    facts = read_runtime_facts(DEFAULT_TEMPLATES)
    assert facts.max_retries == _config.DEFAULT_MAX_RETRIES
    assert (facts.timeout, facts.connect_timeout) == (_config.DEFAULT_TIMEOUT.read, _config.DEFAULT_TIMEOUT.connect)
    assert (facts.initial_delay, facts.max_delay, facts.max_server_delay) == (
        _retries.INITIAL_DELAY,
        _retries.MAX_DELAY,
        _retries.MAX_SERVER_DELAY,
    )
    assert facts.jitter == _retries.JITTER
    assert (facts.max_connections, facts.max_keepalive_connections) == (
        _config.DEFAULT_LIMITS.max_connections,
        _config.DEFAULT_LIMITS.max_keepalive_connections,
    )
    assert set(facts.retry_statuses) == {s for s in range(100, 500) if _retries.should_retry_status(s)}
    assert dict(facts.status_errors) == {s: c.__name__ for s, c in _exceptions._STATUS_ERRORS.items()}
    assert _exceptions.status_error_class(599).__name__ == facts.server_error


@pytest.mark.parametrize("page", sorted(SECTIONS))
def test_every_number_in_the_committed_retry_prose_comes_from_the_runtime(page: str) -> None:
    text = (ROOT / "generated" / page).read_text(encoding="utf-8")
    assert prose_numbers(text, SECTIONS[page]) == fact_numbers(read_runtime_facts(DEFAULT_TEMPLATES))


def test_the_committed_readme_sizes_the_pool_as_the_runtime_does() -> None:
    facts = read_runtime_facts(DEFAULT_TEMPLATES)
    readme = (ROOT / "generated" / "python" / "README.md").read_text(encoding="utf-8")
    limits = f"at most {facts.max_connections:,} connections, {facts.max_keepalive_connections:,} of them kept open"
    assert limits in readme


CHANGED = {
    "_config.py": {
        "DEFAULT_MAX_RETRIES": "3",
        "DEFAULT_TIMEOUT_SECONDS": "900.0",
        "DEFAULT_CONNECT_TIMEOUT_SECONDS": "7.5",
        "DEFAULT_MAX_CONNECTIONS": "2500",
        "DEFAULT_MAX_KEEPALIVE_CONNECTIONS": "250",
    },
    "_retries.py": {
        "INITIAL_DELAY": "0.75",
        "MAX_DELAY": "12.0",
        "JITTER": "0.1",
        "MAX_SERVER_DELAY": "45.0",
        "_RETRY_STATUSES": "frozenset({408, 425, 429})",
    },
}


def _set_constants(templates: Path, changes: dict[str, dict[str, str]]) -> None:
    for module, constants in changes.items():
        path = templates / RUNTIME / module
        text = path.read_text(encoding="utf-8")
        for name, value in constants.items():
            text, count = re.subn(rf"^{name}: Final = .*$", f"{name}: Final = {value}", text, flags=re.MULTILINE)
            assert count == 1, f"{name} is not a `{name}: Final = ...` line of {module}"
        path.write_text(text, encoding="utf-8")


def test_a_changed_constant_changes_the_docs(tmp_path: Path, minimal_spec: Path) -> None:
    templates = Path(shutil.copytree(DEFAULT_TEMPLATES, tmp_path / "templates"))
    _set_constants(templates, CHANGED)
    facts = read_runtime_facts(templates)
    assert (facts.max_retries, facts.jitter, facts.retry_statuses) == (3, 0.1, (408, 425, 429))
    table = render_all(load(minimal_spec), templates)
    for page, heading in SECTIONS.items():
        assert prose_numbers(table[page], heading) == {"3", "900", "7.5", "0.75", "12", "10", "45", "408", "425", "429"}
    assert "| 425 | `APIStatusError` | yes |" in table["docs/index.md"]
    assert "| 409 | `ConflictError` | no |" in table["python/README.md"]
    assert "at most 2,500 connections, 250 of them kept open" in table["python/README.md"]


@pytest.mark.parametrize(
    ("module", "name", "value", "problem"),
    [
        ("_retries.py", "MAX_DELAY", "4.0 * 2", "MAX_DELAY is not a literal"),
        ("_config.py", "DEFAULT_MAX_RETRIES", "2.5", "DEFAULT_MAX_RETRIES is not an int literal"),
        ("_retries.py", "_RETRY_STATUSES", "frozenset(range(3))", "_RETRY_STATUSES is not a literal set of statuses"),
    ],
)
def test_a_constant_that_is_not_a_literal_is_named_with_its_line(
    tmp_path: Path, module: str, name: str, value: str, problem: str
) -> None:
    templates = Path(shutil.copytree(DEFAULT_TEMPLATES / "python", tmp_path / "python")).parent
    _set_constants(templates, {module: {name: value}})
    line = next(
        i
        for i, text in enumerate((templates / RUNTIME / module).read_text().splitlines(), 1)
        if text.startswith(f"{name}:")
    )
    with pytest.raises(RuntimeFactsError, match=rf"{re.escape(module)}:{line}: {problem}"):
        read_runtime_facts(templates)


def test_a_missing_constant_is_named(tmp_path: Path) -> None:
    templates = Path(shutil.copytree(DEFAULT_TEMPLATES / "python", tmp_path / "python")).parent
    path = templates / RUNTIME / "_retries.py"
    path.write_text(re.sub(r"^JITTER: .*\n", "", path.read_text(), flags=re.MULTILINE))
    with pytest.raises(RuntimeFactsError, match=r"_retries\.py: no module-level constant JITTER"):
        read_runtime_facts(templates)
