"""generator.load.merge: a model's override laid over the catalogue entry, key by key, and where each value is from."""

from __future__ import annotations

import textwrap

import pytest

from generator.load.endpoint_docs import LEGACY_ENDPOINT, EndpointDoc, VariantDoc, endpoint_docs, variant_docs
from generator.load.merge import MergedParameter, effective_parameters, own_parameters
from generator.load.yaml_source import Document, parse_document

API = """\
parameters:
  temperature:
    description: How random.
    schema: {type: number}
    minimum: 0
    maximum: 2
    default: 1
  top_p:
    description: Nucleus sampling.
    schema: {type: number}
  seed:
    description: Repeatable sampling.
    schema: {type: integer}
"""


def document(text: str, name: str) -> Document:
    """`text` parsed as the spec file `name`; the test fails if it is not valid YAML."""
    parsed, errors = parse_document(textwrap.dedent(text), name)
    assert parsed is not None, errors
    return parsed


def catalogue(text: str = API) -> EndpointDoc:
    """An endpoint whose catalogue is `text`'s `parameters` (where the spec format before endpoints had it)."""
    return EndpointDoc(document(text, "spec/api.yaml"), "e", "", "/parameters")


def variant(text: str, name: str = "spec/models/m.yaml") -> VariantDoc:
    """A model's variant of that endpoint, written at the top of its file (as before endpoints)."""
    return VariantDoc(document(text, name), "e", "")


def own(model: str) -> dict[str, MergedParameter]:
    """The own parameters of a model file whose text is `model`, over the catalogue `API`."""
    return own_parameters(catalogue(), variant(model))


def test_an_empty_override_keeps_the_catalogue_entry_and_its_locations() -> None:
    merged = own("id: m\nparameters:\n  temperature:\n")["temperature"]
    assert merged.fields == {"description": "How random.", "schema": {"type": "number"}, "minimum": 0, "maximum": 2,
                             "default": 1}  # fmt: skip
    assert {key: (o.document.file, o.line) for key, o in merged.origins.items()} == {
        "description": ("spec/api.yaml", 3),
        "schema": ("spec/api.yaml", 4),
        "minimum": ("spec/api.yaml", 5),
        "maximum": ("spec/api.yaml", 6),
        "default": ("spec/api.yaml", 7),
    }
    assert merged.overridden == set() and not merged.inferred and merged.inherited_from is None
    assert (merged.entry.document.file, merged.entry.pointer, merged.entry.line) == (
        "spec/models/m.yaml",
        "/parameters/temperature",
        3,
    )


def test_a_replaced_key_takes_the_models_value_and_points_at_the_model() -> None:
    merged = own("id: m\nparameters:\n  temperature:\n    maximum: 1.5\n")["temperature"]
    assert merged.fields["maximum"] == 1.5 and merged.overridden == {"maximum"}
    assert (merged.origins["maximum"].document.file, merged.origins["maximum"].line) == ("spec/models/m.yaml", 4)
    assert merged.origins["minimum"].document.file == "spec/api.yaml"


def test_an_added_key_is_merged_in_with_the_models_location() -> None:
    merged = own("id: m\nparameters:\n  top_p:\n    example: 0.9\n    enum: [0.5, 0.9]\n")["top_p"]
    assert merged.fields == {"description": "Nucleus sampling.", "schema": {"type": "number"}, "example": 0.9,
                             "enum": [0.5, 0.9]}  # fmt: skip
    assert merged.origins["enum"].line == 5 and merged.origins["enum"].pointer == "/parameters/top_p/enum"
    assert merged.overridden == {"example", "enum"}


def test_a_key_set_to_null_is_removed_as_in_a_json_merge_patch() -> None:
    merged = own("id: m\nparameters:\n  temperature:\n    default: null\n    maximum: ~\n")["temperature"]
    assert "default" not in merged.fields and "maximum" not in merged.fields
    assert "default" not in merged.origins and "maximum" not in merged.origins
    assert merged.overridden == {"default", "maximum"}


def test_a_nested_value_is_replaced_whole_not_merged() -> None:
    merged = own("id: m\nparameters:\n  seed:\n    schema: {type: integer, format: int64}\n")["seed"]
    assert merged.fields["schema"] == {"type": "integer", "format": "int64"}


def test_names_missing_from_the_catalogue_are_left_to_the_checks_and_order_is_the_files() -> None:
    merged = own("id: m\nparameters:\n  seed:\n  tempurature: {maximum: 1}\n  temperature:\n")
    assert list(merged) == ["seed", "temperature"]


@pytest.mark.parametrize("parameters", ["", "parameters:\n", "parameters: {}\n"])
def test_a_model_without_parameters_has_none(parameters: str) -> None:
    assert own("id: m\n" + parameters) == {}


def test_inherited_parameters_are_inferred_from_the_nearest_documenting_ancestor() -> None:
    api = catalogue()
    models = {
        "grand": variant("id: grand\nparameters:\n  seed:\n    maximum: 9\n", "spec/models/grand.yaml"),
        "parent": variant(
            "id: parent\ninherit: grand\nparameters:\n  temperature:\n    maximum: 1\n", "spec/models/parent.yaml"
        ),
        "child": variant(
            "id: child\ninherit: parent\nparameters:\n  temperature:\n    maximum: 0.5\n", "spec/models/child.yaml"
        ),
    }
    merged = effective_parameters(api, models, "child")
    assert list(merged) == ["temperature", "seed"], "in the catalogue's order"
    own_temperature, seed = merged["temperature"], merged["seed"]
    assert own_temperature.fields["maximum"] == 0.5 and not own_temperature.inferred
    assert own_temperature.origins["maximum"].document.file == "spec/models/child.yaml"
    assert seed.inferred and seed.inherited_from == "grand" and seed.fields["maximum"] == 9
    assert (seed.origins["maximum"].document.file, seed.origins["maximum"].line) == ("spec/models/grand.yaml", 4)
    assert seed.overridden == set()
    assert effective_parameters(api, models, "parent")["seed"].inherited_from == "grand"


def test_a_location_below_a_missing_pointer_falls_back_to_its_nearest_ancestor() -> None:
    merged = own("id: m\nparameters:\n  temperature: {maximum: 1}\n")["temperature"]
    assert merged.origins["maximum"].line == 3
    assert merged.entry.document.line_of("/parameters/temperature/nothing/here") == 3


def test_an_endpoints_catalogue_and_a_models_variant_are_read_where_the_files_write_them() -> None:
    api = document("endpoints:\n  chat:\n    method: post\n" + textwrap.indent(API, "    "), "spec/api.yaml")
    model = document("id: m\nendpoints:\n  chat:\n    parameters:\n      temperature: {maximum: 1}\n", "m.yaml")
    (endpoint,), (model_variant,) = endpoint_docs(api), variant_docs(model)
    assert (endpoint.name, endpoint.catalogue_pointer, model_variant.endpoint) == (
        "chat",
        "/endpoints/chat/parameters",
        "chat",
    )
    merged = own_parameters(endpoint, model_variant)["temperature"]
    assert (merged.origins["maximum"].pointer, merged.origins["maximum"].line) == (
        "/endpoints/chat/parameters/temperature/maximum",
        5,
    )
    assert (merged.origins["minimum"].pointer, merged.origins["minimum"].line) == (
        "/endpoints/chat/parameters/temperature/minimum",
        8,
    )


def test_a_spec_from_before_endpoints_is_read_as_one_endpoint() -> None:
    legacy_api = document("endpoint:\n  method: post\n" + API, "spec/api.yaml")
    (endpoint,) = endpoint_docs(legacy_api)
    assert (endpoint.name, endpoint.pointer, endpoint.catalogue_pointer) == (
        LEGACY_ENDPOINT,
        "/endpoint",
        "/parameters",
    )
    (legacy_variant,) = variant_docs(document("id: m\nparameters:\n  seed:\n", "m.yaml"))
    assert (legacy_variant.endpoint, legacy_variant.pointer, legacy_variant.at("parameters")) == (
        LEGACY_ENDPOINT,
        "",
        "/parameters",
    )
    assert list(own_parameters(endpoint, legacy_variant)) == ["seed"]
