"""evolink-codegen: Evolink's per-model API docs -> OpenAPI 3.1, a typed Python SDK and docs.

The pipeline, one folder per stage, data flowing one way (spec -> ir -> outputs), in layers: a module imports
only from its own folder and from lower layers, never sideways or up (tests/generator/test_layers.py)::

  layer 0, the base every stage may use
    errors          SpecError: file, line, JSON pointer, message; every stage reports these as values
    exit_codes      every command's exit codes: 0 ok, 1 drift / --fail-on, 2 spec errors, 3 any other failure
    ir              the resolved spec every later stage reads: Spec, Api, CatalogueEntry, ModelVariant,
                    Parameter, Release; the names an id gives (class stem, docs page)
    json_values     `JSON`, the recursive type of a JSON value, and the checks that narrow one
    pointers        JSON pointers (RFC 6901)
    schema_refs     `$ref` walking and rewriting inside JSON Schemas
    code_spans      Markdown code spans both CommonMark and Python-Markdown read alike
    escaping        one escaping function per target: Python literals and docstrings, Markdown, TOML
    versions        the one `MAJOR.MINOR.PATCH` parser and the bump rule
    cache_roots     where the render cache and the page cache live
    toolchain       the pinned versions of the tools that shape the output, checked before a render
    stop_signals    SIGTERM and Ctrl-C stop a command's workers and exit at once, but wait for a write to finish
  layer 1, what the render reads and writes
    cache/          the rendered table and the costly emit stages cached by content hash (render cache)
      fingerprint     content hashes of folders, the generator's source and the installed tools
      store           the cache folder: checked entries, atomic writes, pruning, `--no-cache`
      stages          `cached_table` (the whole render) and `@memoized` (black, datamodel-code-generator)
    tree            write the rendered table to disk atomically, or measure its drift from disk
  layer 2
    load/           spec/*.yaml -> a checked `ir.Spec`, or every problem at once
      yaml_source     YAML files -> plain data + line marks (size, encoding, aliases and depth checked first)
      yaml_hints      what to do about a YAML syntax error
      spec_schema     the spec format's JSON Schema check (spec_format.schema.json)
      schema_checks   the JSON Schemas inside the spec: keywords, references, examples
      model_files     models/<id>.yaml, both ways (an id with `/` in a sub-folder)
      semantics       cross-reference and range checks; ids that would share a class name or a docs page
      merge           a model's parameter overrides laid over the catalogue entry
      resolve         raw documents -> the typed `ir.Spec` (catalogue, overrides, inheritance)
      releases        spec/changelog.yaml -> `Release` values
      loader          the stages above, in order: `load_spec(folder)`
  layer 3, side by side (neither imports the other)
    emit/           ir.Spec -> {relative path: text}, the whole output tree in memory
      openapi         the OpenAPI 3.1 document
      pytypes         OpenAPI components -> pydantic models and TypedDicts (datamodel-code-generator)
      annotations     JSON Schemas -> the Python type annotations of signatures and TypedDicts
      sdk_view        what the SDK templates print (models, parameters, class names, validation tables)
      resource_view   the (async) resource's `create()` in each response form: overloads by stream argument, returns
      docs_view       what the docs templates print (the index's tables and matrix, one `ModelPage` per model)
      examples        the code examples' calls: the model each calls, its arguments with values the spec accepts
      runtime_facts   retry and timeout constants and the exception classes, read from the runtime with `ast`
      exception_tree  the SDK's exception tree, drawn from those classes for the package docstring and the docs
      unasync         the sync modules (runtime and resources), derived token by token from their async sources
      jinja_env       the Jinja2 environment and its table of filters
      formatting      isort + black + docstring wrapping for emitted Python
      workers         the costly stages (datamodel-code-generator, black) side by side in forked processes
      render          all of the above -> `render_all(spec, templates)`
    diff/           two Specs -> classified changes, a `Report` (its docstring maps the modules)
      sources kinds change values shapes normal ranges subschema direction params models api responses
      report formats
  layer 4, side by side
    release/        `make changelog`
      changelog       bump the revision, write changelog.yaml and CHANGELOG.md, regenerate
    ingest/         vendor doc pages -> what they state; `sync` diffs that against the spec and can write it
      page labels values blocks restrictions response_sample text_page markdown read fetch index sources
      model_file response_plan write sync output
      commands        (its docstring maps the modules)
  layer 5
    cli             flags in, messages out (`__main__` runs it)
    templates       a link to ../templates, so an installed generator (the pre-commit hook) ships them

Glossary: one word per idea, the same in ir, views, templates and the SDK's runtime::

  catalogue entry   a body parameter as spec/api.yaml defines it for every model (`ir.CatalogueEntry`)
  model             one model id and its variant of the endpoint: server, source pages, parameters
                    (`ir.ModelVariant`; `ModelView` for the SDK, `ModelPage` for its docs page)
  parameter         a body field as one model takes it: its catalogue entry with the model's overrides and
                    lineage (`ir.Parameter`); printed as `ParameterView` / `ModelParameterView` (a keyword
                    argument of `create()`), `ParameterRow` (a docs table row), `ParameterRule` (the SDK's
                    run-time check; a model's are its `ModelRules`)
  argument          what a caller passes for a parameter
  inferred          a parameter a model's page does not document, taken from the model it inherits from
  stream argument   how one `create()` overload takes `stream` (`resource_view.StreamArgument`)
  response form     what a `create()` returns: parsed, raw (`with_raw_response`) or unread
                    (`with_streaming_response`) (`resource_view.ResponseForm`, `_call(response=...)`)
  async source      a module written once, async, whose sync twin `unasync` derives (`_async_x` -> `_sync_x`,
                    `async_chat` -> `chat`)
  page              a vendor doc page, as `ingest` reads it (`PageParameter`: what it states of a parameter)
  revision          spec/api.yaml's version; a release records one in spec/changelog.yaml
  drift             generated/ differing from what spec/ renders to (`check` fails on it)
"""

from __future__ import annotations

__version__ = "0.1.0"
