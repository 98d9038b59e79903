"""One page's text -> `IngestedPage` or `PageError`: tell the format apart, read it, say which endpoint it is for.

Formats: the text of a page as a browser shows it (`text_page`), the vendor's Markdown source holding an OpenAPI
document (`markdown`). A browser's HTML source is refused with what to do instead. The page's stated request
line is matched against every endpoint the caller reads pages for (`endpoints`); a page about none of them, a
page that names no model for an endpoint that takes one, and a page cut before its request body that states
nothing else, are errors, not empty results.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from generator.ingest.endpoints import CHAT, EndpointShape, Matched, declared, match
from generator.ingest.markdown import find_fence, read_markdown
from generator.ingest.page import CutShort, IngestedPage, PageError, PageWarning
from generator.ingest.text_page import read_text_page, sample_request, stated_endpoint

_HTML = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.IGNORECASE)
_LANGUAGE_IN_URL = re.compile(r"^/(?P<code>[a-z]{2})(?:-[A-Za-z]{2,4})?/")


def ingest_text(
    text: str,
    page: str,
    *,
    url: str | None = None,
    endpoints: Sequence[EndpointShape] = (CHAT,),
    known: Collection[str] = (),
) -> IngestedPage | PageError:
    """Read `text` (labelled `page` in messages; fetched from `url`, if it was) as a page for one of `endpoints`
    (`endpoints.shapes_of(spec)`; without a spec, chat completions alone).

    `known` are parameter names that a restriction in the page's prose may name even where the page itself does
    not reach them (a page cut short); the matched endpoint's catalogue names are added to them.
    """
    fence = find_fence(text)
    refusal = _refusal(text, page)
    if refusal is not None:
        return refusal
    stated = (" ".join(fence.operation) if fence.operation else None) if fence else stated_endpoint(text)
    matched = match(stated, endpoints) if stated is not None else None
    if stated is not None and matched is None:
        return _other_endpoint(page, stated, endpoints)
    if matched is not None and fence is None:
        matched = _sample_model(matched, text)
    names = {*known, *(matched.endpoint.parameters if matched else ())}
    result = read_markdown(text, page, names, fence) if fence is not None else read_text_page(text, page, names)
    if isinstance(result, PageError):
        return _documenting(result, matched)
    matched = matched or match(str(result.endpoint), endpoints)
    if matched is None:
        return _other_endpoint(page, str(result.endpoint), endpoints)
    return _finish(result, matched, url)


def _sample_model(matched: Matched, text: str) -> Matched:
    """A templated path (`{model}:generateContent`) takes the model id its curl sample puts there, if it does."""
    if matched.endpoint.model_in != "path" or "model" in matched.bound:
        return matched
    request = sample_request(text)
    sample = match(request, [matched.endpoint]) if request else None
    model = sample.bound.get("model") if sample else None
    return replace(matched, bound={**matched.bound, "model": model}) if model else matched


def _finish(result: IngestedPage, matched: Matched, url: str | None) -> IngestedPage | PageError:
    """The page as read, with what its endpoint says: its name, the model (body or path), the body's presence."""
    endpoint = matched.endpoint
    result = replace(result, endpoint_name=endpoint.name, streaming=matched.streaming, switch=matched.switch)
    if endpoint.model_in == "path":
        result = _path_model(result, matched)
    elif endpoint.model_in is None:
        result = replace(result, model=None, models=())
    if endpoint.model_in is not None and result.model is None:
        return PageError(result.page, None, f"the page names no model ({_NO_MODEL.get(endpoint.model_in, '')})")
    if endpoint.has_body and not result.body_read and result.cut_short is None:
        cut = CutShort(None, None, f"it ends before the request body of {endpoint.name}")
        result = replace(result, cut_short=cut)
    language = result.language or (_url_language(url) if url else None)
    return replace(result, language=language, url=url)


_NO_MODEL = {
    "body": "no `model` parameter box, no model in the sample",
    "path": "no model id in its path, no `model` path parameter with options",
}


def _path_model(result: IngestedPage, matched: Matched) -> IngestedPage:
    """The model of an endpoint that names it in the path: the id in the stated path, else the options of the
    page's `model` path parameter (its default or example first)."""
    bound = matched.bound.get("model")
    box = result.path_parameter("model")
    options = tuple(v for v in (box.enum or ()) if isinstance(v, str)) if box else ()
    warnings = result.warnings
    if bound is not None:
        if options and bound not in options:
            message = f"the path names the model {bound}, which the `model` path parameter does not list"
            warnings += (PageWarning(box.line if box else None, message),)
        return replace(result, model=bound, models=(bound,), warnings=warnings)
    if not options:
        return replace(result, model=None, models=())
    default = box.default if box is not None and box.default in options else options[0]
    return replace(result, model=str(default), models=options)


def _refusal(text: str, page: str) -> PageError | None:
    """Why `text` is not read at all: empty, or a browser's HTML."""
    if not text.strip():
        return PageError(page, None, "the page is empty")
    if _HTML.match(text):
        return PageError(
            page,
            None,
            "this is an HTML page (a browser's source), not its text: save the page's text (select all, copy, paste "
            "into a .txt file) or use the page's Markdown source (its URL with `.md` appended)",
        )
    return None


def _documenting(error: PageError, matched: Matched | None) -> PageError:
    """A reader's error, saying which endpoint (and model, where the path names one) the page documents."""
    if matched is None:
        return error
    model = matched.bound.get("model")
    what = f"{matched.endpoint.name} for {model}" if model else matched.endpoint.name
    return replace(error, message=f"a page of {what}: {error.message}")


def _other_endpoint(page: str, stated: str, endpoints: Sequence[EndpointShape]) -> PageError:
    message = f"not a page of an endpoint the spec declares: it documents {stated}; the spec has {declared(endpoints)}"
    return PageError(page, None, message, other_endpoint=True)


def _url_language(url: str) -> str | None:
    """`https://docs.example.com/ja/api/...` -> "ja"; an unprefixed docs URL is the default, English."""
    path = url.split("://", 1)[-1].partition("/")[2]
    match = _LANGUAGE_IN_URL.match("/" + path)
    code = match.group("code") if match else "en"
    return _URL_CODES.get(code, code)


_URL_CODES = {"cn": "zh"}
"""URL prefixes that are not ISO 639-1 codes: the vendor's Chinese pages live under /cn/."""
