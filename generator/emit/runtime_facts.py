"""The SDK runtime's retry, timeout, pool and error settings, read from its source for the docs to print.

The docs state numbers the runtime decides (2 retries, 0.5 s x 2^n backoff, 600 s timeout, which
statuses are retried). They are read here from the hand-written runtime under
`templates/python/runtime/` with `ast`, never by importing the SDK, so the data still flows one
way (templates -> outputs) and a changed constant changes every page that quotes it. Each constant
must be a literal (a `frozenset({...})` of literals counts; so does a dict of literals to class names).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

from generator.errors import TemplateError

RUNTIME = Path("python/runtime")
"""The hand-written runtime core, relative to the templates folder."""


class RuntimeFactsError(TemplateError, ValueError):
    """A constant the docs quote is missing from the runtime source or is not a literal (a bug in templates/)."""


@dataclass(frozen=True)
class ExceptionClass:
    """One exception class of the runtime's `_exceptions.py`, as its source defines it."""

    name: str
    bases: tuple[str, ...]
    attributes: tuple[str, ...]
    """The attributes the class itself declares or sets on `self` (not those of its bases), in source order."""


@dataclass(frozen=True)
class RuntimeFacts:
    """What the SDK runtime does about retries, timeouts, its connection pool and error statuses."""

    max_retries: int
    initial_delay: float
    max_delay: float
    jitter: float
    max_server_delay: float
    timeout: float
    connect_timeout: float
    retry_statuses: tuple[int, ...]
    max_connections: int
    max_keepalive_connections: int
    status_errors: tuple[tuple[int, str], ...]
    """(status, exception class name), sorted; statuses >= 500 are `server_error`, any other `status_error`."""
    exceptions: tuple[ExceptionClass, ...]
    """Every class of `_exceptions.py`, in source order (the SDK's exception tree)."""
    server_error: str = "InternalServerError"
    status_error: str = "APIStatusError"


def read_runtime_facts(templates: Path) -> RuntimeFacts:
    """The facts from `templates`' copy of the runtime (`_retries.py`, `_config.py`, `_exceptions.py`)."""
    retries = _Module(templates / RUNTIME / "_retries.py")
    config = _Module(templates / RUNTIME / "_config.py")
    exceptions = _Module(templates / RUNTIME / "_exceptions.py")
    return RuntimeFacts(
        max_retries=config.integer("DEFAULT_MAX_RETRIES"),
        initial_delay=retries.number("INITIAL_DELAY"),
        max_delay=retries.number("MAX_DELAY"),
        jitter=retries.number("JITTER"),
        max_server_delay=retries.number("MAX_SERVER_DELAY"),
        timeout=config.number("DEFAULT_TIMEOUT_SECONDS"),
        connect_timeout=config.number("DEFAULT_CONNECT_TIMEOUT_SECONDS"),
        retry_statuses=tuple(sorted(retries.statuses("_RETRY_STATUSES"))),
        max_connections=config.integer("DEFAULT_MAX_CONNECTIONS"),
        max_keepalive_connections=config.integer("DEFAULT_MAX_KEEPALIVE_CONNECTIONS"),
        status_errors=tuple(sorted(exceptions.status_classes("_STATUS_ERRORS").items())),
        exceptions=exceptions.classes(),
    )


class _Module:
    """The module-level constants of one runtime file, as expressions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        except SyntaxError as exc:
            raise RuntimeFactsError(f"{path}:{exc.lineno}: {exc.msg}") from exc
        self.constants: dict[str, ast.expr] = {}
        self.class_nodes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
        for node in tree.body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
                self.constants[node.target.id] = node.value
            elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                self.constants[node.targets[0].id] = node.value

    def number(self, name: str) -> float:
        """The int or float literal assigned to `name`."""
        value = self._literal(name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._error(name, "is not a number literal")
        return value

    def integer(self, name: str) -> int:
        """The int literal assigned to `name`."""
        value = self._literal(name)
        if type(value) is not int:
            raise self._error(name, "is not an int literal")
        return value

    def statuses(self, name: str) -> frozenset[int]:
        """The set of ints assigned to `name` as `frozenset({...})`, a set, tuple or list literal."""
        node = self._node(name)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "frozenset":
            node = node.args[0] if len(node.args) == 1 and not node.keywords else node
        try:
            value = ast.literal_eval(node)
        except (ValueError, TypeError):
            raise self._error(name, "is not a literal set of statuses") from None
        if not isinstance(value, set | tuple | list) or not all(type(item) is int for item in value):
            raise self._error(name, "is not a literal set of statuses")
        return frozenset(value)

    def status_classes(self, name: str) -> dict[int, str]:
        """`{status: ExceptionClass, ...}` assigned to `name`, as status -> class name."""
        node = self._node(name)
        if not isinstance(node, ast.Dict):
            raise self._error(name, "is not a dict literal")
        found: dict[int, str] = {}
        for key, value in zip(node.keys, node.values, strict=True):
            if not (isinstance(key, ast.Constant) and type(key.value) is int and isinstance(value, ast.Name)):
                raise self._error(name, "maps something other than a status to a class name")
            found[key.value] = value.id
        return found

    def classes(self) -> tuple[ExceptionClass, ...]:
        """The module's classes: name, base names and own attributes, in source order."""
        return tuple(
            ExceptionClass(node.name, tuple(ast.unparse(base) for base in node.bases), _own_attributes(node))
            for node in self.class_nodes
        )

    def _literal(self, name: str) -> object:
        node = self._node(name)
        try:
            return ast.literal_eval(node)
        except (ValueError, TypeError):
            raise self._error(name, "is not a literal") from None

    def _node(self, name: str) -> ast.expr:
        if name not in self.constants:
            raise RuntimeFactsError(f"{self.path}: no module-level constant {name}, which the docs quote")
        return self.constants[name]

    def _error(self, name: str, problem: str) -> RuntimeFactsError:
        return RuntimeFactsError(f"{self.path}:{self.constants[name].lineno}: {name} {problem}, which the docs need")


def _own_attributes(node: ast.ClassDef) -> tuple[str, ...]:
    """Names annotated in the class body or assigned to `self.<name>` in its methods, once, in source order."""
    names = [
        item.target.id for item in node.body if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
    ]
    for item in ast.walk(node):
        targets = (
            item.targets if isinstance(item, ast.Assign) else [item.target] if isinstance(item, ast.AnnAssign) else []
        )
        names += [t.attr for t in targets if isinstance(t, ast.Attribute) and ast.unparse(t.value) == "self"]
    return tuple(dict.fromkeys(names))
