# generated from spec/ by evolink-codegen; do not edit
"""The package version, which is the spec's revision."""

__version__ = "2.1.0"
