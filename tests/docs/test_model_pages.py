"""A model page's lineage sentence agrees with its parameter table, also under chained inheritance; a model that
only another endpoint serves gets a page too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from generator.cli import DEFAULT_TEMPLATES
from generator.emit.render import render_all
from tests.support.paths import ROOT
from tests.support.specs import load, variant_of

# On top of tests/generator/fixtures/minimal (alpha, the full page; beta inherits alpha and documents
# messages and temperature): two grandchildren of alpha through beta.
GRANDCHILDREN = {
    "gamma": ["messages", "reasoning_effort"],  # temperature comes from beta, extra_body from alpha
    "delta": ["messages", "temperature"],  # the rest comes from alpha, by way of beta
}
_ROW = re.compile(r"^\| `(?P<name>[^`]+)` \|.*\| (?P<source>documented|\*inferred\* from `(?P<origin>[^`]+)`) \|$")


@pytest.fixture
def chained(minimal_spec: Path) -> dict[str, str]:
    """The model pages of the minimal spec plus the grandchildren, by model id."""
    for model_id, documented in GRANDCHILDREN.items():
        page = {
            "id": model_id,
            "title": model_id.title(),
            "summary": "A quick-chat page.",
            "server": "direct",
            "sources": [{"page": f"{model_id}.txt", "language": "en"}],
            "inherit": "beta",
            "parameters": {name: {} for name in documented},
        }
        (minimal_spec / "models" / f"{model_id}.yaml").write_text(yaml.safe_dump(page), encoding="utf-8")
    table = render_all(load(minimal_spec), DEFAULT_TEMPLATES)
    return {
        path.removeprefix("docs/models/").removesuffix(".md"): text
        for path, text in table.items()
        if "/models/" in path
    }


def rows(page: str) -> dict[str, str | None]:
    """The parameter table: name -> the model it is inferred from, None when the page documents it."""
    found = {}
    for line in page.splitlines():
        if match := _ROW.match(line):
            found[match["name"]] = match["origin"]
    return found


def lineage(page: str) -> str | None:
    """The sentence that says what the model's own page documents, if the page has one."""
    return next(
        (line for line in page.splitlines() if re.match(r"(That page documents|Those pages document) ", line)), None
    )


def check_lineage_matches_rows(page: str) -> None:
    """The sentence names exactly the documented rows and, for the inferred rows, their origins."""
    table = rows(page)
    sentence = lineage(page)
    origins: dict[str, list[str]] = {}
    for name, origin in table.items():
        if origin is not None:
            origins.setdefault(origin, []).append(name)
    if sentence is None:
        assert not origins, "an inheriting model's page explains where its inferred rows come from"
        return
    documented_part, _, inherited_part = re.split(r"([;:]) ", sentence, maxsplit=1)
    assert re.findall(r"`([^`]+)`", documented_part) == [name for name, origin in table.items() if origin is None]
    if len(origins) == 1:
        (origin,) = origins
        assert f"come from the page of [{origin}]({origin}.md)" in inherited_part
    elif origins:
        named = re.findall(r"\[([\w.-]+)\]\([\w.-]+\.md\) \(([^)]*)\)", inherited_part)
        assert {origin: re.findall(r"`([^`]+)`", names) for origin, names in named} == origins


def test_chained_inheritance_names_each_rows_real_origin(chained: dict[str, str]) -> None:
    assert rows(chained["gamma"]) == {
        "model": None,
        "messages": None,
        "temperature": "beta",
        "reasoning_effort": None,
        "extra_body": "alpha",
    }
    assert "come from the pages of [beta](beta.md) (`temperature`) and [alpha](alpha.md) (`extra_body`)" in str(
        lineage(chained["gamma"])
    )
    assert str(lineage(chained["delta"])).endswith(
        "come from the page of [alpha](alpha.md), by way of [beta](beta.md)."
    )
    assert str(lineage(chained["beta"])).startswith("That page documents `model`, `messages` and `temperature`;")
    for page in chained.values():
        check_lineage_matches_rows(page)
        assert "only `model` and `messages`" not in page


def test_every_committed_model_page_agrees_with_its_rows() -> None:
    for model in load(ROOT / "spec").models:
        check_lineage_matches_rows((ROOT / "generated" / "docs" / "models" / f"{model.id}.md").read_text())


def test_every_column_of_the_parameter_table_has_a_header(chained: dict[str, str]) -> None:
    for page in chained.values():
        header = next(line for line in page.splitlines() if line.startswith("| name |"))
        cells = [cell.strip() for cell in header.strip("|").split("|")]
        assert all(cells), header
        assert cells[-1] == "source"


def test_a_model_only_another_endpoint_serves_gets_a_page_with_that_endpoints_section(project_copy: Path) -> None:
    spec_folder = project_copy / "spec"
    spec = load(spec_folder)
    main, other = spec.api.endpoints[0], next(e for e in spec.api.endpoints[1:] if spec.variants_of(e))
    donor = spec.variants_of(other)[0]
    assert donor.location is not None
    donor_data = yaml.safe_load(Path(donor.location.file).read_text(encoding="utf-8"))
    model_id = f"{donor.id}-{other.name.replace('_', '-')}-only"
    data = {"id": model_id, **{key: donor_data[key] for key in ("title", "summary", "server")}}
    data["endpoints"] = {other.name: variant_of(donor_data, other.name)}
    (spec_folder / "models" / f"{model_id}.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    edited = load(spec_folder)
    assert edited.model(model_id) is None and any(v.id == model_id for v in edited.variants_of(other))

    table = render_all(edited, DEFAULT_TEMPLATES)
    page = table[f"docs/models/{model_id}.md"]
    assert page.splitlines()[1] == f"# {data['title']}"
    assert f"\n## {other.summary}\n" in page, "the page shows the endpoint that serves the model"
    assert "\n## Parameters\n" not in page and main.path not in page, "and nothing of the endpoint that does not"
    index = table["docs/index.md"]
    assert f"](models/{model_id}.md) | `{model_id}` |" in index, "the index's models table links it"
