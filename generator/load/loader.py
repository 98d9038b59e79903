"""Load spec/ into a `Spec`, or into every problem it has: `load_spec(folder)`."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from generator.errors import SpecError
from generator.ir import Spec
from generator.load.model_files import MODELS, SUFFIX, file_id, model_files
from generator.load.releases import CHANGELOG_FILE, build_releases, check_releases
from generator.load.resolve import build_spec
from generator.load.semantics import check_api, check_models
from generator.load.spec_schema import Kind, check_format
from generator.load.yaml_source import Document, read_document

_SPEC_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
_NOT_READ = (
    "the spec reads only api.yaml, changelog.yaml and models/<model-id>.yaml:"
    " move a model file to models/<model-id>.yaml, or delete this one"
)


@dataclass(frozen=True)
class LoadResult:
    """The resolved spec when there are no errors; otherwise `spec` is None and `errors` says why."""

    spec: Spec | None
    errors: list[SpecError]


def load_spec(folder: Path) -> LoadResult:
    """Read spec/api.yaml, spec/models/*.yaml and the optional spec/changelog.yaml; check; resolve if sound."""
    errors: list[SpecError] = []
    api_path = folder / "api.yaml"
    strays = _stray_files(folder)
    errors += [SpecError(_display(path, folder), 1, "", message) for path, message in strays]
    misnamed_api = any(path == folder / path.name and path.stem == "api" for path, _ in strays)
    api, problems = (None, []) if misnamed_api and not api_path.exists() else _read(api_path, folder, "api")
    errors += problems
    # Not only files: a dangling symlink or a folder named like a model file is reported, not skipped.
    model_paths = model_files(folder)
    if not model_paths and not strays:
        message = "no model files: add models/<model-id>.yaml (README.md, 'Add a model', shows one)"
        errors.append(SpecError(_display(folder / "models", folder), 1, "", message))
    models: list[Document] = []
    for path in model_paths:
        document, problems = _read(path, folder, "model")
        errors += problems
        if document is not None:
            models.append(document)
    changelog_path = folder / CHANGELOG_FILE
    changelog, problems = _read(changelog_path, folder, "changelog") if changelog_path.is_file() else (None, [])
    errors += problems
    complete = len(models) == len(model_paths) and not strays
    if api is None:
        return LoadResult(None, sorted(set(errors)))
    api_errors, types = check_api(api)
    errors += api_errors
    file_ids = {_display(path, folder): file_id(folder, path) for path in model_paths}
    errors += check_models(api, models, types, complete=complete, file_ids=file_ids)
    errors += check_releases(changelog, api.data["revision"]) if changelog is not None else []
    if errors:
        return LoadResult(None, sorted(set(errors)))
    if changelog is None:
        return LoadResult(build_spec(api, models, _concatenated([api_path, *model_paths])), [])
    spec = build_spec(api, models, _concatenated([api_path, *model_paths, changelog_path]))
    return LoadResult(replace(spec, releases=build_releases(changelog)), [])


def _stray_files(folder: Path) -> list[tuple[Path, str]]:
    """Files that look like spec files but would not be read, each with what to do about it.

    The loader reads exactly api.yaml, changelog.yaml and models/<id>.yaml (an id with `/` in a sub-folder of
    models/); a model written as `.yml` or `.json`, or anywhere else, would otherwise be ignored without a word.
    """
    models = folder / "models"
    candidates = [*folder.glob("*"), *(models.rglob("*") if models.is_dir() else ())]
    found: list[tuple[Path, str]] = []
    for path in sorted(candidates):
        relative = path.relative_to(folder)
        if not path.is_file() or path.suffix.lower() not in _SPEC_SUFFIXES or path.name.startswith("."):
            continue
        if relative.parts[0] == MODELS and len(relative.parts) > 1:
            if path.suffix != SUFFIX:
                within = relative.relative_to(MODELS).with_suffix(SUFFIX).as_posix()
                found.append((path, f"model files end in .yaml: rename it to models/{within}"))
        elif relative.name in ("api.yaml", CHANGELOG_FILE) and len(relative.parts) == 1:
            continue
        elif len(relative.parts) == 1 and path.stem in ("api", "changelog"):
            found.append((path, f"rename it to {path.stem}.yaml; the spec reads no other name"))
        else:
            found.append((path, _NOT_READ))
    return found


def _concatenated(paths: list[Path]) -> bytes:
    """The bytes the spec's digest is taken of."""
    return b"".join(path.read_bytes() for path in paths)


def _read(path: Path, folder: Path, kind: Kind) -> tuple[Document | None, list[SpecError]]:
    """Parse and format-check one file; a file that fails either is left out of later checks."""
    if not path.is_file():
        return None, [SpecError(_display(path, folder), 1, "", _not_a_file(path, kind))]
    document, errors = read_document(path, _display(path, folder))
    if document is None or errors:
        return None, errors
    format_errors = check_format(document, kind)
    return (None if format_errors else document), format_errors


def _not_a_file(path: Path, kind: Kind) -> str:
    """Why `path` cannot be read as a spec file, and what to do about it."""
    if path.is_symlink() and not path.exists():
        return f"a symbolic link to {os.readlink(path)}, which does not exist: fix or remove the link"
    if path.is_dir():
        return "a folder, not a file: spec files are YAML files"
    if kind == "model":
        return "not a regular file: model files are YAML files in models/"
    return "file not found: a spec folder holds api.yaml and models/ (is --spec the right folder?)"


def _display(path: Path, folder: Path) -> str:
    """The path as printed in messages: relative to the spec folder's parent, with / separators."""
    try:
        return path.relative_to(folder.parent).as_posix() if folder.parent != Path() else path.as_posix()
    except ValueError:
        return path.as_posix()
