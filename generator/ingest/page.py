"""What one vendor doc page states: `IngestedPage`, its `PageParameter`s and located `PageWarning`s.

Only what the page states as data is kept (types, required, range, default, options); prose never
becomes a value. `as_json()` is the stable interface of `ingest --format json`.
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

    def as_json(self) -> dict[str, JSON]:
        """The parameter in the stable JSON shape."""
        return {
            "type": None if self.types is None else list(self.types),
            "required": self.required,
            "minimum": self.minimum,
            "maximum": self.maximum,
            "default": self.default,
            "enum": None if self.enum is None else list(self.enum),
        }

    def data(self) -> dict[str, JSON]:
        """What two pages must agree on (the JSON shape without prose)."""
        return self.as_json()


@dataclass(frozen=True)
class IngestedPage:
    """Everything one page states about the endpoint for one model.

    `page` is the file or URL as the user gave it; `server` the origin of the sample's URL
    (`https://api.evolink.ai`); `endpoint` `POST /v1/chat/completions`; `language` a two-letter code
    when the page's labels tell it.
    """

    page: str
    model: str | None
    server: str | None
    endpoint: str | None
    language: str | None
    parameters: tuple[PageParameter, ...] = ()
    warnings: tuple[PageWarning, ...] = field(default_factory=tuple)
    url: str | None = None

    def parameter(self, name: str) -> PageParameter | None:
        """The parameter called `name`, if the page documents it."""
        return next((p for p in self.parameters if p.name == name), None)

    @property
    def quick_chat(self) -> bool:
        """True for a page that documents only `model` and `messages`."""
        return {p.name for p in self.parameters} <= {"model", "messages"}

    def as_json(self) -> dict[str, JSON]:
        """The page in the stable JSON shape of `ingest --format json`."""
        return {
            "page": self.page,
            "language": self.language,
            "model": self.model,
            "server": self.server,
            "endpoint": self.endpoint,
            "parameters": {p.name: p.as_json() for p in self.parameters},
            "warnings": [str(w) for w in sorted(self.warnings, key=_warning_order)],
        }


def _warning_order(warning: PageWarning) -> tuple[int, str]:
    return (warning.line or 0, warning.message)
