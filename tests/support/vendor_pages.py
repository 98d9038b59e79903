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
