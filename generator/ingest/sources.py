"""PAGE arguments (files or URLs) and an optional llms.txt index -> ingested pages or located errors.

Pages are read in the order given, then the index's candidate pages in its order. A page the index points
to that documents an endpoint the spec does not declare is skipped, not an error: an index lists every page
of the site.
Every URL, the index's included, goes through one `PageFetcher` and its conditional-request cache.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from generator.ingest.endpoints import CHAT, EndpointShape
from generator.ingest.fetch import FetchFailure, PageFetcher
from generator.ingest.index import index_links, model_page_candidates
from generator.ingest.page import IngestedPage, PageError
from generator.ingest.read import ingest_text

Ingested = IngestedPage | PageError


_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(source: str) -> bool:
    """True for a `scheme://` argument (anything else is a file path); the fetcher refuses all but https."""
    return _URL.match(source) is not None


@dataclass
class Read:
    """What was read: pages and errors in order, and the index's pages that document no endpoint of the spec."""

    results: list[Ingested] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    index_pages: int = 0
    """How many candidate pages the index pointed to."""


@dataclass(frozen=True)
class Reading:
    """How pages are read: the endpoints they may document (the spec's), and parameter names their prose may
    restrict besides those endpoints' catalogues."""

    endpoints: tuple[EndpointShape, ...] = (CHAT,)
    known: tuple[str, ...] = ()


def ingest_sources(sources: list[str], cache: Path | None, reading: Reading, *, index: str | None = None) -> Read:
    """Read every source, then every model page the index (a file or URL) lists; URLs are fetched through the
    cache folder, when given."""
    read = Read()
    with PageFetcher(cache) as fetcher:
        read.results = [_ingest(source, fetcher, reading) for source in sources]
        if index is not None:
            _read_index(index, fetcher, reading, read)
    return read


def _read_index(index: str, fetcher: PageFetcher, reading: Reading, read: Read) -> None:
    text = _text(index, fetcher)
    if isinstance(text, PageError):
        read.results.append(text)
        return
    candidates = model_page_candidates(index_links(text, index if is_url(index) else None))
    if not candidates:
        message = "the index links to no model page (no URL under /api-manual/language-series/)"
        read.results.append(PageError(index, None, message))
        return
    read.index_pages = len(candidates)
    for url in candidates:
        result = _ingest(url, fetcher, reading)
        if isinstance(result, PageError) and result.other_endpoint:
            read.skipped.append(url)
        else:
            read.results.append(result)


def _ingest(source: str, fetcher: PageFetcher, reading: Reading) -> Ingested:
    text = _text(source, fetcher)
    if isinstance(text, PageError):
        return text
    url = source if is_url(source) else None
    return ingest_text(text, source, url=url, endpoints=reading.endpoints, known=reading.known)


def _text(source: str, fetcher: PageFetcher) -> str | PageError:
    """A source's text: fetched (a URL) or read (a file)."""
    if is_url(source):
        fetched = fetcher.fetch(source)
        return PageError(source, None, fetched.message) if isinstance(fetched, FetchFailure) else fetched.text
    try:
        return Path(source).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return PageError(source, None, "no such file")
    except (OSError, UnicodeDecodeError) as exc:
        return PageError(source, None, f"cannot read the file: {exc}")
