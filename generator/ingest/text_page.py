"""A page as a browser shows its text (../shared/seeds) -> `IngestedPage`, or a located `PageError`.

The page's parts, top to bottom: the skip link, the method and the path split over lines
(`POST` `/` `v1` `/` `chat` ..., or `gemini-2.5-pro:` `{method}`), the curl sample (its `--url` gives the
server and path, `--request` the method, its `--data` body the model), the response sample, the localized
auth section, the optional `Headers` and `Path Parameters` sections, the body section (from the line
`application/json` after the body heading to the response heading; none on the task page), then the
response section's fields. The body section's parameter blocks are `blocks`' job; the other sections are
`sections`'.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from urllib.parse import urlsplit

from generator.diff.values import same
from generator.ingest.blocks import Block, BlockReader
from generator.ingest.labels import LANGUAGES, PROSE_DEFAULT, language_of
from generator.ingest.page import CutShort, IngestedPage, PageError, PageParameter, PageWarning, ResponseField
from generator.ingest.response_sample import sample_fields
from generator.ingest.restrictions import find_restrictions
from generator.ingest.sections import Span, read_entries, spans
from generator.ingest.values import COLON, convert, number, prose_intervals
from generator.ir import JSON

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_SEGMENT = re.compile(r"^[A-Za-z0-9_.{}:\-]+$")
_WHOLE_PATH = re.compile(r"^/[A-Za-z0-9_.{}/:\-]*$")
_URL = re.compile(r"--url\s+['\"]?(?P<url>[^\s'\"]+)")
_REQUEST = re.compile(r"(?:--request|-X)\s+['\"]?(?P<method>[A-Za-z]+)")
_LONGEST_SAMPLE = 2000
"""Lines a response sample may take."""
_SHORT_TAIL = 40
"""A page with fewer lines than this after its samples and no body section was most likely cut short there."""


def read_text_page(text: str, page: str, known: Collection[str] = ()) -> IngestedPage | PageError:
    """Everything the text page states, or why it cannot be read as an API page (`known`: parameter names a
    restriction in its prose may name, see `restrictions`).

    A page without a body section is still read when it documents headers, path parameters or response fields
    (the task API has no body; a native page may be cut just before it): `body_read` is then False.
    """
    lines = text.splitlines()
    warnings: list[PageWarning] = []
    endpoint = _endpoint(lines)
    curl = _curl(lines, warnings)
    if endpoint is None and curl.path is None:
        return PageError(page, None, "not an API reference page: no endpoint (no `POST /v1/...` line, no curl sample)")
    method_path = endpoint or f"{curl.method} {curl.path}"
    if endpoint and curl.path and endpoint.split(" ", 1)[1] != curl.path:
        warnings.append(PageWarning(None, f"the curl sample posts to {curl.path}, the page documents {endpoint}"))
    found = spans(lines, curl.end)
    headers, path_parameters, response = (_entries(lines, found.get(kind), kind, warnings) for kind in _OTHERS)
    body = _body(lines, warnings)
    if body is None and not (headers or path_parameters or response):
        return PageError(page, None, _no_body(lines, curl))
    parameters, blocks, cut = body or ((), [], None)
    box = next((block for block in blocks if block.name == "model"), None)
    model, models = _models(parameters, box, curl.model, warnings)
    prose = [(i + 1, line) for i, line in enumerate(lines) if not curl.start <= i < curl.end]
    shown = {field.path for field in curl.response_fields}
    listed = tuple(ResponseField(p.name, p.types or (), p.line) for p in response if p.name not in shown)
    return IngestedPage(
        page,
        model,
        curl.server,
        method_path,
        _language(lines),
        parameters,
        tuple(warnings),
        models=models,
        restrictions=find_restrictions(prose, models, parameters, known),
        cut_short=cut,
        response_fields=curl.response_fields + listed,
        path_parameters=path_parameters,
        headers=headers,
        response_entries=response,
        body_read=body is not None,
    )


_OTHERS = ("headers", "path", "response")
"""The sections besides the body that a text page's entries are read from, in `IngestedPage`'s order."""


def _entries(lines: list[str], span: Span | None, kind: str, warnings: list[PageWarning]) -> tuple[PageParameter, ...]:
    blocks, found = read_entries(lines, span, kind)
    warnings += found
    return tuple(_parameter(block, warnings) for block in blocks)


def _body(
    lines: list[str], warnings: list[PageWarning]
) -> tuple[tuple[PageParameter, ...], list[Block], CutShort | None] | None:
    """The body section's parameters, its blocks and where the page is cut inside it; None: no body section."""
    section = _body_section(lines)
    if section is None:
        return None
    start, end, closed = section
    reader = BlockReader()
    for index in range(start, end):
        reader.feed(index + 1, lines[index], lines[index + 1] if index + 1 < len(lines) else None)
    warnings += reader.warnings
    closed = closed or reader.stopped
    if not closed:
        _drop_cut_option(lines, reader, warnings)
    parameters = tuple(_parameter(block, warnings) for block in reader.blocks)
    return parameters, reader.blocks, None if closed else _cut(lines, reader)


def stated_endpoint(text: str) -> str | None:
    """`POST /v1/...` as the page's method and path lines (else its curl sample) state it, None if neither does."""
    return _endpoint(text.splitlines()) or sample_request(text)


def sample_request(text: str) -> str | None:
    """`POST /v1beta/models/gemini-2.5-flash:generateContent` as the curl sample sends it, None without one."""
    lines = text.splitlines()
    start, _, path = _curl_target(lines)
    return f"{_curl_method(lines, start)} {path}" if start is not None and path else None


def _no_body(lines: list[str], curl: CurlSample) -> str:
    """Why there is no body section: the page ends before it, or it has none."""
    message = "no request body section (no line `application/json` after the body heading)"
    if curl.path is not None and len(lines) - curl.end < _SHORT_TAIL:
        return f"{message}: the page seems cut short after its samples (save or fetch the whole page)"
    return message


def _drop_cut_option(lines: list[str], reader: BlockReader, warnings: list[PageWarning]) -> None:
    """An option on the very last line of a page cut short may itself be cut (`doubao-seed-2.0-`): not taken."""
    block = reader.current
    last = next((i + 1 for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if block is None or not block.options or block.options[-1][0] != last:
        return
    line, text = block.options.pop()
    warnings.append(PageWarning(line, f"{block.name}: the option {text!r} is where the page is cut; not taken"))


def _cut(lines: list[str], reader: BlockReader) -> CutShort:
    """The cut of a page whose body section runs to its end, naming the last entry read."""
    last = reader.blocks[-1] if reader.blocks else None
    line = next((i + 1 for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    return CutShort(line, last.name if last else None, "no response section follows the request body")


def _endpoint(lines: list[str]) -> str | None:
    """`POST /v1/chat/completions` from the method line and the path lines after it."""
    for index, line in enumerate(lines):
        method = line.strip()
        if method in METHODS:
            path = _path(lines[index + 1 : index + 40])
            if path:
                return f"{method} {path}"
    return None


def _path(lines: list[str]) -> str:
    """The path split over lines: `/` and a segment by turns; a segment may go on over the next line at a `:`
    (`gemini-2.5-pro:` `{method}`, `{model}` `:generateContent`)."""
    parts: list[str] = []
    for line in (raw.strip() for raw in lines):
        if not parts and _WHOLE_PATH.match(line) and line != "/":
            return line
        if line == "/" and (not parts or parts[-1] != "/"):
            parts.append(line)
        elif parts and parts[-1] == "/" and _SEGMENT.match(line):
            parts.append(line)
        elif parts and parts[-1] != "/" and _SEGMENT.match(line) and (parts[-1].endswith(":") or line[0] == ":"):
            parts.append(line)
        else:
            break
    return "".join(parts).rstrip("/") if len(parts) > 1 else ""


@dataclass(frozen=True)
class CurlSample:
    """The curl sample and the response sample after it: 0-based [start, end) lines, and what they state."""

    server: str | None = None
    model: str | None = None
    path: str | None = None
    start: int = 0
    end: int = 0
    response_fields: tuple[ResponseField, ...] = ()
    method: str = "POST"


def _curl(lines: list[str], warnings: list[PageWarning]) -> CurlSample:
    """The curl sample's server origin, body model and URL path, and the response sample's fields."""
    start, server, path = _curl_target(lines)
    if start is None:
        return CurlSample()
    model, end = None, _command_end(lines, start)
    data = next((i for i in range(start, min(len(lines), start + 12)) if "--data" in lines[i]), None)
    if data is not None:
        model, end = _sample_model(lines, data, warnings)
    fields, end = _response_sample(lines, end)
    return CurlSample(server, model, path, start, end, fields, _curl_method(lines, start))


def _command_end(lines: list[str], start: int) -> int:
    """The 0-based line after a curl command without a body: its last line is the first not ending in `\\`."""
    for index in range(start, min(len(lines), start + 12)):
        if not lines[index].rstrip().endswith("\\"):
            return index + 1
    return start + 1


def _curl_method(lines: list[str], start: int) -> str:
    """The curl sample's `--request` (`-X`) method; POST when it names none (the chat samples' habit)."""
    for line in lines[start : start + 12]:
        match = _REQUEST.search(line)
        if match and match.group("method").upper() in METHODS:
            return match.group("method").upper()
        if "--data" in line:
            break
    return "POST"


def _curl_target(lines: list[str]) -> tuple[int | None, str | None, str | None]:
    """The 0-based line the curl sample starts on, and the origin and path of its `--url` (None where absent)."""
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("curl ")), None)
    if start is None:
        return None, None, None
    server = path = None
    for line in lines[start : start + 12]:
        match = _URL.search(line)
        if match:
            parts = urlsplit(match.group("url"))
            if parts.scheme and parts.netloc:
                server, path = f"{parts.scheme}://{parts.netloc}", parts.path or "/"
        if "--data" in line:
            break
    return start, server, path


def _sample_model(lines: list[str], data_line: int, warnings: list[PageWarning]) -> tuple[str | None, int]:
    """The `model` of the curl sample's JSON body, and the 0-based line after the body.

    The body runs from `--data '` to the closing quote, on one line (`--data '{...}'`) or over several (the
    closing quote alone on its line, or after the last brace: `}'`); the first end at which it is JSON wins.
    """
    rest = lines[data_line].split("--data", 1)[1].strip()
    quote = rest[:1] if rest[:1] in ("'", '"') else ""
    body = [rest[len(quote) :]]
    for index in range(data_line, min(len(lines), data_line + _LONGEST_SAMPLE)):
        if index > data_line:
            body.append(lines[index])
        text = "\n".join(body).rstrip()
        if quote and not text.endswith(quote):
            continue
        try:
            data = json.loads(text[: len(text) - len(quote)])
        except ValueError:
            continue
        model = data.get("model") if isinstance(data, dict) else None
        return (model if isinstance(model, str) and model else None), index + 1
    warnings.append(PageWarning(data_line + 1, "the curl sample's body is not JSON; its model is not read"))
    return None, data_line + 1


def _response_sample(lines: list[str], after: int) -> tuple[tuple[ResponseField, ...], int]:
    """The fields of the JSON object that starts on the first non-blank line at or after `after` (0-based), and
    the line after it; nothing when no such object is there."""
    first = next((i for i in range(after, min(len(lines), after + 5)) if lines[i].strip()), None)
    if first is None or lines[first].strip() != "{":
        return (), after
    for index in range(first, min(len(lines), first + _LONGEST_SAMPLE)):
        if lines[index].rstrip() != "}":
            continue
        try:
            sample = json.loads("\n".join(lines[first : index + 1]))
        except ValueError:
            continue
        return (sample_fields(sample, first + 1) if isinstance(sample, dict) else ()), index + 1
    return (), after


def _body_section(lines: list[str]) -> tuple[int, int, bool] | None:
    """The 0-based [start, end) of the body's parameter lines, and whether a response heading ends them."""
    candidates = [i for i, line in enumerate(lines) if line.strip() == "application/json"]
    if not candidates:
        return None
    body_headings = {label for labels in LANGUAGES for label in labels.body}
    after_heading = [i for i in candidates if _previous_text(lines, i) in body_headings]
    start = (after_heading or candidates)[0] + 1
    responses = {label for labels in LANGUAGES for label in labels.response}
    end = next((i for i in range(start, len(lines)) if lines[i].strip() in responses), None)
    return (start, len(lines), False) if end is None else (start, end, True)


def _previous_text(lines: list[str], index: int) -> str:
    for earlier in range(index - 1, -1, -1):
        if lines[earlier].strip():
            return lines[earlier].strip()
    return ""


def _language(lines: list[str]) -> str | None:
    hits = {labels.language: 0 for labels in LANGUAGES}
    for line in (raw.strip() for raw in lines):
        for labels in LANGUAGES:
            exact = (*labels.skip, *labels.auth, *labels.body, *labels.response, *labels.required)
            hits[labels.language] += line in exact
            hits[labels.language] += any(
                re.match(rf"^{re.escape(label)}\s*{COLON}", line)
                for label in labels.default + labels.range + labels.options
            )
    return language_of(hits)


def _models(
    parameters: tuple[PageParameter, ...], box: Block | None, sample: str | None, warnings: list[PageWarning]
) -> tuple[str | None, tuple[str, ...]]:
    """The page's default model and every id it documents: its `model` box's options (a family page lists
    several), else the curl sample's model. The default is the box's one option, its default, its example,
    the sample's model, or its first option, in that order."""
    parameter = next((p for p in parameters if p.name == "model"), None)
    options = tuple(v for v in (parameter.enum or ()) if isinstance(v, str)) if parameter else ()
    example = _example_id(box)
    line = parameter.line if parameter else None
    if len(options) > 1:
        if sample and sample not in options:
            warnings.append(PageWarning(line, f"the curl sample uses {sample}, which the model box does not list"))
        candidates = [parameter.default if parameter else None, example, sample, options[0]]
        return next(c for c in candidates if isinstance(c, str) and c in options), options
    stated = options[0] if options else parameter.default if parameter and isinstance(parameter.default, str) else None
    if stated and sample and stated != sample:
        warnings.append(PageWarning(line, f"the model box says {stated}, the curl sample {sample}; using {stated}"))
    model = stated or sample
    return model, (model,) if model else ()


def _example_id(box: Block | None) -> str | None:
    if box is None or box.example is None:
        return None
    value, ok = convert(box.example[1], ("string",))
    return value if ok and isinstance(value, str) else None


def _parameter(block: Block, warnings: list[PageWarning]) -> PageParameter:
    """Convert a block's texts by its stated type, and compare its prose with its box."""
    default: JSON = None
    if block.default is not None:
        line, text = block.default
        default, ok = convert(text, block.types)
        if not ok:
            warnings.append(PageWarning(line, f"{block.name}: default {text!r} does not fit its type; not taken"))
    enum: tuple[JSON, ...] | None = None
    if block.options is not None:
        values = []
        for line, text in block.options:
            value, ok = convert(text, block.types)
            if not ok:
                warnings.append(PageWarning(line, f"{block.name}: option {text!r} does not fit its type; not taken"))
            else:
                values.append(value)
        enum = tuple(values) if values else None
    low, high = block.range if block.range is not None else (None, None)
    parameter = PageParameter(
        name=block.name,
        line=block.line,
        types=block.types,
        required=block.required,
        minimum=low,
        maximum=high,
        default=default,
        enum=enum,
        description=" ".join(text for _, text in block.description),
        min_items=block.min_items,
    )
    warnings += _prose_checks(block, parameter)
    return parameter


def _prose_checks(block: Block, parameter: PageParameter) -> list[PageWarning]:
    """Prose that contradicts the parameter box: reported, never taken as data."""
    found: list[PageWarning] = []
    stated = _range_text(parameter.minimum, parameter.maximum)
    for line, text in block.description:
        for low, high in prose_intervals(text):
            if (low, high) != (parameter.minimum, parameter.maximum):
                message = f"{block.name}: the description speaks of [{low}, {high}], the box states {stated}"
                found.append(PageWarning(line, f"{message}; the box is used (prose is not data)", block.name))
        for match in PROSE_DEFAULT.finditer(text):
            said = match.group("value")
            value: JSON = said == "true" if said in ("true", "false") else number(said)
            if not same(parameter.default, value):
                box = "no default" if parameter.default is None else f"default {parameter.default}"
                message = f"{block.name}: the description says the default is {said}, the box states {box}"
                found.append(PageWarning(line, f"{message}; the box is used (prose is not data)", block.name))
    return found


def _range_text(low: int | float | None, high: int | float | None) -> str:
    if low is None and high is None:
        return "no range"
    if high is None:
        return f"x >= {low}"
    if low is None:
        return f"x <= {high}"
    return f"{low} <= x <= {high}"
