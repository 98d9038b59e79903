"""Where the project's two caches live: the render cache (`generate`, `check`) and the page cache (`ingest`, `sync`).

Both sit under `$XDG_CACHE_HOME/evolink-codegen` (by default `~/.cache/evolink-codegen`), each with its own
environment variable to put it elsewhere. Light on purpose: the command line names the folders without
importing what uses them.
"""

from __future__ import annotations

import os
from pathlib import Path

RENDER_CACHE_ENV = "EVOLINK_CODEGEN_CACHE"
"""Environment variable naming the render cache folder."""
PAGE_CACHE_ENV = "EVOLINK_CODEGEN_PAGE_CACHE"
"""Environment variable naming the page cache folder (`--cache` wins over it)."""


def user_cache_root() -> Path:
    """$XDG_CACHE_HOME (or ~/.cache)/evolink-codegen: the parent of every cache folder of the project."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "evolink-codegen"


def render_cache_folder() -> Path:
    """$EVOLINK_CODEGEN_CACHE, else <user cache root>/render."""
    return Path(os.environ.get(RENDER_CACHE_ENV) or user_cache_root() / "render")


def page_cache_folder() -> Path:
    """$EVOLINK_CODEGEN_PAGE_CACHE, else <user cache root>/pages."""
    return Path(os.environ.get(PAGE_CACHE_ENV) or user_cache_root() / "pages")
