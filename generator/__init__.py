"""evolink-codegen: Evolink's per-model API docs -> OpenAPI 3.1, a typed Python SDK and docs.

The stages, one module each, data flowing one way::

    yaml_source   YAML files -> plain data + line marks (size, encoding, aliases and depth checked first)
    yaml_hints    what to do about a YAML syntax error
    spec_schema   the spec format's JSON Schema check        -> SpecError values
    schema_checks the JSON Schemas inside the spec: keywords, references, examples -> SpecError values
    semantics     cross-reference and range checks           -> SpecError values
    resolve       raw documents -> the typed `model.Spec` (catalogue, overrides, inheritance)
    releases      the optional spec/changelog.yaml -> `Release` values (checked like the rest)
    loader        the four above, in order: `load_spec(folder)`
    openapi       Spec -> the OpenAPI 3.1 document
    pytypes       OpenAPI components -> pydantic models (datamodel-code-generator)
    sdk_view      Spec -> what the SDK templates print (type strings, signatures)
    render        Spec -> {relative path: text}, the whole output tree in memory
    tree          write that table to disk atomically, or diff it against disk
    diff/         two Specs -> classified changes, text/Markdown/JSON, semver, `make changelog`
    ingest/       vendor doc pages -> what they state; `sync` diffs that against the spec and can write it
    cli           flags in, messages out
"""

from __future__ import annotations

__version__ = "0.1.0"
