"""Where a model's file lives: `models/<id>.yaml`, a `/` in the id making a sub-folder (`models/evolink/auto.yaml`).

One mapping, both ways, for the loader (which ids the files it finds must have) and for `sync --write` (where a
new model's file goes).
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

MODELS = "models"
"""The spec folder's sub-folder of model files."""
SUFFIX = ".yaml"
_SEGMENT = r"[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_-])?"
ID_PATTERN = rf"^{_SEGMENT}(?:/{_SEGMENT})*$"
"""A model id: segments of letters, digits, `.`, `-`, `_`, each starting with a letter or digit and not ending with
`.` (Windows drops a trailing dot from a file name), between `/`s. spec_format.schema.json holds the same pattern."""
MAX_ID_LENGTH = 100


def is_model_id(text: str) -> bool:
    """True when `text` is an id a model file can have (anything else could name a path outside models/)."""
    return len(text) <= MAX_ID_LENGTH and re.fullmatch(ID_PATTERN, text) is not None


def model_file(folder: Path, model_id: str) -> Path:
    """The file of model `model_id` in the spec folder `folder`."""
    return folder / MODELS / PurePosixPath(f"{model_id}{SUFFIX}")


def model_files(folder: Path) -> list[Path]:
    """Every `.yaml` under `models/`, sub-folders included, sorted (a folder or a dangling link named `*.yaml`
    included: the loader reports it rather than skip it)."""
    models = folder / MODELS
    return sorted(models.rglob(f"*{SUFFIX}")) if models.is_dir() else []


def file_id(folder: Path, path: Path) -> str:
    """The id the model file at `path` must have: its path under `models/` without `.yaml`, with `/` separators."""
    return path.relative_to(folder / MODELS).with_suffix("").as_posix()
