"""The cached stages: the whole rendered table (`cached_table`) and single pure functions (`memoized`).

Every key is a sha256 of the stage's exact inputs plus what could change its output for the same
inputs: the generator's source and the installed tools' versions (fingerprint.py). Only successful
results are stored, so a hit is proof that the same bytes rendered (and validated) before.
"""

from __future__ import annotations

import functools
import hashlib
import json
import pickle
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec

from generator.cache import store
from generator.cache.fingerprint import environment_digest, folder_digest, generator_digest, source_digest

if TYPE_CHECKING:
    import jinja2

P = ParamSpec("P")
Table = dict[str, str]


def cached_table(spec: Path, templates: Path, render: Callable[[], Table | None]) -> Table | None:
    """The table `render()` returns for these spec and template folders, from the cache when it holds it.

    On a hit nothing of the pipeline is imported or run. `render` returns None on spec errors (it has
    reported them); such results are never stored.
    """
    key = table_key(spec, templates)
    payload = store.get(key) if key else None
    table = _decode_table(payload) if payload is not None else None
    if table is not None:
        return table
    table = render()
    # Stored only if the inputs did not change while rendering, so the entry matches its key.
    if table is not None and key and table_key(spec, templates) == key:
        store.put(key, json.dumps(table, ensure_ascii=False).encode("utf-8"))
    return table


def table_key(spec: Path, templates: Path) -> str | None:
    """The key of the rendered table: every byte of the spec and the templates, the generator, the tools.

    None when an input cannot be read: the caller then renders, and the loader reports the problem.
    """
    try:
        parts = [
            "table",
            generator_digest(),
            environment_digest(),
            folder_digest(spec),
            folder_digest(templates, skip_bytecode=True),
        ]
    except OSError:
        return None
    return "table-" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def jinja_bytecode_cache() -> jinja2.BytecodeCache | None:
    """Jinja2's compiled templates, kept as checked entries of the cache folder (None with the cache disabled).

    Jinja checks each entry against its template's source itself; its own key does not cover the
    environment's options, so the keys carry a digest of jinja_env.py and the tools' versions.
    """
    if not store.enabled():
        return None
    import jinja2  # noqa: PLC0415 (only a render, which has imported it already, asks)

    prefix = hashlib.sha256(f"{source_digest('generator.emit.jinja_env')}{environment_digest()}".encode())

    class Compiled(jinja2.BytecodeCache):
        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            payload = store.get(f"jinja-{prefix.hexdigest()[:32]}-{bucket.key}")
            if payload is not None:
                try:
                    bucket.bytecode_from_string(payload)
                except (EOFError, ValueError, TypeError, pickle.UnpicklingError):
                    bucket.reset()

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            store.put(f"jinja-{prefix.hexdigest()[:32]}-{bucket.key}", bucket.bytecode_to_string())

    return Compiled()


def memoized(function: Callable[P, str]) -> Callable[P, str]:
    """`function` (pure, returning text) with its results cached by its arguments, its module's source and the tools.

    Arguments must be JSON-like (mappings, lists, sets, scalars); other calls run uncached. The key covers
    only the function's own module, so `function` must call no generator code outside that module.
    """

    @functools.wraps(function)
    def cached(*args: P.args, **kwargs: P.kwargs) -> str:
        key = _call_key(function.__name__, function.__module__, args, kwargs)
        found = _stored(key)
        if found is not None:
            return found
        result = function(*args, **kwargs)
        if key:
            store.put(key, result.encode("utf-8"))
        return result

    return cached


def cached_result(function: Callable[P, str], *args: P.args, **kwargs: P.kwargs) -> str | None:
    """What the `@memoized` `function` would answer from the cache for this call, or None (it would run)."""
    return _stored(_call_key(function.__name__, function.__module__, args, kwargs))


def _stored(key: str | None) -> str | None:
    payload = store.get(key) if key else None
    if payload is not None:
        try:
            return payload.decode("utf-8")
        except UnicodeDecodeError:
            pass
    return None


def _call_key(stage: str, module: str, args: tuple[object, ...], kwargs: Mapping[str, object]) -> str | None:
    try:
        arguments = json.dumps([args, kwargs], default=_plain, ensure_ascii=False)
    except (TypeError, ValueError):
        return None
    parts = [stage, source_digest(module), environment_digest(), arguments]
    return f"{stage}-" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def _plain(value: object) -> object:
    """JSON for what `json` does not know: sets in sorted order, other mappings as dicts."""
    if isinstance(value, set | frozenset):
        return sorted(value, key=repr)
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"not cacheable: {type(value).__name__}")


def _decode_table(payload: bytes) -> Table | None:
    """The table in an entry, or None if it is not a {path: text} object (a miss, never an error)."""
    try:
        table = json.loads(payload)
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
        return None
    return table
