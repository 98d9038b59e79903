"""Content hashes of everything a stage's output depends on; a changed byte anywhere changes the hash."""

from __future__ import annotations

import functools
import hashlib
import os
import sys
from pathlib import Path

import generator


def folder_digest(root: Path, *, skip_bytecode: bool = False) -> str:
    """sha256 over the relative path and bytes of every file, and the path of every folder, under `root`.

    Folders count too, so an added empty folder or a renamed file changes the digest. `skip_bytecode`
    leaves out `__pycache__` folders and `.pyc` files (for code and templates, whose readers skip them;
    never for the spec, whose loader reports any stray file). Raises OSError when something cannot be
    read (the caller then renders without the cache).
    """
    digest = hashlib.sha256()
    for folder, folders, files in os.walk(root, onerror=_raise):
        folders[:] = sorted(name for name in folders if not (skip_bytecode and name == "__pycache__"))
        relative = Path(folder).relative_to(root).as_posix()
        digest.update(f"d {relative}\0".encode())
        for name in sorted(files):
            if skip_bytecode and name.endswith(".pyc"):
                continue
            data = (Path(folder) / name).read_bytes()
            digest.update(f"f {relative}/{name} {len(data)}\0".encode() + data)
    return digest.hexdigest()


@functools.cache
def generator_digest() -> str:
    """The digest of the generator package's own files: any code change invalidates what it derived."""
    return folder_digest(Path(generator.__file__).resolve().parent, skip_bytecode=True)


@functools.cache
def source_digest(module: str) -> str:
    """The digest of one loaded module's source file (a finer key than the whole package)."""
    path = getattr(sys.modules[module], "__file__", None)
    return hashlib.sha256(Path(path).read_bytes() if path else module.encode()).hexdigest()


@functools.cache
def environment_digest() -> str:
    """The Python version and every installed distribution's name and version (the tools' versions).

    Read from the `*.dist-info` folder names on sys.path: one directory listing each, no imports,
    and an upgrade of any tool (black, isort, datamodel-code-generator, jinja2, pydantic...) changes it.
    """
    names: list[str] = [sys.version, sys.implementation.cache_tag or ""]
    for entry in sys.path:
        try:
            names += sorted(name for name in os.listdir(entry or ".") if name.endswith((".dist-info", ".egg-info")))
        except OSError:
            continue
    return hashlib.sha256("\n".join(names).encode()).hexdigest()


def _raise(error: OSError) -> None:
    raise error
