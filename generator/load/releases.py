"""The optional spec/changelog.yaml: the recorded releases of the spec, newest first.

    - version: 1.1.0
      changes:
        - {severity: breaking, model: gemini-3-pro-preview, message: "top_k: maximum 64 added"}
        - {severity: info, model: null, message: "ChatCompletion.service_tier added"}

`make changelog` writes it (from `evolink-codegen diff`); the loader checks it and puts it on the
`Spec`, from which the docs' changelog section and CHANGELOG.md are rendered.
"""

from __future__ import annotations

from generator.errors import SpecError
from generator.ir import Release, ReleaseChange
from generator.load.yaml_source import Document
from generator.versions import parse

CHANGELOG_FILE = "changelog.yaml"


def check_releases(document: Document, revision: str) -> list[SpecError]:
    """Versions unique, newest first, none newer than the spec's revision (the shape is already checked)."""
    errors: list[SpecError] = []
    seen: set[str] = set()
    previous: str | None = None
    for index, entry in enumerate(document.data):
        version, pointer = entry["version"], f"/{index}/version"
        if version in seen:
            errors.append(document.error(pointer, f"version {version} is listed twice"))
        elif previous is not None and parse(version) > parse(previous):
            errors.append(document.error(pointer, f"releases go newest first, but {version} follows {previous}"))
        if parse(version) > parse(revision):
            errors.append(document.error(pointer, f"version {version} is newer than the spec's revision {revision}"))
        seen.add(version)
        previous = version
    return errors


def build_releases(document: Document) -> tuple[Release, ...]:
    """The typed releases of a checked changelog document, in file order."""
    return tuple(
        Release(
            str(entry["version"]),
            tuple(ReleaseChange(c["severity"], c["model"], c["message"], c.get("endpoint")) for c in entry["changes"]),
        )
        for entry in document.data
    )
