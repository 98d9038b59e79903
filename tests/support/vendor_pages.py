"""The vendor's real pages kept as fixtures (tests/ingest/pages; README.md there gives each page's URL)."""

from __future__ import annotations

from pathlib import Path

from tests.support.paths import ROOT

PAGES = ROOT / "tests" / "ingest" / "pages"
VENDOR_PAGES = sorted(path for path in PAGES.iterdir() if path.suffix in (".txt", ".md") and path.name != "README.md")


def vendor_page(name: str) -> Path:
    """The fixture file `name`."""
    path = PAGES / name
    assert path.is_file(), f"no vendor page {name} in {PAGES}"
    return path


def listed_options(text: str) -> list[str]:
    """The first option list of a rendered page, read without the ingest's labels: after a line ending in a
    colon, the lines ending in a comma and the one after them (`gpt-5.1,` `gpt-5.1-chat,` `gpt-5.1-thinking`)."""
    lines = [line.strip() for line in text.splitlines()]
    for index in range(len(lines) - 1):
        if lines[index].endswith(":") and lines[index + 1].endswith(","):
            options: list[str] = []
            for line in lines[index + 1 :]:
                options.append(line.rstrip(","))
                if not line.endswith(","):
                    break
            return options
    return []


NATIVE = PAGES / "native"
NATIVE_PAGES = sorted(path for path in NATIVE.iterdir() if path.suffix in (".txt", ".md") and path.name != "README.md")
"""The native-api and task pages (tests/ingest/pages/native; README.md there says what each shows)."""


def native_page(name: str) -> Path:
    """The native or task fixture file `name`."""
    path = NATIVE / name
    assert path.is_file(), f"no vendor page {name} in {NATIVE}"
    return path


def native_urls() -> dict[str, str]:
    """Each native fixture's URL, from its README's table (`same URL as above` is the row above's)."""
    urls: dict[str, str] = {}
    previous = ""
    for line in (NATIVE / "README.md").read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0].startswith("`"):
            continue
        url = cells[1] if cells[1].startswith("https://") else previous
        urls[cells[0].strip("`")] = previous = url
    return urls
