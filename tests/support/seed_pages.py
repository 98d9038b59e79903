"""The vendor's doc pages (the seeds) and edited copies of them, for the ingest and sync tests."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

import yaml

from generator.ingest import IngestedPage, ingest_text
from generator.ingest.blocks import labelled
from generator.ingest.labels import LANGUAGES, Labels
from generator.ingest.values import COLON
from tests.support.files import renamed
from tests.support.paths import ROOT

SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
"""The vendor's pages as a browser shows them, beside the repository (as CI has them)."""
COPIED_SEEDS = ROOT / "tests" / "ingest" / "seeds"
"""A copy of them, so that the tests also run in a clone without ../shared (test_seeds checks it is current)."""
SEEDS = SHARED_SEEDS if SHARED_SEEDS.is_dir() else COPIED_SEEDS
SEED_PAGES = sorted(SEEDS.glob("*.txt"))


def labels(language: str) -> Labels:
    """The label table of `language`."""
    return next(entry for entry in LANGUAGES if entry.language == language)


def swap_labels(text: str, source: str, target: str) -> str:
    """The page with every label of language `source` replaced by `target`'s (prose left as it is)."""
    old, new = labels(source), labels(target)
    return "\n".join(_swapped(line, old, new) for line in text.splitlines()) + "\n"


def _swapped(line: str, old: Labels, new: Labels) -> str:
    stripped = line.strip()
    for kind in ("default", "range", "options", "example"):
        rest = labelled(stripped, kind)
        if rest is not None and any(re.match(rf"^{re.escape(lab)}\s*{COLON}", stripped) for lab in getattr(old, kind)):
            label = getattr(new, kind)[0]
            return f"{label}:{rest}" if kind == "default" else f"{label}: {rest}".rstrip()
    for kind in ("skip", "auth", "body", "response", "required"):
        if stripped in getattr(old, kind):
            return str(getattr(new, kind)[0])
    return line


def without_block(text: str, name: str) -> str:
    """The page without parameter `name`'s block: from its name line to the next block (or the response)."""
    page = ingest_text(text, "page")
    assert isinstance(page, IngestedPage)
    lines = text.splitlines()
    starts = sorted(parameter.line for parameter in page.parameters)
    start = next(parameter.line for parameter in page.parameters if parameter.name == name)
    responses = {label for entry in LANGUAGES for label in entry.response}
    later = [line for line in starts if line > start]
    end = later[0] if later else next(i + 1 for i in range(start, len(lines)) if lines[i].strip() in responses)
    return "\n".join(lines[: start - 1] + lines[end - 1 :]) + "\n"


def with_block(text: str, before: str, block: str) -> str:
    """The page with `block` (lines) inserted right before parameter `before`'s name line."""
    page = ingest_text(text, "page")
    assert isinstance(page, IngestedPage)
    line = next(parameter.line for parameter in page.parameters if parameter.name == before)
    lines = text.splitlines()
    return "\n".join(lines[: line - 1] + block.splitlines() + lines[line - 1 :]) + "\n"


def full_seed_page() -> tuple[Path, IngestedPage]:
    """The seed page that documents the most parameters (the family's full page), ingested."""
    pages = [(path, ingest_text(path.read_text(encoding="utf-8"), path.name)) for path in SEED_PAGES]
    read = [(path, page) for path, page in pages if isinstance(page, IngestedPage)]
    return max(read, key=lambda item: len(item[1].parameters))


def family_page(text: str, ids: Sequence[str], *, note: str | None = None) -> str:
    """A full page turned into a family page, as the vendor writes one: its model id becomes `ids[0]` everywhere,
    its `model` box lists every id (`a,` `b,` `c`, one a line, as on the GPT-5.1 page), and `note` (a sentence,
    such as a restriction) is added to the box's description."""
    page = ingest_text(text, "page")
    assert isinstance(page, IngestedPage) and page.model is not None
    lines = renamed(text, page.model, ids[0]).splitlines()
    box = next(parameter for parameter in page.parameters if parameter.name == "model")
    option = next(i for i in range(box.line, len(lines)) if labelled(lines[i], "options") is not None) + 1
    assert lines[option].strip() == ids[0], "the model box lists one option"
    lines[option : option + 1] = [f"{model_id}," for model_id in ids[:-1]] + [ids[-1]]
    if note is not None:
        lines[option - 1 : option - 1] = [note, ""]
    return "\n".join(lines) + "\n"


def markdown_page(schema_name: str, openapi: Path, *, edit: Callable[[dict[str, object]], None] | None = None) -> str:
    """A vendor-style Markdown page whose fence holds an OpenAPI 3.1 document with one model's request schema.

    The document is generated/openapi.yaml's, cut down to that request schema (as `ChatRequest`, with
    `model` a one-value enum as the vendor writes it) and the schemas it refers to.
    """
    document = yaml.safe_load(openapi.read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    request = dict(schemas[schema_name])
    properties = dict(request["properties"])
    model = properties["model"]
    properties["model"] = {"type": "string", "enum": [model["const"]], "description": model.get("description", "")}
    request["properties"] = properties
    if edit is not None:
        edit(request)
    schemas = {**schemas, "ChatRequest": request}
    operation = document["paths"]["/v1/chat/completions"]["post"]
    operation["requestBody"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/ChatRequest"}
    document["components"]["schemas"] = schemas
    body = yaml.safe_dump(document, sort_keys=False, allow_unicode=True)
    return (
        "# Chat completions\n\n> Create a chat completion.\n\n## OpenAPI\n\n"
        f"````yaml api-reference/openapi.json POST /v1/chat/completions\n{body}````\n"
    )
