"""What one vendor doc page states: `IngestedPage`, its `PageParameter`s and located `PageWarning`s.

Only what the page states as data is kept (types, required, range, default, options); prose never
becomes a value. Besides the parameters, a page states which model ids it documents (a family page
documents several), sentences that restrict one of them (`Restriction`), whether it was cut short
(`CutShort`), and the response fields its sample or schema shows (`ResponseField`). `as_json()` is the
stable interface of `ingest --format json`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.ir import JSON


@dataclass(frozen=True, order=True)
class PageWarning:
    """Something a reader of the page should check: `line` is 1-based (None: the page as a whole)."""

    line: int | None
    message: str
    parameter: str | None = field(default=None, compare=False)
    """The parameter the warning is about, when it is about one (to match it with the spec's errata)."""

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


@dataclass(frozen=True)
class PageError:
    """Why a page could not be ingested at all (not a chat-completions page, no model, HTML, ...)."""

    page: str
    line: int | None
    message: str
    other_endpoint: bool = False
    """True for a readable API page about another endpoint (discovery through an index skips such pages)."""

    def __str__(self) -> str:
        return f"{self.page}:{self.line}: {self.message}" if self.line is not None else f"{self.page}: {self.message}"


@dataclass(frozen=True)
class PageParameter:
    """One request body parameter as the page documents it; None means the page does not state it.

    `types` are JSON Schema type names (`integer | null` -> ("integer", "null")). `description` is
    the page's own prose, kept only to seed a catalogue entry the spec lacks.
    """

    name: str
    line: int
    types: tuple[str, ...] | None = None
    required: bool = False
    minimum: int | float | None = None
    maximum: int | float | None = None
    default: JSON = None
    enum: tuple[JSON, ...] | None = None
    description: str = ""
    min_items: int | None = None
    """An array's minimum length (`Minimum array length: 1`, OpenAPI `minItems`)."""
    properties: tuple[PageParameter, ...] = ()
    """The fields of an object parameter, where the page shows them (an OpenAPI `properties`: `generationConfig`)."""

    def as_json(self) -> dict[str, JSON]:
        """The parameter in the stable JSON shape (`properties` only where the page shows some)."""
        shape: dict[str, JSON] = {
            "type": None if self.types is None else list(self.types),
            "required": self.required,
            "minimum": self.minimum,
            "maximum": self.maximum,
            "default": self.default,
            "enum": None if self.enum is None else list(self.enum),
            "min_items": self.min_items,
        }
        if self.properties:
            shape["properties"] = {p.name: p.as_json() for p in self.properties}
        return shape

    def field(self, dotted: str) -> PageParameter | None:
        """The nested field at `dotted` below this parameter (`thinkingConfig.thinkingBudget`), if the page shows it."""
        head, _, rest = dotted.partition(".")
        found = next((p for p in self.properties if p.name == head), None)
        return found if found is None or not rest else found.field(rest)

    def data(self) -> dict[str, JSON]:
        """What two pages must agree on (the JSON shape without prose)."""
        return self.as_json()


@dataclass(frozen=True)
class Restriction:
    """A sentence of the page naming some of its model ids together with some of its parameters.

    `applies` is True only when the sentence names exactly one of the page's ids and plainly says that
    it does not support the parameters (`restrictions` knows the phrasings); `sync --write` then leaves
    them out of that model and records the sentence in its notes. Otherwise it is only reported.
    """

    line: int | None
    sentence: str
    models: tuple[str, ...]
    parameters: tuple[str, ...]
    applies: bool

    def as_json(self) -> dict[str, JSON]:
        """The restriction in the stable JSON shape."""
        return {
            "line": self.line,
            "sentence": self.sentence,
            "models": list(self.models),
            "parameters": list(self.parameters),
            "applies": self.applies,
        }

    def warning(self) -> PageWarning:
        """The warning that quotes the sentence and says what `sync --write` does with it."""
        names = ", ".join(self.parameters)
        if self.applies:
            what = f"{self.models[0]} does not support {names}: sync --write leaves them out of that model"
        else:
            what = f"it names {', '.join(self.models)} with {names}, but not plainly as unsupported: only reported"
        return PageWarning(self.line, f"the page restricts a model in prose: {self.sentence!r} ({what})")


@dataclass(frozen=True)
class CutShort:
    """A page that ends early: inside a parameter entry, or before its response section.

    `last_entry` is the last parameter read (None: none was); it may be incomplete, so it is not checked
    either, like every parameter past the cut.
    """

    line: int | None
    last_entry: str | None
    reason: str

    def as_json(self) -> dict[str, JSON]:
        """The cut in the stable JSON shape."""
        return {"line": self.line, "last_entry": self.last_entry, "reason": self.reason}

    def warning(self) -> PageWarning:
        """The warning naming the last entry read."""
        last = f"the last entry read is {self.last_entry!r}" if self.last_entry else "no parameter entry was read"
        return PageWarning(
            self.line, f"the page is cut short ({self.reason}); {last}: what lies past it is not checked"
        )


@dataclass(frozen=True)
class ResponseField:
    """A field of the response body that the page's sample or schema shows.

    `path` is dotted from the completion, `[]` marking a list's items (`choices[].message.reasoning_content`);
    `types` are the JSON Schema type names of the value shown (empty when only null is shown).
    """

    path: str
    types: tuple[str, ...]
    line: int | None = None

    def as_json(self) -> dict[str, JSON]:
        """The field in the stable JSON shape."""
        return {"path": self.path, "type": list(self.types)}


@dataclass(frozen=True)
class IngestedPage:
    """Everything one page states about its endpoint, for each model id it documents.

    `page` is the file or URL as the user gave it; `model` the page's default or example id, `models`
    every id it documents (a family page documents several; empty means just `model`; both empty for an
    endpoint that takes no model, the task API); `server` the origin of the sample's URL
    (`https://api.evolink.ai`); `endpoint` the request line as the page states it
    (`POST /v1beta/models/gemini-2.5-pro:{method}`), `endpoint_name` the spec's endpoint it documents
    (`generate_content`); `language` a two-letter code when the page's labels tell it.
    """

    page: str
    model: str | None
    server: str | None
    endpoint: str | None
    language: str | None
    parameters: tuple[PageParameter, ...] = ()
    warnings: tuple[PageWarning, ...] = field(default_factory=tuple)
    url: str | None = None
    models: tuple[str, ...] = ()
    restrictions: tuple[Restriction, ...] = ()
    cut_short: CutShort | None = None
    response_fields: tuple[ResponseField, ...] = ()
    endpoint_name: str | None = None
    streaming: bool | None = None
    """True: the page documents the endpoint's stream path; False: its plain path; None: its own path parameter
    switches between them (`:{method}`), or the endpoint has no stream path."""
    switch: str | None = None
    """The name of the page's own path parameter that switches between plain and stream (`method`), if any."""
    path_parameters: tuple[PageParameter, ...] = ()
    headers: tuple[PageParameter, ...] = ()
    response_entries: tuple[PageParameter, ...] = ()
    """The response fields the page's response section documents one by one (type, range, options)."""
    body_read: bool = True
    """False when the page has no request body section (an endpoint without a body, or a page cut before it)."""

    @property
    def model_ids(self) -> tuple[str, ...]:
        """Every model id the page documents, the default one first when it names one."""
        return tuple(dict.fromkeys(([self.model] if self.model else []) + list(self.models)))

    def parameter(self, name: str) -> PageParameter | None:
        """The parameter called `name`, if the page documents it."""
        return next((p for p in self.parameters if p.name == name), None)

    def path_parameter(self, name: str) -> PageParameter | None:
        """The path parameter called `name`, if the page documents it."""
        return next((p for p in self.path_parameters if p.name == name), None)

    def header(self, name: str) -> PageParameter | None:
        """The header called `name` (case-insensitive, as HTTP), if the page documents it."""
        return next((p for p in self.headers if p.name.lower() == name.lower()), None)

    def restricted(self, model_id: str) -> tuple[str, ...]:
        """The parameters an applying restriction takes away from `model_id`."""
        names = [name for r in self.restrictions if r.applies and r.models == (model_id,) for name in r.parameters]
        return tuple(dict.fromkeys(names))

    def parameters_for(self, model_id: str) -> tuple[PageParameter, ...]:
        """The parameters the page documents for `model_id`: all of them but what a restriction takes away."""
        taken = set(self.restricted(model_id))
        return tuple(p for p in self.parameters if p.name not in taken)

    @property
    def checked(self) -> tuple[PageParameter, ...]:
        """The parameters read in full: all of them, but the last one of a page cut short (it may be partial)."""
        if self.cut_short is None or self.cut_short.last_entry is None:
            return self.parameters
        return tuple(p for p in self.parameters if p.name != self.cut_short.last_entry)

    @property
    def quick_chat(self) -> bool:
        """True for a complete page whose body documents only `model` and `messages`."""
        return self.body_read and self.cut_short is None and {p.name for p in self.parameters} <= {"model", "messages"}

    def as_json(self) -> dict[str, JSON]:
        """The page in the stable JSON shape of `ingest --format json`."""
        return {
            "page": self.page,
            "language": self.language,
            "model": self.model,
            "models": list(self.model_ids),
            "server": self.server,
            "endpoint": self.endpoint,
            "endpoint_name": self.endpoint_name,
            "streaming": self.streaming,
            "path_parameters": {p.name: p.as_json() for p in self.path_parameters},
            "headers": {p.name: p.as_json() for p in self.headers},
            "parameters": {p.name: p.as_json() for p in self.parameters},
            "parameters_by_model": {
                model_id: [p.name for p in self.parameters_for(model_id)] for model_id in self.model_ids
            },
            "restrictions": [r.as_json() for r in self.restrictions],
            "cut_short": None if self.cut_short is None else self.cut_short.as_json(),
            "response_fields": [f.as_json() for f in self.response_fields],
            "response_entries": {p.name: p.as_json() for p in self.response_entries},
            "warnings": [str(w) for w in sorted(self.all_warnings, key=_warning_order)],
        }

    @property
    def all_warnings(self) -> tuple[PageWarning, ...]:
        """The reader's warnings, then one per restriction and one for a cut."""
        cut = (self.cut_short.warning(),) if self.cut_short else ()
        return self.warnings + tuple(r.warning() for r in self.restrictions) + cut


def _warning_order(warning: PageWarning) -> tuple[int, str]:
    return (warning.line or 0, warning.message)
