"""Spec -> the whole output tree in memory: `render_all(spec, templates) -> {relative path: text}`.

Layout of templates/ (each template emits one file, or one per model or per flavour):

    python/runtime/**    the hand-written SDK runtime (no spec data in it), copied verbatim into
                         generated/python/src/evolink/; each `_async_<name>.py` there is also derived into
                         its sync twin `_sync_<name>.py` (see `unasync`)
    python/**            the rest, mirrored into generated/python/: `X.jinja` renders to `X`, but
                         `resources/async_resource.py.jinja` renders once per top-level resource, to
                         `resources/async_<name>.py`; a rendered `async_<name>.py` (the resources, written
                         async) also gets its sync twin `<name>.py`
    docs/index.md.jinja  -> docs/index.md
    docs/model.md.jinja  -> docs/models/<docs slug>.md, once per model id any endpoint serves (`/` made `-`)
    docs/endpoint.md.jinja -> docs/endpoints/<name>.md, once per endpoint that takes no model (the task API)
    **/_macros/**        shared fragments, imported by templates, never emitted
"""

from __future__ import annotations

import hashlib
import traceback
from collections.abc import Callable, Mapping
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import jinja2

from generator import __version__
from generator.emit.docs_view import DocsView, build_docs_view
from generator.emit.endpoint_docs_view import EndpointDocs, build_endpoint_docs
from generator.emit.formatting import format_python, import_formatters
from generator.emit.jinja_env import make_environment
from generator.emit.openapi import build_openapi, dump_openapi
from generator.emit.pytypes import defined_names, python_types
from generator.emit.resource_view import ResourceModule, build_resource_modules
from generator.emit.runtime_facts import read_runtime_facts
from generator.emit.sdk_view import PACKAGE, build_sdk_view, request_schema_names, response_schema_names
from generator.emit.unasync import is_async_source, sync_twin, twin_names, unasync
from generator.emit.workers import Runner, Workers
from generator.errors import TemplateError
from generator.ir import Spec
from generator.toolchain import check_toolchain
from generator.tree import MANIFEST

GENERATED_NOTE = "generated from spec/ by evolink-codegen; do not edit"
RUNTIME_SOURCE = "python/runtime"
"""The hand-written runtime core, relative to the templates folder; copied into the package folder."""
TYPES_MODULE = f"python/src/{PACKAGE}/types/_models.py"
PARAMS_MODULE = f"python/src/{PACKAGE}/types/_request_params.py"
RESOURCE_TEMPLATE = f"python/src/{PACKAGE}/resources/async_resource.py.jinja"
"""Rendered once per top-level resource, as `resources/async_<name>.py`."""
DOCS_TEMPLATES = ("docs/index.md.jinja", "docs/model.md.jinja", "docs/endpoint.md.jinja")
"""The index, and the page rendered once per model."""
_COMMENT_STYLES: dict[str, Callable[[str], str]] = {
    ".py": lambda note: f"# {note}\n",
    ".toml": lambda note: f"# {note}\n",
    ".yaml": lambda note: f"# {note}\n",
    ".md": lambda note: f"<!-- {note} -->\n",
}


def render_all(spec: Spec, templates: Path, types_runner: Runner | None = None) -> dict[str, str]:
    """Every output file, keyed by its path relative to the output folder, ready to write.

    `types_runner` runs datamodel-code-generator (`python_types`), by default in one of the render's workers; the
    command line passes a `Reserved` process forked before the spec loaded, which imported the tool meanwhile.
    `ToolchainError` if a tool that shapes the output is not the pinned version (see `generator.toolchain`).
    """
    check_toolchain()
    openapi = build_openapi(spec)
    aliases = {p.name: p.python_name for e in spec.api.endpoints for p in e.catalogue if p.aliased}
    # datamodel-code-generator in one worker while this process reads the templates and the other worker formats
    # the runtime's derived modules; every Python file is formatted as soon as it is rendered.
    with Workers(prepare=import_formatters) as workers:
        types = python_types(
            types_runner or workers, openapi, aliases, response_schema_names(spec), request_schema_names(spec)
        )
        runtime = copy_runtime(templates)
        twins = sync_twins(runtime.sources)
        formatted = _format_all(workers, twins)
        environment = make_environment(templates)
        docs = build_docs_view(spec, read_runtime_facts(templates))
        table: dict[str, str] = {"openapi.yaml": with_header("openapi.yaml", dump_openapi(openapi))}
        try:
            _compile_all(environment, templates)
            types_source, params_source = types.result()
            table[TYPES_MODULE] = with_header(TYPES_MODULE, types_source)
            table[PARAMS_MODULE] = with_header(PARAMS_MODULE, params_source)
            formatted.update(_format_all(workers, table))
            sdk = build_sdk_view(spec, defined_names(types_source), defined_names(params_source))
            modules = build_resource_modules(sdk)
            endpoints = build_endpoint_docs(spec)
            context = {"spec": spec, "sdk": sdk, "resources": modules, "docs": docs, "endpoints": endpoints}
            rendered = _render_python(environment, templates, context)
            rendered.update(_render_resources(environment, modules, context))
            python = {path: with_header(path, source.text) for path, source in rendered.items()}
            python.update(sync_twins(rendered, known=runtime.sources))
            formatted.update(_format_all(workers, python))
            table.update(python)
            table.update(_render_docs(environment, docs, endpoints, context))
        except jinja2.TemplateError as exc:
            raise TemplateError(_located(exc)) from exc
        table = {path: _finish(path, text, formatted.get(path)) for path, text in {**table, **twins}.items()}
    # Copied as they are: `make lint` keeps templates/python/runtime black- and isort-clean, and
    # tests/generator/test_golden.py proves formatting would not change them (a third of black's cold time).
    table.update(runtime.copied)
    table[MANIFEST] = manifest(spec, table)
    return dict(sorted(table.items()))


def with_header(path: str, text: str, note: str = GENERATED_NOTE) -> str:
    """`text` behind a one-line "do not edit" comment in the file type's syntax (if it has one)."""
    style = _COMMENT_STYLES.get(PurePosixPath(path).suffix)
    return style(note) + text if style else text


def manifest(spec: Spec, table: Mapping[str, str]) -> str:
    """The spec's hash, the generator's version and a hash of every other output file."""
    lines = [
        f"# {GENERATED_NOTE}",
        f"generator evolink-codegen {__version__}",
        f"spec sha256:{spec.digest}",
        "",
    ]
    lines += [f"{hashlib.sha256(text.encode()).hexdigest()}  {path}" for path, text in sorted(table.items())]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Source:
    """An output file's text before its header, and the template file it came from (for messages)."""

    origin: str
    text: str


def _render_python(
    environment: jinja2.Environment, templates: Path, context: Mapping[str, object]
) -> dict[str, Source]:
    """python/ less the runtime, mirrored: each `X.jinja` rendered to `X`, the other files as they are."""
    table: dict[str, Source] = {}
    for relative in _python_files(templates):
        if relative.endswith(".jinja"):
            table[relative.removesuffix(".jinja")] = Source(
                relative, environment.get_template(relative).render(context)
            )
        else:
            table[relative] = Source(relative, (templates / relative).read_text(encoding="utf-8"))
    return table


def _render_resources(
    environment: jinja2.Environment, modules: tuple[ResourceModule, ...], context: Mapping[str, object]
) -> dict[str, Source]:
    """`resources/async_<name>.py` for each top-level resource, from the one resource template."""
    template = environment.get_template(RESOURCE_TEMPLATE)
    folder = PurePosixPath(RESOURCE_TEMPLATE).parent
    return {
        str(folder / f"{module.module}.py"): Source(RESOURCE_TEMPLATE, template.render({**context, "module": module}))
        for module in modules
    }


def _python_files(templates: Path) -> list[str]:
    """The files under python/ that are rendered or mirrored (the runtime is copied apart), relative to templates/."""
    files = _sources(templates / "python", templates)
    relative = [p.relative_to(templates).as_posix() for p in files if not p.is_relative_to(templates / RUNTIME_SOURCE)]
    return [path for path in relative if path != RESOURCE_TEMPLATE]


@dataclass(frozen=True)
class Runtime:
    """The hand-written runtime under the package folder: `copied` verbatim (Python files behind a do-not-edit
    note; already formatted), and its async `sources`, whose sync twins are derived."""

    copied: dict[str, str]
    sources: dict[str, Source]


def copy_runtime(templates: Path) -> Runtime:
    """The runtime's files, and its async sources for `sync_twins`."""
    runtime = Runtime({}, {})
    root = templates / RUNTIME_SOURCE
    for source in _sources(root, templates):
        relative = source.relative_to(templates).as_posix()
        output = f"python/src/{PACKAGE}/{source.relative_to(root).as_posix()}"
        text = source.read_text(encoding="utf-8")
        note = f"copied from templates/{relative} by evolink-codegen; do not edit"
        runtime.copied[output] = with_header(output, text, note) if source.suffix == ".py" else text
        if is_async_source(source.name):
            runtime.sources[output] = Source(relative, text)
    return runtime


def sync_twins(sources: Mapping[str, Source], known: Mapping[str, Source] | None = None) -> dict[str, str]:
    """The sync twin of each async source among `sources` (output path -> source), derived by `unasync` with the
    renames these and the `known` async sources make (a class one defines may be used in another)."""
    every = {**(known or {}), **sources}
    renames = twin_names({PurePosixPath(path).name: source.text for path, source in every.items()})
    twins: dict[str, str] = {}
    for path, source in sources.items():
        if is_async_source(PurePosixPath(path).name):
            note = f"derived from templates/{source.origin} by evolink-codegen (unasync); do not edit"
            twins[sync_twin(path)] = with_header(
                path, unasync(source.text, renames, f"templates/{source.origin}"), note
            )
    return twins


def _sources(root: Path, templates: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not _skipped(p.relative_to(templates)))


def _render_docs(
    environment: jinja2.Environment, docs: DocsView, endpoints: EndpointDocs, context: Mapping[str, object]
) -> dict[str, str]:
    index, model_page, endpoint_page = DOCS_TEMPLATES
    table = {"docs/index.md": environment.get_template(index).render(context)}
    page = environment.get_template(model_page)
    for model in docs.pages.values():  # a page per model id, whichever endpoints serve it
        table[f"docs/models/{model.slug}.md"] = page.render({**context, "page": model})
    own = environment.get_template(endpoint_page)
    for section in endpoints.sections:
        if section.page is not None:
            table[f"docs/{section.page}"] = own.render({**context, "section": section})
    return {path: with_header(path, text) for path, text in table.items()}


def _skipped(relative: Path) -> bool:
    """Shared fragments, caches and hidden tool folders are not outputs."""
    return any(part in ("_macros", "__pycache__") or part.startswith(".") for part in relative.parts) or (
        relative.suffix == ".pyc"
    )


def _located(exc: jinja2.TemplateError) -> str:
    """`file:line: message` for a Jinja error: the syntax error's own place, else the deepest template frame."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}"
    frames = [frame for frame in traceback.extract_tb(exc.__traceback__) if frame.filename.endswith(".jinja")]
    where = f"{frames[-1].filename}:{frames[-1].lineno}: " if frames else ""
    return f"{where}{type(exc).__name__}: {exc}"


def _format_all(workers: Workers, table: Mapping[str, str]) -> dict[str, Future[str]]:
    """`format_python` of the table's Python files, submitted biggest first (black's time grows with the size)."""
    python = sorted((path for path in table if path.endswith(".py")), key=lambda path: -len(table[path]))
    return {path: workers.memoized(format_python, table[path]) for path in python}


def _compile_all(environment: jinja2.Environment, templates: Path) -> None:
    """Compile the templates the render uses now (while datamodel-code-generator runs in a worker); the
    environment keeps them for the render."""
    for relative in _python_files(templates):
        if relative.endswith(".jinja"):
            environment.get_template(relative)
    for name in (*DOCS_TEMPLATES, RESOURCE_TEMPLATE):
        environment.get_template(name)


def _finish(path: str, text: str, formatted: Future[str] | None) -> str:
    """Python through isort + black (`formatted`, from a worker); every file ends with exactly one newline."""
    if formatted is not None:
        try:
            return formatted.result()
        except ValueError as exc:  # black's InvalidInput: a template emitted code that does not parse
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise TemplateError(f"{path}: the rendered file is not valid Python ({first}); fix its template") from exc
    return text.rstrip("\n") + "\n" if text.strip() else ""
