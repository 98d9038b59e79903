"""A documentation index in the llms.txt format -> the URLs of the pages that may document chat models.

The format is Markdown: a title, a summary, then sections of links, `- [Title](url): description`. Every
link is read (relative ones resolved against the index's own URL); the vendor's model pages live under
`/api-manual/language-series/`, so only those are candidates. Whether a candidate documents the spec's
endpoint is decided by reading it (`sync` skips the ones that document another endpoint, such as a
model's native-API page).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

_LINK = re.compile(r"\[(?P<title>[^\]\n]*)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
MODEL_PAGES = re.compile(r"/api-manual/language-series/")
"""The part of a URL's path that marks one of the vendor's model pages."""


def index_links(text: str, base: str | None = None) -> list[str]:
    """Every link of an llms.txt index, in order, each once; relative links resolved against `base`."""
    links: dict[str, None] = {}
    for match in _LINK.finditer(text):
        url = match.group("url").strip("<>")
        if base is not None:
            url = urljoin(base, url)
        links[url.split("#", 1)[0]] = None
    return list(links)


def model_page_candidates(links: list[str]) -> list[str]:
    """The links that point at a model page of the vendor's site (web URLs under `/api-manual/language-series/`)."""
    return [
        url for url in links if urlsplit(url).scheme in ("http", "https") and MODEL_PAGES.search(urlsplit(url).path)
    ]
