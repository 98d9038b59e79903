"""One request parameter of one model, before and after: every way a caller can notice the change.

The parameter's schema (its shape, without the range and enum a model may override) is compared
by `direction`: accepting more values is info, fewer breaking, neither provable breaking. Range
and enum have kinds of their own (`min-*`, `max-*`, `enum-value-*`); null is left out of the enum
comparison when the type decides it, so a parameter that becomes nullable is reported once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from generator.diff.change import Change, Site, describe_value
from generator.diff.direction import Direction, describe, direction
from generator.diff.kinds import Severity
from generator.diff.shapes import first_difference, schema_types, shape
from generator.diff.values import only_in, plain, same, texts
from generator.ir import JSON, Parameter

Schemas = Mapping[str, JSON]

TYPE_KINDS: dict[Direction, str] = {
    "widened": "param-type-widened",
    "narrowed": "param-type-narrowed",
    "changed": "param-type-changed",
}
"""How the values a parameter's schema accepts changed -> the kind (fewer values break callers)."""


def summary(parameter: Parameter) -> dict[str, JSON]:
    """The facts about a parameter a caller codes against (a change's `old` / `new`)."""
    return {
        "python_name": parameter.python_name,
        "schema": plain(parameter.schema),
        "required": parameter.required,
        "minimum": parameter.minimum,
        "maximum": parameter.maximum,
        "enum": None if parameter.enum is None else list(parameter.enum),
        "default": parameter.default,
        "inferred": parameter.inferred,
    }


def added(site: Site, parameter: Parameter) -> Change:
    """A parameter the model accepts now: breaking only if callers must now send it."""
    how = "required" if parameter.required else "optional"
    origin = f", inferred from {parameter.inherited_from}" if parameter.inferred else ""
    severity: Severity | None = "breaking" if parameter.required else None
    message = f"{parameter.name} added ({how}{origin})"
    return site.change("param-added", "", None, summary(parameter), message, severity=severity)


def removed(site: Site, parameter: Parameter) -> Change:
    """A parameter the model no longer documents: the SDK rejects it (extra_body still sends it)."""
    message = f"{parameter.name} removed (still sendable, untyped, through extra_body)"
    return site.change("param-removed", "", summary(parameter), None, message)


def compare_parameter(site: Site, old: Parameter, new: Parameter, schemas: tuple[Schemas, Schemas]) -> list[Change]:
    """Alias, shape, required, enum, range, default, provenance and prose of one parameter."""
    checks: list[Callable[[Site, Parameter, Parameter], list[Change]]] = [
        _alias,
        _required,
        _enum,
        _minimum,
        _maximum,
        _default,
        _inferred,
        _prose,
    ]
    changes = _shape(site, old, new, schemas)
    for check in checks:
        changes += check(site, old, new)
    return changes


def _shape(site: Site, old: Parameter, new: Parameter, schemas: tuple[Schemas, Schemas]) -> list[Change]:
    before, after = shape(old.schema, schemas[0]), shape(new.schema, schemas[1])
    way: Direction = "same" if same(before, after) else direction(before, after)
    if way == "same":
        return []
    pointer = first_difference(plain(before), plain(after))
    what = describe(way, schema_types(old.schema), schema_types(new.schema), pointer)
    return [site.change(TYPE_KINDS[way], "schema", plain(old.schema), plain(new.schema), site.label(what))]


def _alias(site: Site, old: Parameter, new: Parameter) -> list[Change]:
    if old.python_name == new.python_name:
        return []
    what = f"Python argument renamed from {old.python_name} to {new.python_name}"
    return [site.change("param-alias-changed", "python_name", old.python_name, new.python_name, site.label(what))]


def _required(site: Site, old: Parameter, new: Parameter) -> list[Change]:
    if old.required == new.required:
        return []
    kind = "param-required-added" if new.required else "param-required-removed"
    what = "now required" if new.required else "no longer required"
    return [site.change(kind, "required", old.required, new.required, site.label(what))]


def _enum(site: Site, old: Parameter, new: Parameter) -> list[Change]:
    before, after = _enum_values(old), _enum_values(new)
    if before is None or after is None:
        if before is after:
            return []
        if after is not None:
            what = f"now limited to {texts(after)}"
            return [site.change("enum-value-removed", "enum", None, after, site.label(what))]
        what = f"no longer limited to {texts(before or [])}"
        return [site.change("enum-value-added", "enum", before, None, site.label(what))]
    changes: list[Change] = []
    if values := only_in(after, before):
        what = f"value{'s' if len(values) > 1 else ''} {texts(values)} added"
        changes.append(site.change("enum-value-added", "enum", before, after, site.label(what)))
    if values := only_in(before, after):
        what = f"value{'s' if len(values) > 1 else ''} {texts(values)} removed"
        changes.append(site.change("enum-value-removed", "enum", before, after, site.label(what)))
    return changes


def _enum_values(parameter: Parameter) -> list[JSON] | None:
    """The enum as compared. A typed parameter takes null by its type alone, and `_shape` reports that."""
    if parameter.enum is None:
        return None
    return [value for value in parameter.enum if value is not None or not parameter.json_types]


def _minimum(site: Site, old: Parameter, new: Parameter) -> list[Change]:
    low, high = old.minimum, new.minimum
    if low == high:
        return []
    if low is None or (high is not None and high > low):
        what = f"minimum {describe_value(high)} added" if low is None else f"minimum raised from {low} to {high}"
        return [site.change("min-increased", "minimum", low, high, site.label(what))]
    what = f"minimum {low} removed" if high is None else f"minimum lowered from {low} to {high}"
    return [site.change("min-decreased", "minimum", low, high, site.label(what))]


def _maximum(site: Site, old: Parameter, new: Parameter) -> list[Change]:
    high, low = old.maximum, new.maximum
    if high == low:
        return []
    if high is None or (low is not None and low < high):
        what = f"maximum {describe_value(low)} added" if high is None else f"maximum lowered from {high} to {low}"
        return [site.change("max-decreased", "maximum", high, low, site.label(what))]
    what = f"maximum {high} removed" if low is None else f"maximum raised from {high} to {low}"
    return [site.change("max-increased", "maximum", high, low, site.label(what))]


def _default(site: Site, old: Parameter, new: Parameter) -> list[Change]:
    if same(old.default, new.default):
        return []
    what = f"default changed from {describe_value(old.default)} to {describe_value(new.default)}"
    return [site.change("default-changed", "default", old.default, new.default, site.label(what))]


def _inferred(site: Site, old: Parameter, new: Parameter) -> list[Change]:
    if old.inferred == new.inferred and old.inherited_from == new.inherited_from:
        return []
    before = {"inferred": old.inferred, "inherited_from": old.inherited_from}
    after = {"inferred": new.inferred, "inherited_from": new.inherited_from}
    if not new.inferred:
        what = f"now documented by the model's page (was inferred from {old.inherited_from})"
    elif not old.inferred:
        what = f"now inferred from {new.inherited_from} (was documented by the model's page)"
    else:
        what = f"now inferred from {new.inherited_from} (was inferred from {old.inherited_from})"
    return [site.change("param-inferred-changed", "inferred", before, after, site.label(what))]


def _prose(site: Site, old: Parameter, new: Parameter) -> list[Change]:
    changes: list[Change] = []
    if old.description != new.description:
        what = site.label("description changed")
        changes.append(site.change("description-changed", "description", old.description, new.description, what))
    if not same(old.example, new.example):
        what = site.label("example changed")
        changes.append(site.change("description-changed", "example", old.example, new.example, what))
    return changes
