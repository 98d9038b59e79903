"""The generator's modules import only downwards through its layers (tests/support/layers.LAYERS), in no cycle."""

from __future__ import annotations

from tests.support.layers import LAYERS, cycles, imports, sources, unit, violations
from tests.support.paths import ROOT


def test_every_import_goes_down_the_layers() -> None:
    assert violations(imports(sources(ROOT))) == []


def test_no_module_imports_itself_through_others() -> None:
    assert cycles(imports(sources(ROOT))) == []


def test_an_upward_import_and_a_cycle_are_found() -> None:
    modules = sources(ROOT)
    modules["generator.load.upward"] = "from generator.emit.render import render_all\n"
    modules["generator.diff.sideways"] = "def f() -> None:\n    from generator.emit import sdk_view\n"
    modules["generator.json_values"] += "\nfrom generator.ir import Spec\n"  # ir imports json_values
    found = violations(imports(modules))
    assert any(v.startswith("generator.load.upward imports generator.emit.render") for v in found)
    assert any(v.startswith("generator.diff.sideways imports generator.emit.sdk_view") for v in found)
    assert ["generator.ir", "generator.json_values"] in cycles(imports(modules))


def test_a_new_unit_must_be_placed_in_a_layer() -> None:
    modules = {**sources(ROOT), "generator.newstage": "import generator.ir\n"}
    assert violations(imports(modules)) == ["newstage (generator.newstage) is in no layer"]


def test_the_package_map_shows_the_layers() -> None:
    documented = (ROOT / "generator" / "__init__.py").read_text(encoding="utf-8")
    for units in LAYERS[1:]:
        for name in units - {"__main__"}:
            assert name in documented, name
    assert all(unit(module) in documented for module in sources(ROOT) if unit(module) != "__main__")
