"""Which of the spec's endpoints a page documents: its stated request line against each endpoint's method and path.

A page states its operation as `POST /v1beta/models/gemini-2.5-pro:generateContent` (a literal model id),
`POST /v1beta/models/{model}:generateContent` (a template, the model given as a path parameter's options), or
`POST /v1beta/models/gemini-2.5-pro:{method}` (the page's own `{method}` path parameter picks plain or stream).
Each endpoint's path template is matched with its `{name}`s as wildcards: `{model}` binds the page's model id,
which may hold a `/` (`evolink/auto`), any other `{name}` one path segment; a page's own `{name}` binds nothing.
An endpoint that streams on another path (`:streamGenerateContent`) also matches that path and, when the two
differ only after their last `:`, a page placeholder there: that is the endpoint's streaming switch, not another
endpoint.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from generator.ir import Spec
from generator.load.endpoint_checks import PATH_PARAMETER


@dataclass(frozen=True)
class EndpointShape:
    """What matching and reading need to know of one endpoint (api.yaml's `endpoints.<name>`)."""

    name: str
    method: str
    """Upper case: `POST`."""
    path: str
    stream_path: str | None = None
    model_in: str | None = "body"
    """`body`, `path` (the `{model}` path parameter) or None: the endpoint takes no model."""
    has_body: bool = True
    parameters: tuple[str, ...] = ()
    """The catalogue's parameter names (a page's prose may restrict one it does not reach)."""

    @property
    def request_line(self) -> str:
        """`POST /v1/chat/completions`."""
        return f"{self.method} {self.path}"

    def __str__(self) -> str:
        return f"{self.name} ({self.request_line})"


CHAT = EndpointShape("chat_completions", "POST", "/v1/chat/completions")
"""The endpoint a caller without a spec reads pages for: chat completions, the model named in the body."""


def shapes_of(spec: Spec) -> tuple[EndpointShape, ...]:
    """Every endpoint the spec declares, in api.yaml's order."""
    return tuple(
        EndpointShape(
            name=endpoint.name,
            method=endpoint.method.upper(),
            path=endpoint.path,
            stream_path=endpoint.streaming.path if endpoint.streaming else None,
            model_in=endpoint.model_in,
            has_body=endpoint.has_body,
            parameters=tuple(entry.name for entry in endpoint.catalogue),
        )
        for endpoint in spec.api.endpoints
    )


@dataclass(frozen=True)
class Matched:
    """The endpoint a request line documents, and what its path says.

    `streaming`: False for the endpoint's plain path, True for its stream path, None when the page's own path
    parameter switches between them (`:{method}`). `bound`: path parameters the page gives a literal value
    (`model` -> `gemini-2.5-pro`); a page's `{name}` binds nothing.
    """

    endpoint: EndpointShape
    streaming: bool | None
    bound: Mapping[str, str] = field(default_factory=dict)
    switch: str | None = None
    """The name of the page's own path parameter that switches between plain and stream (`method`)."""


def match(request_line: str, endpoints: Sequence[EndpointShape]) -> Matched | None:
    """The first endpoint `request_line` (`METHOD /path`, a query allowed) documents, None when none does."""
    method, _, target = request_line.strip().partition(" ")
    path = target.strip().split("?", 1)[0].split("#", 1)[0]
    for endpoint in endpoints:
        if endpoint.method != method.upper():
            continue
        for template, streaming in _templates(endpoint):
            found = re.fullmatch(template, path)
            if found is not None:
                switch = found.groups()[-1] if streaming is None else None  # the last group: the switch's name
                groups = found.groupdict()
                bound = {name: value for name, value in groups.items() if not PATH_PARAMETER.fullmatch(value)}
                return Matched(endpoint, streaming, bound, switch)
    return None


def _templates(endpoint: EndpointShape) -> list[tuple[str, bool | None]]:
    """The endpoint's path patterns: plain, stream, and the switch between them."""
    found: list[tuple[str, bool | None]] = [(_pattern(endpoint.path, endpoint), False)]
    if endpoint.stream_path is None:
        return found
    found.append((_pattern(endpoint.stream_path, endpoint), True))
    head, colon, _ = endpoint.path.rpartition(":")
    stream_head, _, _ = endpoint.stream_path.rpartition(":")
    if colon and head == stream_head:
        found.append((_pattern(head, endpoint) + ":" + PATH_PARAMETER.pattern, None))
    return found


def _pattern(template: str, endpoint: EndpointShape) -> str:
    """`template` as a regular expression: literal text as is, each `{name}` a named group (a repeated one must
    bind the same text again)."""
    parts: list[str] = []
    position = 0
    seen: set[str] = set()
    for placeholder in PATH_PARAMETER.finditer(template):
        parts.append(re.escape(template[position : placeholder.start()]))
        name = placeholder.group(1)
        wide = name == "model" and endpoint.model_in == "path"
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>{'[^?#]+' if wide else '[^/?#]+'})")
        seen.add(name)
        position = placeholder.end()
    parts.append(re.escape(template[position:]))
    return "".join(parts)


def declared(endpoints: Sequence[EndpointShape]) -> str:
    """`chat_completions (POST /v1/chat/completions), ...` for messages."""
    return ", ".join(str(endpoint) for endpoint in endpoints)
