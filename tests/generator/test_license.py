"""The SDK ships this project's license: the text under templates/python is the repository's LICENSE."""

from __future__ import annotations

import tomllib

from generator.cli import DEFAULT_TEMPLATES
from tests.support.paths import ROOT


def test_the_sdk_license_template_is_the_repository_license() -> None:
    assert (DEFAULT_TEMPLATES / "python" / "LICENSE").read_text() == (ROOT / "LICENSE").read_text()


def test_both_packages_declare_the_license_they_ship() -> None:
    for project in (ROOT, ROOT / "generated" / "python"):
        metadata = tomllib.loads((project / "pyproject.toml").read_text())["project"]
        assert metadata["license"] == "MIT" and metadata["license-files"] == ["LICENSE"], project
        assert (project / "LICENSE").read_text().startswith("MIT License"), project
