"""A page as a browser shows its text (../shared/seeds) -> `IngestedPage`, or a located `PageError`.

The page's parts, top to bottom: the skip link, the method and the path split over lines
(`POST` `/` `v1` `/` `chat` ...), the curl sample (its `--url` gives the server, its `--data` body
the model), the response sample, the localized auth section, the body section (from the line
`application/json` after the body heading to the response heading), then the response fields.
The body section's parameter blocks are `blocks`' job.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from generator.diff.values import same
from generator.ingest.blocks import Block, BlockReader
from generator.ingest.labels import LANGUAGES, PROSE_DEFAULT, language_of
from generator.ingest.page import IngestedPage, PageError, PageParameter, PageWarning
from generator.ingest.values import COLON, convert, number, prose_intervals
from generator.ir import JSON

METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
_SEGMENT = re.compile(r"^[A-Za-z0-9_.{}\-]+$")
_WHOLE_PATH = re.compile(r"^/[A-Za-z0-9_.{}/\-]*$")
_URL = re.compile(r"--url\s+['\"]?(?P<url>[^\s'\"]+)")


def read_text_page(text: str, page: str) -> IngestedPage | PageError:
    """Everything the text page states, or why it cannot be read as an API page."""
    lines = text.splitlines()
    warnings: list[PageWarning] = []
    endpoint = _endpoint(lines)
    server, sample_model, sample_path = _curl(lines, warnings)
    if endpoint is None and sample_path is None:
        return PageError(page, None, "not an API reference page: no endpoint (no `POST /v1/...` line, no curl sample)")
    method_path = endpoint or f"POST {sample_path}"
    if endpoint and sample_path and endpoint.split(" ", 1)[1] != sample_path:
        warnings.append(PageWarning(None, f"the curl sample posts to {sample_path}, the page documents {endpoint}"))
    section = _body_section(lines)
    if section is None:
        return PageError(page, None, "no request body section (no line `application/json` after the body heading)")
    start, end = section
    reader = BlockReader()
    for index in range(start, end):
        reader.feed(index + 1, lines[index], lines[index + 1] if index + 1 < len(lines) else None)
    warnings += reader.warnings
    parameters = tuple(_parameter(block, warnings) for block in reader.blocks)
    model = _model(parameters, sample_model, warnings)
    return IngestedPage(page, model, server, method_path, _language(lines), parameters, tuple(warnings))


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
    parts: list[str] = []
    for line in (raw.strip() for raw in lines):
        if not parts and _WHOLE_PATH.match(line) and line != "/":
            return line
        if line == "/" and (not parts or parts[-1] != "/"):
            parts.append(line)
        elif parts and parts[-1] == "/" and _SEGMENT.match(line):
            parts.append(line)
        else:
            break
    return "".join(parts).rstrip("/") if len(parts) > 1 else ""


def _curl(lines: list[str], warnings: list[PageWarning]) -> tuple[str | None, str | None, str | None]:
    """(server origin, model of the sample body, path of the sample URL), each None when absent."""
    start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("curl ")), None)
    if start is None:
        return None, None, None
    server = path = model = None
    for index in range(start, min(len(lines), start + 12)):
        match = _URL.search(lines[index])
        if match:
            parts = urlsplit(match.group("url"))
            if parts.scheme and parts.netloc:
                server, path = f"{parts.scheme}://{parts.netloc}", parts.path or "/"
        if "--data" in lines[index]:
            model = _sample_model(lines, index, warnings)
            break
    return server, model, path


def _sample_model(lines: list[str], data_line: int, warnings: list[PageWarning]) -> str | None:
    """The `model` of the JSON body after `--data '`, up to the line holding only `'`."""
    body: list[str] = []
    for index in range(data_line + 1, min(len(lines), data_line + 200)):
        if lines[index].strip() == "'":
            break
        body.append(lines[index])
    try:
        data = json.loads("\n".join(body))
    except ValueError:
        warnings.append(PageWarning(data_line + 1, "the curl sample's body is not JSON; its model is not read"))
        return None
    model = data.get("model") if isinstance(data, dict) else None
    return model if isinstance(model, str) and model else None


def _body_section(lines: list[str]) -> tuple[int, int] | None:
    """The 0-based [start, end) of the body's parameter lines."""
    candidates = [i for i, line in enumerate(lines) if line.strip() == "application/json"]
    if not candidates:
        return None
    body_headings = {label for labels in LANGUAGES for label in labels.body}
    after_heading = [i for i in candidates if _previous_text(lines, i) in body_headings]
    start = (after_heading or candidates)[0] + 1
    responses = {label for labels in LANGUAGES for label in labels.response}
    end = next((i for i in range(start, len(lines)) if lines[i].strip() in responses), len(lines))
    return start, end


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


def _model(parameters: tuple[PageParameter, ...], sample: str | None, warnings: list[PageWarning]) -> str | None:
    """The model the page is for: its `model` box (one option, or the default), else the curl sample's."""
    box = next((p for p in parameters if p.name == "model"), None)
    stated: str | None = None
    if box is not None and box.enum is not None and len(box.enum) == 1 and isinstance(box.enum[0], str):
        stated = box.enum[0]
    elif box is not None and isinstance(box.default, str):
        stated = box.default
    if stated and sample and stated != sample:
        line = box.line if box else None
        warnings.append(PageWarning(line, f"the model box says {stated}, the curl sample {sample}; using {stated}"))
    return stated or sample


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
