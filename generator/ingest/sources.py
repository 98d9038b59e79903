"""PAGE arguments (files or URLs) -> ingested pages or located errors, in the order given."""

from __future__ import annotations

import re
from pathlib import Path

from generator.ingest.fetch import FetchFailure, PageFetcher
from generator.ingest.page import IngestedPage, PageError
from generator.ingest.read import CHAT_ENDPOINT, ingest_text

Ingested = IngestedPage | PageError


_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(source: str) -> bool:
    """True for a `scheme://` argument (anything else is a file path); the fetcher refuses all but https."""
    return _URL.match(source) is not None


def ingest_sources(sources: list[str], cache: Path | None, *, endpoint: str = CHAT_ENDPOINT) -> list[Ingested]:
    """Read every source; a URL is fetched (through the cache folder, when given)."""
    results: list[Ingested] = []
    with PageFetcher(cache) as fetcher:
        for source in sources:
            if is_url(source):
                fetched = fetcher.fetch(source)
                if isinstance(fetched, FetchFailure):
                    results.append(PageError(source, None, fetched.message))
                    continue
                results.append(ingest_text(fetched.text, source, url=source, endpoint=endpoint))
            else:
                results.append(_read_file(source, endpoint))
    return results


def _read_file(source: str, endpoint: str) -> Ingested:
    try:
        text = Path(source).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return PageError(source, None, "no such file")
    except (OSError, UnicodeDecodeError) as exc:
        return PageError(source, None, f"cannot read the file: {exc}")
    return ingest_text(text, source, endpoint=endpoint)
