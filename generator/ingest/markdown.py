"""The vendor's Markdown source of a page (`.../openai-sdk-reference.md`) -> `IngestedPage`.

Such a page is prose, then a fence ```` ```yaml <source>.json POST /v1/chat/completions ```` holding
a whole OpenAPI 3.1 document. The document is read as OpenAPI, not as text: local `$ref`s are
resolved (with a guard against cycles), `allOf` parts are merged, and the POST operation's
`application/json` request schema gives the parameters; a one-value `enum` (or `const`) on `model`
names the model, the first server is the page's server.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import yaml

from generator.diff.shapes import json_type_of
from generator.ingest.page import CutShort, IngestedPage, PageError, PageParameter, PageWarning, ResponseField
from generator.ingest.response_sample import schema_fields
from generator.ingest.restrictions import find_restrictions
from generator.ingest.values import JSON_TYPES

_FENCE = re.compile(r"^(?P<ticks>`{3,})\s*ya?ml\b(?P<info>.*)$")
_OPERATION = re.compile(r"\b(?P<method>get|post|put|patch|delete)\s+(?P<path>/\S*)", re.IGNORECASE)
_MAX_REFS = 64
_MAX_DEPTH = 8
"""How deep nested `properties` are read (`generationConfig.thinkingConfig.thinkingBudget` is depth 2)."""
_MAX_DROPPED = 400
"""How many trailing lines of an unclosed fence are dropped, at most, looking for a head that parses."""


@dataclass(frozen=True)
class Fence:
    """A ```yaml fence: the 1-based line of its opening, its body, and the operation its info names."""

    line: int
    body: str
    closed: bool
    operation: tuple[str, str] | None


def find_fence(text: str) -> Fence | None:
    """The fence holding the OpenAPI document: one naming an operation, else one starting `openapi:`."""
    lines = text.splitlines()
    fences: list[Fence] = []
    for index, line in enumerate(lines):
        match = _FENCE.match(line.strip())
        if not match:
            continue
        ticks = match.group("ticks")
        end = next((i for i in range(index + 1, len(lines)) if lines[i].strip() == ticks), None)
        body = "\n".join(lines[index + 1 : end if end is not None else len(lines)])
        operation = _OPERATION.search(match.group("info"))
        named = (operation.group("method").upper(), operation.group("path")) if operation else None
        fences.append(Fence(index + 1, body, end is not None, named))
    named_fences = [fence for fence in fences if fence.operation is not None]
    openapi = [fence for fence in fences if fence.body.lstrip().startswith("openapi:")]
    candidates = named_fences or openapi
    return candidates[0] if candidates else None


def read_markdown(
    text: str, page: str, known: Collection[str] = (), fence: Fence | None = None
) -> IngestedPage | PageError:
    """Everything the page's OpenAPI document states about its POST operation's request body.

    `fence` is the page's OpenAPI fence when the caller found it already. A fence that is never closed is a
    page cut short: the document is read up to the last line that still
    parses, and the result says where it was cut.
    """
    fence = fence or find_fence(text)
    if fence is None:
        return PageError(page, None, "no ```yaml fence with an OpenAPI document")
    document = _load(fence) if fence.closed else _load_cut(fence)
    if isinstance(document, str):
        return PageError(page, fence.line, document)
    if isinstance(document, yaml.YAMLError):
        mark = getattr(document, "problem_mark", None)
        line = fence.line + 1 + mark.line if mark is not None else fence.line
        return PageError(
            page, line, f"the OpenAPI document is not valid YAML: {getattr(document, 'problem', document)}"
        )
    if not isinstance(document, dict) or not str(document.get("openapi", "")).startswith("3."):
        if not fence.closed:
            return PageError(page, fence.line, "the page is cut short inside the ```yaml fence opened here")
        return PageError(page, fence.line, "the fence does not hold an OpenAPI 3 document (no `openapi: 3.x`)")
    prose = _prose(text.splitlines()[: fence.line - 1])
    return _Reader(document, fence, page).read(prose, known)


def _load(fence: Fence) -> object:
    try:
        return yaml.safe_load(fence.body)
    except yaml.YAMLError as exc:
        return exc


def _load_cut(fence: Fence) -> object:
    """The longest head of an unclosed fence's body that parses (a page cut short ends mid-document)."""
    lines = fence.body.splitlines()
    for end in range(len(lines), max(0, len(lines) - _MAX_DROPPED) - 1, -1):
        head = lines[:end]
        try:
            document = yaml.safe_load("\n".join(head))
        except yaml.YAMLError:
            continue
        if isinstance(document, dict):
            return document
    return "the ```yaml fence opened here is never closed and what it holds does not parse (a truncated page?)"


def _prose(lines: list[str]) -> list[tuple[int | None, str]]:
    """The page's Markdown before the fence as paragraphs, each with the line it starts on."""
    paragraphs: list[tuple[int | None, str]] = []
    current: list[str] = []
    start = 0
    for index, line in enumerate([*lines, ""]):
        text = line.strip().lstrip(">-*").strip()
        if not text or text.startswith(("#", "<", "```")):
            if current:
                paragraphs.append((start + 1, " ".join(current)))
            current = []
            continue
        if not current:
            start = index
        current.append(text)
    return paragraphs


class _Reader:
    """Reads one OpenAPI document; `warnings` collects what it could not use."""

    def __init__(self, document: dict[str, Any], fence: Fence, page: str) -> None:
        self.document, self.fence, self.page = document, fence, page
        self.warnings: list[PageWarning] = []
        self.lines = fence.body.splitlines()

    def read(self, prose: list[tuple[int | None, str]], known: Collection[str]) -> IngestedPage | PageError:
        """The page, with `prose` (the Markdown before the fence) searched for restrictions naming its
        parameters or `known` ones."""
        operation = self.fence.operation or self._only_operation()
        if operation is None:
            return PageError(self.page, self.fence.line, "the fence names no operation and the document has no POST")
        method, path = operation
        paths = self.document.get("paths")
        item = self.resolve(paths.get(path) if isinstance(paths, dict) else None)
        operation_node = self.resolve(item.get(method.lower()))
        path_parameters, headers = self._parameters(item, operation_node)
        schema = self._body_schema(operation_node)
        if not schema and not (path_parameters or headers):
            return PageError(self.page, self.fence.line, self._no_body(method, path))
        properties, required = self._flatten(schema)
        parameters = tuple(self._parameter(name, prop, name in required) for name, prop in properties.items())
        model, models = _models(parameters)
        descriptions = [(self.fence.line, str(operation_node.get(key) or "")) for key in ("summary", "description")]
        descriptions += [(self._line(p.name), p.description) for p in parameters]
        return IngestedPage(
            self.page,
            model,
            self._server(),
            f"{method} {path}",
            None,
            parameters,
            tuple(self.warnings),
            models=models,
            restrictions=find_restrictions([*prose, *descriptions], models, parameters, known),
            cut_short=self._cut(parameters, operation_node),
            response_fields=self._response_fields(operation_node),
            path_parameters=path_parameters,
            headers=headers,
            body_read=bool(schema),
        )

    def _body_schema(self, operation: dict[str, Any]) -> dict[str, Any]:
        """The operation's application/json request body schema ({} when it has none)."""
        body = self.resolve(operation.get("requestBody"))
        content = body.get("content")
        media = self.resolve(content.get("application/json") if isinstance(content, dict) else None)
        return self.resolve(media.get("schema"))

    def _no_body(self, method: str, path: str) -> str:
        if not self.fence.closed:
            return (
                "the page is cut short (the ```yaml fence opened here is never closed) before its "
                f"application/json request body for {method} {path}"
            )
        return f"the document has no application/json request body for {method} {path}"

    def _parameters(
        self, item: dict[str, Any], operation: dict[str, Any]
    ) -> tuple[tuple[PageParameter, ...], tuple[PageParameter, ...]]:
        """The path parameters and the headers of the operation (its own `parameters` over its path item's)."""
        found: dict[tuple[str, str], PageParameter] = {}
        for node in (*_listed(item.get("parameters")), *_listed(operation.get("parameters"))):
            parameter = self.resolve(node)
            name, where = parameter.get("name"), parameter.get("in")
            if not isinstance(name, str) or where not in ("path", "header"):
                continue
            schema = {**self.resolve(parameter.get("schema")), **_described(parameter)}
            found[(where, name)] = self._parameter(name, schema, parameter.get("required") is True)
        path = tuple(p for (where, _), p in found.items() if where == "path")
        return path, tuple(p for (where, _), p in found.items() if where == "header")

    def _cut(self, parameters: tuple[PageParameter, ...], operation: dict[str, Any]) -> CutShort | None:
        """None for a closed fence; else where the document ends and the last request property read."""
        if self.fence.closed:
            return None
        # Where the document was cut is not known to the property: the one written last may be incomplete.
        last = max(parameters, key=lambda p: p.line).name if parameters else None
        reason = "the OpenAPI fence is never closed"
        if operation.get("responses") is None:
            reason += "; the operation's responses are missing"
        line = self.fence.line + len(self.lines)
        return CutShort(line, last, reason)

    def _response_fields(self, operation: dict[str, Any]) -> tuple[ResponseField, ...]:
        """The fields of the 200 response's application/json schema."""
        responses = self.resolve(operation.get("responses"))
        ok = self.resolve(responses.get("200") or responses.get(200))  # type: ignore[call-overload]  # YAML: int keys
        content = ok.get("content")
        media = self.resolve(content.get("application/json") if isinstance(content, dict) else None)
        schema = self.resolve(media.get("schema"))
        return schema_fields(schema, self.resolve, self.fence.line) if schema else ()

    def _only_operation(self) -> tuple[str, str] | None:
        paths = self.document.get("paths")
        found = [
            ("POST", str(path))
            for path, item in (paths.items() if isinstance(paths, dict) else [])
            if isinstance(item, dict) and "post" in item
        ]
        return found[0] if len(found) == 1 else None

    def _server(self) -> str | None:
        servers = self.document.get("servers")
        first = servers[0] if isinstance(servers, list) and servers else None
        url = first.get("url") if isinstance(first, dict) else None
        parts = urlsplit(url) if isinstance(url, str) else None
        return f"{parts.scheme}://{parts.netloc}" if parts and parts.scheme and parts.netloc else None

    def resolve(self, node: object) -> dict[str, Any]:
        """`node` with its `$ref` chain followed (sibling keys win, as in OpenAPI 3.1); {} when unusable."""
        seen: list[str] = []
        current = node
        siblings: dict[str, Any] = {}
        while isinstance(current, dict) and isinstance(current.get("$ref"), str):
            ref = current["$ref"]
            siblings = {**{k: v for k, v in current.items() if k != "$ref"}, **siblings}
            if ref in seen or len(seen) >= _MAX_REFS:
                self.warnings.append(PageWarning(self.fence.line, f"$ref cycle through {ref}; not followed"))
                return siblings
            seen.append(ref)
            current = self._target(ref)
        return {**current, **siblings} if isinstance(current, dict) else siblings

    def _target(self, ref: str) -> object:
        if not ref.startswith("#/"):
            self.warnings.append(PageWarning(self.fence.line, f"$ref {ref} is not local to the page; not followed"))
            return {}
        node: object = self.document
        for raw in ref[2:].split("/"):
            token = raw.replace("~1", "/").replace("~0", "~")
            node = node.get(token) if isinstance(node, dict) else None
        if node is None:
            self.warnings.append(PageWarning(self.fence.line, f"$ref {ref} points nowhere in the document"))
        return node

    def _flatten(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names of `schema` and of its `allOf` parts."""
        properties: dict[str, Any] = {}
        required: set[str] = set()
        all_of = schema.get("allOf")
        extra: list[object] = all_of if isinstance(all_of, list) else []
        parts = [schema, *(self.resolve(part) for part in extra)]
        for part in parts:
            if isinstance(part.get("properties"), dict):
                properties.update(part["properties"])
            if isinstance(part.get("required"), list):
                required.update(str(name) for name in part["required"])
        return properties, required

    def _parameter(self, name: str, node: object, required: bool, depth: int = 0) -> PageParameter:
        schema = self.resolve(node)
        nested, nested_required = self._flatten(schema) if depth < _MAX_DEPTH else ({}, set())
        enum = schema.get("enum") if isinstance(schema.get("enum"), list) else None
        if enum is None and "const" in schema:
            enum = [schema["const"]]
        for keyword in ("exclusiveMinimum", "exclusiveMaximum"):
            if keyword in schema:
                self.warnings.append(PageWarning(self._line(name), f"{name}: {keyword} is not read (not a range)"))
        return PageParameter(
            name=str(name),
            line=self._line(name),
            types=self._types(schema),
            required=required,
            minimum=_number(schema.get("minimum")),
            maximum=_number(schema.get("maximum")),
            default=schema.get("default"),
            enum=tuple(enum) if enum else None,
            description=str(schema.get("description") or ""),
            min_items=_count(schema.get("minItems")),
            properties=tuple(
                self._parameter(str(key), value, key in nested_required, depth + 1) for key, value in nested.items()
            ),
        )

    def _types(self, schema: Mapping[str, Any], depth: int = 0) -> tuple[str, ...] | None:
        kind = schema.get("type")
        if kind is None and "const" in schema:
            kind = json_type_of(schema["const"])
        if kind is None:
            union = schema.get("oneOf") or schema.get("anyOf")
            members = [self.resolve(m) for m in union] if isinstance(union, list) and depth < 8 else []
            kinds = [self._types(m, depth + 1) for m in members]
            if not members or any(k is None for k in kinds):
                return None
            kind = [name for types in kinds if types for name in types]
        names = [kind] if isinstance(kind, str) else list(kind) if isinstance(kind, list) else []
        if schema.get("nullable") is True:
            names.append("null")
        unique = tuple(dict.fromkeys(str(n) for n in names if n in JSON_TYPES))
        return unique or None

    def _line(self, name: str) -> int:
        quoted = re.escape(str(name))
        pattern = re.compile(rf"^\s+{quoted}\s*:|^\s*-\s+name:\s*['\"]?{quoted}['\"]?\s*$")
        index = next((i for i, line in enumerate(self.lines) if pattern.match(line)), None)
        return self.fence.line + 1 + index if index is not None else self.fence.line


def _models(parameters: tuple[PageParameter, ...]) -> tuple[str | None, tuple[str, ...]]:
    """The default model (the `model` property's one option, its default, or its first option) and every id
    its enum lists (a family page lists several)."""
    box = next((p for p in parameters if p.name == "model"), None)
    options = tuple(v for v in (box.enum or ()) if isinstance(v, str)) if box else ()
    default = box.default if box is not None and isinstance(box.default, str) else None
    if len(options) > 1:
        return (default if default in options else options[0]), options
    model = options[0] if options else default
    return model, (model,) if model else ()


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _listed(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _described(parameter: dict[str, Any]) -> dict[str, Any]:
    """An OpenAPI parameter's own `description` and `example`, which sit beside its schema."""
    return {key: parameter[key] for key in ("description", "example") if key in parameter}


def _number(value: object) -> int | float | None:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None
