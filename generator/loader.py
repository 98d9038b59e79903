"""Load spec/ into a `Spec`, or into every problem it has: `load_spec(folder)`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.errors import SpecError
from generator.model import Spec
from generator.releases import CHANGELOG_FILE, build_releases, check_releases
from generator.resolve import build_spec
from generator.semantics import check_api, check_models
from generator.spec_schema import Kind, check_format
from generator.yaml_source import Document, read_document


@dataclass(frozen=True)
class LoadResult:
    """The resolved spec when there are no errors; otherwise `spec` is None and `errors` says why."""

    spec: Spec | None
    errors: list[SpecError]


def load_spec(folder: Path) -> LoadResult:
    """Read spec/api.yaml, spec/models/*.yaml and the optional spec/changelog.yaml; check; resolve if sound."""
    errors: list[SpecError] = []
    api_path = folder / "api.yaml"
    api, problems = _read(api_path, folder, "api")
    errors += problems
    model_paths = sorted((folder / "models").glob("*.yaml"))
    if not model_paths:
        errors.append(SpecError(_display(folder / "models", folder), 1, "", "no model files (models/*.yaml)"))
    models: list[Document] = []
    for path in model_paths:
        document, problems = _read(path, folder, "model")
        errors += problems
        if document is not None:
            models.append(document)
    changelog_path = folder / CHANGELOG_FILE
    changelog, problems = _read(changelog_path, folder, "changelog") if changelog_path.is_file() else (None, [])
    errors += problems
    complete = len(models) == len(model_paths)
    if api is None:
        return LoadResult(None, sorted(set(errors)))
    errors += check_api(api)
    errors += check_models(api, models, complete=complete)
    errors += check_releases(changelog, api.data["revision"]) if changelog is not None else []
    if errors:
        return LoadResult(None, sorted(set(errors)))
    if changelog is None:
        return LoadResult(build_spec(api, models, _concatenated([api_path, *model_paths])), [])
    spec = build_spec(api, models, _concatenated([api_path, *model_paths, changelog_path]))
    return LoadResult(replace(spec, releases=build_releases(changelog)), [])


def _concatenated(paths: list[Path]) -> bytes:
    """The bytes the spec's digest is taken of."""
    return b"".join(path.read_bytes() for path in paths)


def _read(path: Path, folder: Path, kind: Kind) -> tuple[Document | None, list[SpecError]]:
    """Parse and format-check one file; a file that fails either is left out of later checks."""
    if not path.is_file():
        return None, [SpecError(_display(path, folder), 1, "", "file not found")]
    document, errors = read_document(path, _display(path, folder))
    if document is None or errors:
        return None, errors
    format_errors = check_format(document, kind)
    return (None if format_errors else document), format_errors


def _display(path: Path, folder: Path) -> str:
    """The path as printed in messages: relative to the spec folder's parent, with / separators."""
    try:
        return path.relative_to(folder.parent).as_posix() if folder.parent != Path() else path.as_posix()
    except ValueError:
        return path.as_posix()
