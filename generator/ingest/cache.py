"""Where fetched pages are cached: `--cache`, else $EVOLINK_CODEGEN_PAGE_CACHE, else the user's cache folder.

Kept apart from `fetch` so the command line can name the folder without importing httpx.
"""

from __future__ import annotations

import os
from pathlib import Path

CACHE_ENV = "EVOLINK_CODEGEN_PAGE_CACHE"
"""Environment variable naming the page cache folder (`--cache` wins over it)."""


def default_cache() -> Path:
    """$EVOLINK_CODEGEN_PAGE_CACHE, else $XDG_CACHE_HOME (or ~/.cache)/evolink-codegen/pages."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return user_cache_root() / "pages"


def user_cache_root() -> Path:
    """$XDG_CACHE_HOME (or ~/.cache)/evolink-codegen: the parent of every cache folder of the project."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "evolink-codegen"
