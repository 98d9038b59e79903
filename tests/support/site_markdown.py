"""Render Markdown the way the docs site does (Python-Markdown with mkdocs.yml's extensions), and read it back."""

from __future__ import annotations

from functools import cache
from html.parser import HTMLParser
from typing import Any

import markdown  # type: ignore[import-untyped]  # Python-Markdown ships no type hints
import yaml

from tests.support.paths import ROOT


@cache
def _extensions() -> tuple[list[str], dict[str, Any]]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names: list[str] = []
    options: dict[str, Any] = {}
    for entry in config["markdown_extensions"]:
        name, settings = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if settings:
            options[name] = settings
    return names, options


def to_html(text: str) -> str:
    """`text` as the mkdocs site renders it."""
    names, options = _extensions()
    return str(markdown.markdown(text, extensions=names, extension_configs=options))


class Html(HTMLParser):
    """The start tags, comments and `<code>` texts (entities decoded) of an HTML fragment."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.comments: list[str] = []
        self.code: list[str] = []
        self._in_code = 0
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "code":
            self._in_code += 1
            self.code.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "code":
            self._in_code -= 1

    def handle_data(self, data: str) -> None:
        if self._in_code:
            self.code[-1] += data

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)
