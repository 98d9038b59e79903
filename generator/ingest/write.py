"""Apply `ModelPlan`s to spec/ with ruamel.yaml round trips: only the keys that change are touched.

Comments, key order, flow-style `{}` entries, hand-written descriptions, examples and notes stay
as they are. A new model gets a file of its own, a parameter the catalogue lacks an entry in
spec/api.yaml marked for review. The same code writes the temporary copy `sync` diffs and, with
`--write`, the real spec/, so the report and the written files cannot disagree.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from generator.diff.values import same
from generator.ingest.model_file import Mark, ModelPlan, page_name, title_from_id
from generator.ingest.response_plan import ResponseAddition
from generator.ir import JSON
from generator.load.endpoint_docs import is_legacy_api, is_legacy_model
from generator.load.model_files import is_model_id, model_file
from generator.stop_signals import held


def _represent_none(representer: RoundTripRepresenter, _: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def round_trip() -> YAML:
    """A YAML reader/writer that keeps comments, order and quoting, in the spec's layout."""
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    yaml.representer.add_representer(type(None), _represent_none)
    return yaml


def dump(data: Any) -> str:
    """`data` as YAML text."""
    out = io.StringIO()
    round_trip().dump(data, out)
    return out.getvalue()


def write_plans(
    folder: Path,
    plans: Iterable[ModelPlan],
    catalogue_orders: Mapping[str, list[str]],
    responses: Sequence[ResponseAddition] = (),
) -> list[Path]:
    """Apply every plan (and the response fields to add) to the spec folder `folder`; the files written,
    api.yaml first if it changed. `catalogue_orders` gives each endpoint's catalogue names, in order."""
    with held():  # Ctrl-C now would leave a hand-maintained spec file cut short, or half the plans applied
        return _write_plans(folder, list(plans), catalogue_orders, responses)


def _write_plans(
    folder: Path,
    plans: list[ModelPlan],
    catalogue_orders: Mapping[str, list[str]],
    responses: Sequence[ResponseAddition],
) -> list[Path]:
    yaml = round_trip()
    written: list[Path] = []
    additions = {
        (plan.endpoint, name): (plan, entry) for plan in plans for name, entry in plan.catalogue_additions.items()
    }
    if additions or responses:
        api_path = folder / "api.yaml"
        api = yaml.load(api_path.read_text(encoding="utf-8"))
        add_to_catalogue(api, additions)
        add_response_fields(api, responses)
        api_path.write_text(dump(api), encoding="utf-8")
        written.append(api_path)
    for plan in plans:
        if not is_model_id(plan.model_id):
            continue  # its plan is a problem (no write); the id must never become a path outside models/
        known = catalogue_orders.get(plan.endpoint, [])
        order = known + [name for name in plan.catalogue_additions if name not in known]
        path = model_file(folder, plan.model_id)
        text = model_text(plan, path if path.is_file() else None, order)
        path.parent.mkdir(parents=True, exist_ok=True)  # an id with `/` lives in a sub-folder
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def model_text(plan: ModelPlan, path: Path | None, catalogue_order: list[str]) -> str:
    """The model file the plan calls for: `path`'s file edited in place, or a new file."""
    if path is None:
        return dump(new_model(plan, catalogue_order))
    data = round_trip().load(path.read_text(encoding="utf-8"))
    apply_model(data, plan, catalogue_order)
    return dump(data)


def apply_model(data: CommentedMap, plan: ModelPlan, catalogue_order: list[str]) -> None:
    """Edit a loaded model file so that it states what the plan says; nothing else changes."""
    if plan.server is not None and data.get("server") != plan.server:
        data["server"] = plan.server
    variant = _variant(data, plan.endpoint)
    if plan.source is not None:
        sources = variant.get("sources")
        if not isinstance(sources, CommentedSeq):
            sources = CommentedSeq()
            variant["sources"] = sources
        sources.append(CommentedMap(plan.source))
    if plan.notes:
        notes = variant.get("notes")
        if not isinstance(notes, CommentedSeq):
            notes = CommentedSeq()
            variant["notes"] = notes
        notes.extend(plan.notes)
    parameters = variant.get("parameters")
    if not isinstance(parameters, CommentedMap):
        parameters = CommentedMap()
        variant["parameters"] = parameters
    for name in [name for name in parameters if name not in plan.parameters and name not in plan.unchecked]:
        del parameters[name]
    for name, planned in _in_order(plan.parameters, catalogue_order):
        if name not in parameters:
            position = sum(1 for other in parameters if _rank(other, catalogue_order) < _rank(name, catalogue_order))
            parameters.insert(position, name, _flow_map())
        entry = parameters[name]
        if not isinstance(entry, CommentedMap):
            entry = _flow_map()
            parameters[name] = entry
        _apply_fields(entry, planned)


def _variant(data: CommentedMap, endpoint: str) -> CommentedMap:
    """The model file's variant of `endpoint`, made if the file has none; the file itself in the format from
    before endpoints were declared."""
    if is_legacy_model(data):
        return data
    endpoints = data.get("endpoints")
    if not isinstance(endpoints, CommentedMap):
        endpoints = data["endpoints"] = CommentedMap()
    variant = endpoints.get(endpoint)
    if not isinstance(variant, CommentedMap):
        variant = endpoints[endpoint] = CommentedMap()
    return variant


def _apply_fields(entry: CommentedMap, planned: dict[str, JSON | Mark]) -> None:
    for key, value in planned.items():
        if value is Mark.KEEP:
            continue
        if value is Mark.ABSENT:
            entry.pop(key, None)
        elif key not in entry or not same(_plain(entry[key]), value):
            entry[key] = _yaml_value(value)


def new_model(plan: ModelPlan, catalogue_order: list[str]) -> CommentedMap:
    """A model file for a model the spec lacks, marked for review."""
    page = page_name(plan.page)
    data = CommentedMap()
    data["id"] = plan.model_id
    data["title"] = title_from_id(plan.model_id)
    data["summary"] = (
        f"Written by `evolink-codegen sync` from {page}; review the title, this summary and the parameters."
    )
    data["server"] = plan.server
    variant = CommentedMap()
    variant["sources"] = CommentedSeq([CommentedMap(plan.source or {"page": page, "language": "en"})])
    parameters = CommentedMap()
    for name, planned in _in_order(plan.parameters, catalogue_order):
        entry = _flow_map()
        _apply_fields(entry, planned)
        parameters[name] = entry
    variant["parameters"] = parameters
    if plan.notes:
        variant["notes"] = CommentedSeq(plan.notes)
    data["endpoints"] = CommentedMap([(plan.endpoint, variant)])
    data.yaml_set_start_comment(
        f"Written by `evolink-codegen sync` from {plan.page.page}.\n"
        "Review it (title, summary, parameters; `inherit:` for a quick-chat page), then run `make generate`."
    )
    return data


def add_to_catalogue(api: CommentedMap, additions: dict[tuple[str, str], tuple[ModelPlan, dict[str, JSON]]]) -> None:
    """Append catalogue entries for parameters their endpoint's catalogue lacks (keyed by endpoint and name), each
    under a review comment."""
    for (_, name), (plan, entry) in additions.items():
        catalogue, indent = _catalogue(api, plan.endpoint)
        if name in catalogue:
            continue
        catalogue[name] = CommentedMap((key, _yaml_value(value)) for key, value in entry.items())
        catalogue.yaml_set_comment_before_after_key(
            name,
            before=f"Added by `evolink-codegen sync` from {plan.page.page}: review the type and range, and translate\n"
            "the description into English (it is the page's own text).",
            indent=indent,
        )


def _catalogue(api: CommentedMap, endpoint: str) -> tuple[CommentedMap, int]:
    """api.yaml's catalogue of `endpoint`, and the indent of its entries' keys (in either spec format)."""
    if is_legacy_api(api):
        return api["parameters"], 2
    return api["endpoints"][endpoint]["parameters"], 6


def add_response_fields(api: CommentedMap, additions: Sequence[ResponseAddition]) -> None:
    """Add each response field under its object schema's `properties`, optional, under a review comment."""
    for addition in additions:
        node = api["schemas"][addition.schema]
        for key in addition.pointer:
            node = node[key]
        properties = node.get("properties")
        if not isinstance(properties, CommentedMap):
            properties = CommentedMap()
            node["properties"] = properties
        if addition.name in properties:
            continue
        entry = _yaml_value(addition.schema_entry())
        entry["description"] = f"Shown in the response of {addition.page}."
        properties[addition.name] = entry
        indent = 2 * (len(addition.pointer) + 3)
        properties.yaml_set_comment_before_after_key(
            addition.name, before="Added by `evolink-codegen sync`: review the type and the description.", indent=indent
        )


def _in_order(parameters: dict[str, Any], order: list[str]) -> list[tuple[str, Any]]:
    return sorted(parameters.items(), key=lambda item: _rank(item[0], order))


def _rank(name: str, order: list[str]) -> int:
    return order.index(name) if name in order else len(order)


def _flow_map() -> CommentedMap:
    entry = CommentedMap()
    entry.fa.set_flow_style()
    return entry


def _yaml_value(value: JSON) -> Any:
    """Lists and small mappings in flow style, as the spec writes them (`enum: [a, b]`, `type: [string, "null"]`)."""
    if value == "null":
        return DoubleQuotedScalarString(value)
    if isinstance(value, list):
        sequence = CommentedSeq(_yaml_value(item) for item in value)
        sequence.fa.set_flow_style()
        return sequence
    if isinstance(value, dict):
        mapping = CommentedMap((key, _yaml_value(item)) for key, item in value.items())
        mapping.fa.set_flow_style()
        return mapping
    return value


def _plain(value: object) -> JSON:
    """A ruamel value (a CommentedMap, a ScalarFloat, ...) as plain JSON."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)  # a YAML timestamp, say: JSON has no such value, and its text is what was written
