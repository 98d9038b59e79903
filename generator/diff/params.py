"""One request parameter of one model, before and after: every way a caller can notice the change."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from generator.diff.change import Change, Site, describe_value
from generator.diff.kinds import Severity
from generator.diff.shapes import first_difference, schema_types, shape, types_text
from generator.diff.values import only_in, plain, same, texts
from generator.model import JSON, Parameter

Schemas = Mapping[str, JSON]


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
    if same(before, after):
        return []
    old_types, new_types = schema_types(old.schema), schema_types(new.schema)
    if old_types and new_types and old_types != new_types:
        what = f"type changed from {types_text(old_types)} to {types_text(new_types)}"
    else:
        what = f"value shape changed at {first_difference(plain(before), plain(after))}"
    return [site.change("param-type-changed", "schema", plain(old.schema), plain(new.schema), site.label(what))]


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
    before = None if old.enum is None else list(old.enum)
    after = None if new.enum is None else list(new.enum)
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
