"""The resolved spec keeps a catalogue entry and a model's parameter apart: only the latter has a lineage."""

from __future__ import annotations

import dataclasses

from generator.ir import BodyParameter, CatalogueEntry, Parameter
from generator.load.loader import load_spec
from tests.support.paths import ROOT


def test_catalogue_entries_have_no_lineage_and_model_parameters_do() -> None:
    result = load_spec(ROOT / "spec")
    assert result.spec is not None, result.errors
    spec = result.spec
    shared = {f.name for f in dataclasses.fields(BodyParameter)}
    assert {f.name for f in dataclasses.fields(CatalogueEntry)} == shared
    assert {f.name for f in dataclasses.fields(Parameter)} - shared == {"inferred", "inherited_from"}
    assert spec.api.main_endpoint.catalogue and all(
        type(entry) is CatalogueEntry for entry in spec.api.main_endpoint.catalogue
    )
    parameters = [p for model in spec.models for p in model.parameters]
    assert parameters and all(type(p) is Parameter for p in parameters)
    assert all((p.inherited_from is not None) is p.inferred for p in parameters)
    assert {p.name for p in parameters} <= {entry.name for entry in spec.api.main_endpoint.catalogue}
