"""One page's text -> `IngestedPage` or `PageError`: tell the format apart, read it, check what it is for.

Formats: the text of a page as a browser shows it (`text_page`), the vendor's Markdown source holding an OpenAPI
document (`markdown`). A browser's HTML source is refused with what to do instead. A page that is
not about the chat-completions endpoint, or names no model, is an error, not an empty result.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from generator.ingest.markdown import Fence, find_fence, read_markdown
from generator.ingest.page import IngestedPage, PageError
from generator.ingest.text_page import read_text_page, stated_endpoint

CHAT_ENDPOINT = "POST /v1/chat/completions"
_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.IGNORECASE)
_LANGUAGE_IN_URL = re.compile(r"^/(?P<code>[a-z]{2})(?:-[A-Za-z]{2,4})?/")


def ingest_text(
    text: str,
    page: str,
    *,
    url: str | None = None,
    endpoint: str = CHAT_ENDPOINT,
    known: Collection[str] = (),
) -> IngestedPage | PageError:
    """Read `text` (labelled `page` in messages; fetched from `url`, if it was) as a page for `endpoint`.

    `known` are parameter names (the spec's catalogue) that a restriction in the page's prose may name even
    where the page itself does not reach them (a page cut short).
    """
    fence = find_fence(text)
    refusal = _refusal(text, page, endpoint, fence)
    if refusal is not None:
        return refusal
    result = read_markdown(text, page, known, fence) if fence is not None else read_text_page(text, page, known)
    if isinstance(result, PageError):
        return result
    if result.endpoint != endpoint:
        return _other_endpoint(page, str(result.endpoint), endpoint)
    if result.model is None:
        return PageError(page, None, "the page names no model (no `model` parameter box, no model in the sample)")
    language = result.language or (_url_language(url) if url else None)
    return replace(result, language=language, url=url)


def _refusal(text: str, page: str, endpoint: str, fence: Fence | None) -> PageError | None:
    """Why `text` (with its OpenAPI fence, if any) is not read at all: empty, a browser's HTML, or a page about
    another endpoint."""
    if not text.strip():
        return PageError(page, None, "the page is empty")
    if _HTML.match(text):
        return PageError(
            page,
            None,
            "this is an HTML page (a browser's source), not its text: save the page's text (select all, copy, paste "
            "into a .txt file) or use the page's Markdown source (its URL with `.md` appended)",
        )
    stated = (" ".join(fence.operation) if fence.operation else None) if fence else stated_endpoint(text)
    return _other_endpoint(page, stated, endpoint) if stated is not None and stated != endpoint else None


def _other_endpoint(page: str, stated: str, endpoint: str) -> PageError:
    message = f"not a chat-completions page: it documents {stated}, not {endpoint}"
    return PageError(page, None, message, other_endpoint=True)


def _url_language(url: str) -> str | None:
    """`https://docs.example.com/ja/api/...` -> "ja"; an unprefixed docs URL is the default, English."""
    path = url.split("://", 1)[-1].partition("/")[2]
    match = _LANGUAGE_IN_URL.match("/" + path)
    code = match.group("code") if match else "en"
    return _URL_CODES.get(code, code)


_URL_CODES = {"cn": "zh"}
"""URL prefixes that are not ISO 639-1 codes: the vendor's Chinese pages live under /cn/."""
