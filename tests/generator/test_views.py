"""The view objects choose what the templates print from the loaded spec: example models, renamed fields,
return types per overload, inferred flags per matrix cell (expectations derived from the spec, never its ids)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.cli import DEFAULT_TEMPLATES
from generator.emit.docs_view import DocsView, build_docs_view
from generator.emit.endpoint_view import ModelParameterView, shared_rule
from generator.emit.examples import valid_value
from generator.emit.pytypes import defined_names
from generator.emit.resource_view import ResponseForm, StreamArgument, build_method
from generator.emit.runtime_facts import read_runtime_facts
from generator.emit.sdk_view import SdkView, build_sdk_view
from generator.ir import ModelVariant, Parameter, Spec
from generator.load.loader import load_spec
from tests.support.files import edit
from tests.support.paths import ROOT

FACTS = read_runtime_facts(DEFAULT_TEMPLATES)


def _load(folder: Path) -> Spec:
    result = load_spec(folder)
    assert result.spec is not None, result.errors
    return result.spec


def _views(folder: Path) -> tuple[Spec, SdkView, DocsView]:
    spec = _load(folder)
    return spec, build_sdk_view(spec, [], []), build_docs_view(spec, FACTS)


def _documents(model: ModelVariant, name: str) -> bool:
    parameter = model.parameter(name)
    return parameter is not None and not parameter.inferred


def _documented_with_value(model: ModelVariant) -> int:
    return sum(1 for p in model.parameters if not p.inferred and (p.example, p.default, p.enum) != (None, None, None))


def test_the_readme_example_moves_to_the_model_whose_own_page_documents_the_most(minimal_spec: Path) -> None:
    spec, _, docs = _views(minimal_spec)
    first, second = spec.models[0], spec.models[1]
    assert second.inherits == first.id
    assert _documented_with_value(first) > _documented_with_value(second)
    assert docs.readme.model.id == first.id
    # The parent's page stops documenting all but `messages`; the child documents more of its own.
    for parameter in first.parameters:
        if parameter.name != "messages":
            edit(minimal_spec / "models" / f"{first.id}.yaml", f"  {parameter.name}: {{}}\n", "")
    spec, _, docs = _views(minimal_spec)
    assert _documented_with_value(spec.models[1]) > _documented_with_value(spec.models[0])
    assert docs.readme.model.id == second.id


def test_examples_carry_the_chosen_models_kwargs_class_limit_and_renamed_parameters(minimal_spec: Path) -> None:
    spec, sdk, docs = _views(minimal_spec)
    example = docs.readme.model
    chosen = next(model for model in spec.models if model.id == example.id)
    view = next(model for model in sdk.primary.models if model.id == chosen.id)
    assert example.params_class == view.params_class
    assert example.renamed == tuple((p.name, p.python_name) for p in chosen.parameters if p.aliased)
    assert example.renamed, "the fixture renames a parameter"
    limit = example.out_of_range
    bounded = [p for p in chosen.parameters if p.maximum is not None and p.name in ("temperature",)]
    assert limit is not None and bounded and limit.argument.startswith(f"{bounded[0].python_name}=")


def test_the_index_example_is_the_first_model_taking_messages(minimal_spec: Path) -> None:
    spec, _, docs = _views(minimal_spec)
    assert docs.example.id == next(m.id for m in spec.models if m.parameter("messages") is not None)


def test_renamed_clashes_come_from_the_catalogue() -> None:
    spec = _load(ROOT / "spec")
    sdk = build_sdk_view(spec, [], [])
    expected = [
        (p.name, p.python_name) for p in spec.api.main_endpoint.catalogue if p.aliased and p.name == "extra_body"
    ]
    assert [(field.wire_name, field.python_name) for field in sdk.primary.renamed_clashes] == expected


def test_matrix_cells_are_marked_inferred_exactly_where_the_parameter_is(minimal_spec: Path) -> None:
    spec, _, docs = _views(minimal_spec)
    seen = 0
    for row in docs.matrix:
        for model, cell in zip(spec.models, row.cells, strict=True):
            parameter = model.parameter(row.name)
            assert (cell is None) == (parameter is None)
            if cell is not None and parameter is not None:
                assert cell.inferred is parameter.inferred
                seen += parameter.inferred
    assert seen, "the fixture's child inherits parameters"


def test_model_rows_count_parameters_and_inferred_ones() -> None:
    spec, _, docs = _views(ROOT / "spec")
    for model, row in zip(spec.models, docs.models, strict=True):
        assert row.id == model.id and row.parameters.startswith(str(len(model.parameters)))
        inferred = sum(p.inferred for p in model.parameters)
        assert (f"({inferred} inferred)" in row.parameters) is (model.inherits is not None)
        assert row.sources_noun == ("pages" if len(model.sources) > 1 else "page")


def test_overload_return_types_follow_the_stream_argument_and_the_response_form() -> None:
    spec = _load(ROOT / "spec")
    sdk = build_sdk_view(spec, [], [])
    response, chunk = sdk.primary.response_type, sdk.primary.chunk_type
    resource = build_method(sdk.primary)
    expected = {
        (resource.parsed, StreamArgument.TRUE): f"AsyncStream[{chunk}]",
        (resource.parsed, StreamArgument.FALSE): response,
        (resource.parsed, StreamArgument.EITHER): f"{response} | AsyncStream[{chunk}]",
        (resource.raw, StreamArgument.TRUE): f"APIResponse[AsyncStream[{chunk}]]",
        (resource.unread, StreamArgument.TRUE): f"AsyncResponseContextManager[AsyncAPIResponse[AsyncStream[{chunk}]]]",
    }
    for (method, stream), returns in expected.items():
        matching = [item for item in method.overloads if item.arguments == (stream.value,)]
        streaming = sum(model.streams for model in sdk.primary.models)
        assert len(matching) == streaming + 1, "one per streaming model, one for `model: str`"
        assert {item.returns for item in matching} == {returns}
    assert [method.form for method in (resource.parsed, resource.raw, resource.unread)] == list(ResponseForm)
    assert resource.parsed.is_coroutine and resource.raw.is_coroutine and not resource.unread.is_coroutine
    assert (resource.parsed.response_keyword, resource.unread.response_keyword) == (None, "unread")


def test_models_without_stream_get_one_overload_each(minimal_spec: Path) -> None:
    _, sdk, _ = _views(minimal_spec)
    assert not sdk.primary.streams
    overloads = build_method(sdk.primary).parsed.overloads
    assert [item.model_type for item in overloads] == [*(f'Literal["{m.id}"]' for m in sdk.primary.models), "str"]
    assert all(not item.arguments and item.returns == sdk.primary.response_type for item in overloads)
    assert StreamArgument.OMITTED.value is None


def test_listed_arguments_leave_out_required_ones_and_put_stream_last() -> None:
    _, sdk, _ = _views(ROOT / "spec")
    for model in sdk.primary.models:
        listed = model.listed_arguments
        assert [name for name, _ in listed if name != "stream"] == [
            p.python_name for p in model.unpacked_parameters if not p.required
        ]
        assert (listed[-1] == ("stream", False)) is model.streams


def _param(name: str, kinds: tuple[str, ...], **rule: object) -> ModelParameterView:
    """A `ModelParameterView` of `name` with `kinds` and the rule fields in `rule` (the rest: none)."""
    fields: dict[str, Any] = {"item_kinds": (), "nullable": False, "minimum": None, "maximum": None, "enum": None}
    fields |= {"min_items": None, "required": False, **rule}
    return ModelParameterView(name, name, "object", "", inferred=False, kinds=kinds, **fields)


def test_a_shared_rule_keeps_only_what_every_taker_agrees_on() -> None:
    narrow = _param("x", ("integer",), minimum=1, maximum=8, enum=(1, 2))
    wide = _param("x", ("number", "integer"), nullable=True, minimum=0)
    rule = shared_rule([narrow, wide], every_model=True)
    assert (rule.kinds, rule.nullable) == (("integer", "number"), True)
    assert (rule.minimum, rule.maximum, rule.enum) == (None, None, None)
    listed = _param("m", ("array",), item_kinds=("object",), min_items=2, required=True)
    other = _param("m", ("array",), item_kinds=("string",), min_items=1, required=True)
    both = shared_rule([listed, other], every_model=True)
    assert (both.item_kinds, both.min_items, both.required) == (("object", "string"), 1, True)
    some = shared_rule([listed], every_model=False)
    assert (some.item_kinds, some.min_items, some.required) == (("object",), None, False)
    unconstrained = _param("m", ("array",), required=True)
    loose = shared_rule([listed, unconstrained], every_model=True)
    assert (loose.item_kinds, loose.min_items, loose.required) == ((), None, True)


def test_the_any_model_table_and_kwargs_follow_which_models_take_what() -> None:
    spec, sdk, _ = _views(ROOT / "spec")
    taken = [{p.python_name for p in model.parameters} for model in spec.models]
    assert [rule.python_name for rule in sdk.primary.any_model_rules] == list(
        dict.fromkeys(p.python_name for model in spec.models for p in model.parameters)
    )
    assert {arg.python_name for arg in sdk.primary.any_model_parameters} == set.intersection(*taken) - {"stream"}


def test_the_request_typeddicts_the_docs_name_are_those_the_type_generator_produced() -> None:
    types = ROOT / "generated" / "python" / "src" / "evolink" / "types"
    produced = defined_names((types / "_request_params.py").read_text(encoding="utf-8"))
    sdk = build_sdk_view(_load(ROOT / "spec"), [], produced)
    assert sdk.argument_types, "the spec's messages refer to a schema"
    create_params = (types / "_create_params.py").read_text(encoding="utf-8")
    index = (ROOT / "generated" / "docs" / "index.md").read_text(encoding="utf-8")
    for argument, name in sdk.argument_types:
        assert name in produced and f"`{argument}`: `{name}`" in index
        assert re.search(rf"^    {argument}: .*\b{name}\b", create_params, re.MULTILINE), (argument, name)
    assert not build_sdk_view(_load(ROOT / "spec"), [], []).argument_types, "only names the generator produced"


def test_an_example_value_is_one_the_model_accepts() -> None:
    number = Parameter("t", "t", "", {"type": "number"}, minimum=0.1, maximum=0.5, default=1, example=0.7)
    assert valid_value(number) == 0.1, "past the example and the default: the minimum"
    assert valid_value(replace(number, default=0.3)) == 0.3
    assert valid_value(replace(number, example=0.4)) == 0.4
    effort = Parameter("e", "e", "", {"type": "string"}, enum=("low", "high"), example="medium")
    assert valid_value(effort) == "low"
    assert valid_value(Parameter("x", "x", "", {"type": "object"})) is None
