"""`ingest` and `sync`: the vendor's doc pages -> what they state -> a spec diff and spec edits.

The modules, one job each, data flowing one way::

    page        the typed result: `IngestedPage` (every model id it documents), `PageParameter`, `Restriction`,
                `CutShort`, `ResponseField`, `PageWarning`, `PageError`
    endpoints   which of the spec's endpoints a page's request line documents (`{model}` bound, `{method}` a switch)
    labels      the docs platform's localized labels, one entry per language
    values      the small grammars: type lines, ranges, literal values
    blocks      the state machine over a text page's parameter blocks
    sections    a text page's Headers, Path Parameters and Response sections, read as blocks
    restrictions  sentences that say a model does not support some parameters, in every language read
    response_sample  the response fields a JSON sample or an OpenAPI response schema shows
    text_page   a page's text as a browser shows it -> `IngestedPage` (a page cut short says where)
    markdown    the Markdown source of a page with its OpenAPI document -> `IngestedPage` (an unclosed fence too)
    read        tell the formats apart, refuse HTML and endpoints the spec lacks, name the endpoint, check the model
    fetch       https pages with timeouts, bounded retries, a size limit and a conditional-request cache
    index       an llms.txt index -> the links to the vendor's model pages
    sources     PAGE arguments and an index -> pages, through one fetcher
    model_file  an `IngestedPage` and one of its ids -> that endpoint's variant in a model file, relative to its
                catalogue
    response_plan  response fields the pages show and the spec lacks -> where they go in spec/api.yaml
    endpoint_checks  a page's headers, path parameters, response entries and nested fields against the spec
    write       ruamel.yaml round-trip edits of spec/ (comments, key order, hand-written prose kept)
    sync        pages + spec -> a candidate spec -> the diff engine's `Report`, kept deviations, not checked, warnings
    output      sync's report as text, Markdown or JSON (the diff formats plus kept/not checked/warnings)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.ingest.page import IngestedPage, PageError, PageParameter, PageWarning
    from generator.ingest.read import ingest_text

__all__ = ["IngestedPage", "PageError", "PageParameter", "PageWarning", "ingest_text"]
_HOMES = {
    "ingest_text": "read",
    "IngestedPage": "page",
    "PageError": "page",
    "PageParameter": "page",
    "PageWarning": "page",
}


def __getattr__(name: str) -> object:
    # Loaded on first use: the command line imports this package for `cache` alone, and the readers pull in
    # the YAML and OpenAPI machinery that `generate` and `check` do not need.
    if name in _HOMES:
        return getattr(importlib.import_module(f"generator.ingest.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'generator.ingest' has no attribute {name!r}")
