"""The SDK's exception tree as the package docstring and the docs draw it, derived from the runtime's classes.

One source: `templates/python/runtime/_exceptions.py` defines the classes; `runtime_facts` reads their names,
bases and attributes with `ast`, and the statuses from its status map. Nothing here names an exception.
"""

from __future__ import annotations

from generator.emit.runtime_facts import ExceptionClass, RuntimeFacts

_TEE, _ELBOW, _PIPE, _GAP = "├── ", "└── ", "│   ", "    "


def exception_tree(facts: RuntimeFacts) -> tuple[str, ...]:
    """The tree's lines: each class under its base, labelled with other bases and its status, its own
    attributes in a column: `├── RateLimitError  429`, `└── APIError  .message .request .body`."""
    known = {cls.name for cls in facts.exceptions}
    roots = [cls for cls in facts.exceptions if not known & set(cls.bases)]
    rows = [row for root in roots for row in _rows(root, facts, "", "")]
    width = max(len(label) for label, _ in rows)
    return tuple(f"{label:<{width}}  {note}".rstrip() for label, note in rows)


def _rows(cls: ExceptionClass, facts: RuntimeFacts, lead: str, indent: str) -> list[tuple[str, str]]:
    """(drawn label, note) of `cls` and everything under it; `lead` is its own prefix, `indent` its children's."""
    known = {other.name for other in facts.exceptions}
    others = [base for base in cls.bases if base not in known and base != "Exception"]
    label = lead + cls.name + (f" (also a {', '.join(others)})" if others else "")
    rows = [(label, _note(cls, facts))]
    children = [other for other in facts.exceptions if cls.name in other.bases]
    for index, child in enumerate(children):
        last = index == len(children) - 1
        rows += _rows(child, facts, indent + (_ELBOW if last else _TEE), indent + (_GAP if last else _PIPE))
    return rows


def _note(cls: ExceptionClass, facts: RuntimeFacts) -> str:
    """The status a class stands for (`429`, `>= 500`), else its own attributes (`.status_code .response`)."""
    statuses = [str(status) for status, name in facts.status_errors if name == cls.name]
    statuses += [">= 500"] if cls.name == facts.server_error else []
    return ", ".join(statuses) or " ".join(f".{name}" for name in cls.attributes)
