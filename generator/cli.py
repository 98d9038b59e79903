"""The command line: parse flags, call one pipeline function, print, return an exit code.

evolink-codegen generate [--spec spec] [--out generated]   write what changed
evolink-codegen check    [--spec spec] [--out generated]   0 in sync, 1 drift (+ unified diff), 2 spec errors
evolink-codegen validate [--spec spec]                     0 ok, 2 every error as file:line: pointer: message
evolink-codegen diff OLD NEW [--format text|markdown|json] [--fail-on breaking|warning|any]
                                                           0, or 1 if a change reaches --fail-on; 2 invalid side,
                                                           3 unreadable side
evolink-codegen changelog [--spec spec] [--since REV] [--out generated]
                                                           record the changes since REV (default: last tag,
                                                           else HEAD~1), then regenerate
evolink-codegen ingest PAGE... [--format json|yaml]        what vendor doc pages (files or https URLs) state
evolink-codegen sync [PAGE...] [--index FILE|URL] [--format text|markdown|json] [--fail-on ...] [--write]
                                                           pages (or an llms.txt index's model pages) against
                                                           the spec, by the diff engine
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# Only light modules here: `check` with a warm cache imports nothing else (the pipeline's modules,
# jinja2, black and datamodel-code-generator load inside the commands that run them).
from generator import exit_codes
from generator.cache import store
from generator.cache.stages import cached_table
from generator.cache_roots import PAGE_CACHE_ENV, RENDER_CACHE_ENV, page_cache_folder
from generator.stop_signals import stop_at_once
from generator.tree import (
    Drift,
    UnmanagedFolderError,
    drifted_paths,
    measure_drift,
    report_order,
    unified_diff,
    write_tree,
)

if TYPE_CHECKING:
    from generator.diff import Report
    from generator.diff.kinds import FailOn
    from generator.ingest.commands import Outcome

DEFAULT_TEMPLATES = (Path(__file__).parent / "templates").resolve()
"""templates/, through the generator/templates link in a checkout; shipped inside the installed package."""
DIFF_FORMATS = ["json", "markdown", "text"]
"""The keys of generator.diff.formats.FORMATS, spelled out so building the parser imports no diff code."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command named in `argv` (default: sys.argv[1:]) and return its exit code."""
    args = _parser().parse_args(argv)
    handler = {
        "generate": _generate,
        "check": _check,
        "validate": _validate,
        "diff": _diff,
        "changelog": _changelog,
        "ingest": _ingest,
        "sync": _sync,
    }[args.command]
    try:
        with stop_at_once():
            return handler(args)
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as the Python docs advise, and keep the
        # interpreter's last flush of stdout from raising again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return exit_codes.ERROR


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="evolink-codegen",
        description=__doc__.splitlines()[0],
        epilog=exit_codes.EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for name, help_text in [
        ("generate", "render spec/ and write the files that changed into the output folder"),
        ("check", "exit 1 with a unified diff if the output folder is not what spec/ renders to"),
        ("validate", "check spec/ and print every problem as file:line: pointer: message"),
    ]:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument("--spec", type=Path, default=Path("spec"), help="the spec folder (default: spec)")
        if name != "validate":
            command.add_argument(
                "--out", type=Path, default=Path("generated"), help="the output folder (default: generated)"
            )
            command.add_argument("--templates", type=Path, default=DEFAULT_TEMPLATES, help=argparse.SUPPRESS)
            _add_no_cache(command)
    _add_diff(commands)
    _add_changelog(commands)
    _add_ingest(commands)
    _add_sync(commands)
    return parser


def _add_diff(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    help_text = "compare two spec revisions and classify every change as breaking, warning or info"
    command = commands.add_parser("diff", help=help_text, description=help_text)
    where = "a spec folder, a git revision REV (meaning REV:spec) or REV:PATH"
    command.add_argument("old", metavar="OLD", help=where)
    command.add_argument("new", metavar="NEW", help=where)
    command.add_argument("--format", choices=DIFF_FORMATS, default="text", help="output format (default: text)")
    command.add_argument(
        "--fail-on", choices=["breaking", "warning", "any"], help="exit 1 if a change is at least this severe"
    )


def _add_changelog(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    help_text = (
        "record the spec's changes since a revision: bump the revision, write changelog.yaml and CHANGELOG.md,"
        " regenerate the output folder"
    )
    command = commands.add_parser("changelog", help=help_text, description=help_text)
    command.add_argument("--spec", type=Path, default=Path("spec"), help="the spec folder (default: spec)")
    command.add_argument("--since", help="the previous revision (default: the last tag, else HEAD~1)")
    command.add_argument(
        "--output", type=Path, default=Path("CHANGELOG.md"), help="the Markdown changelog (default: CHANGELOG.md)"
    )
    command.add_argument(
        "--out", type=Path, default=Path("generated"), help="the output folder to regenerate (default: generated)"
    )
    command.add_argument("--templates", type=Path, default=DEFAULT_TEMPLATES, help=argparse.SUPPRESS)
    _add_no_cache(command)


def _add_no_cache(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--no-cache", action="store_true", help=f"render from scratch, without the cache (${RENDER_CACHE_ENV})"
    )


def _add_ingest(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    help_text = "read vendor doc pages (text as shown or Markdown+OpenAPI; files or https URLs) into what they state"
    command = commands.add_parser("ingest", help=help_text, description=help_text)
    command.add_argument("pages", metavar="PAGE", nargs="+", help="a page's file, or its https:// URL")
    command.add_argument("--format", choices=["json", "yaml"], default="json", help="output format (default: json)")
    _add_page_options(command)


def _add_sync(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    help_text = "diff what doc pages state against the spec's variant of each page's model; --write updates spec/"
    command = commands.add_parser("sync", help=help_text, description=help_text)
    command.add_argument("pages", metavar="PAGE", nargs="*", help="pages to check (default: every model's source URLs)")
    command.add_argument(
        "--index",
        metavar="FILE|URL",
        help="a documentation index in the llms.txt format (the vendor's is https://docs.evolink.ai/llms.txt): "
        "check every model page it lists that documents the spec's endpoint",
    )
    command.add_argument("--format", choices=["text", "markdown", "json"], default="text", help="default: text")
    command.add_argument(
        "--fail-on", choices=["breaking", "warning", "any"], help="exit 1 if a change is at least this severe"
    )
    command.add_argument("--write", action="store_true", help="update spec/models (and the catalogue) in place")
    _add_page_options(command)


def _add_page_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--spec", type=Path, default=Path("spec"), help="the spec folder (default: spec)")
    command.add_argument(
        "--cache", type=Path, default=None, help=f"the page cache folder (default: ${PAGE_CACHE_ENV} or ~/.cache/...)"
    )


def _render(args: argparse.Namespace) -> dict[str, str] | int:
    """The rendered output tree, or the exit code saying why there is none (the problems are printed)."""
    from generator.errors import TemplateError  # noqa: PLC0415 (light; the pipeline waits for a cache miss)
    from generator.toolchain import ToolchainError  # noqa: PLC0415

    if not (args.templates / "python").is_dir():
        print(
            f"error: {args.templates}/ is not a templates folder (no python/ in it): check --templates",
            file=sys.stderr,
        )
        return exit_codes.ERROR
    try:
        with store.disabled() if args.no_cache else contextlib.nullcontext():
            table = cached_table(args.spec, args.templates, lambda: _render_spec(args))
    except (TemplateError, ToolchainError) as exc:  # a template, an underivable async runtime source, a tool version
        print(f"error: {exc}", file=sys.stderr)
        return exit_codes.ERROR
    except OSError as exc:  # a template or runtime file that cannot be read
        print(f"error: cannot read the templates: {exc}", file=sys.stderr)
        return exit_codes.ERROR
    return exit_codes.SPEC_ERROR if table is None else table


def _render_spec(args: argparse.Namespace) -> dict[str, str] | None:
    # Deferred: not needed on a cache hit. A process forked first imports datamodel-code-generator meanwhile.
    from generator.emit.pytypes import import_datamodel_code_generator  # noqa: PLC0415
    from generator.emit.workers import Reserved  # noqa: PLC0415

    with Reserved(import_datamodel_code_generator) as types_runner:
        from generator.emit.render import render_all  # noqa: PLC0415
        from generator.errors import format_errors  # noqa: PLC0415
        from generator.load.loader import load_spec  # noqa: PLC0415

        result = load_spec(args.spec)
        if result.spec is None:
            print(format_errors(result.errors), file=sys.stderr)
            return None
        return render_all(result.spec, args.templates, types_runner)


def _generate(args: argparse.Namespace) -> int:
    table = _render(args)
    if isinstance(table, int):
        return table
    try:
        drift = write_tree(args.out, table)
    except (UnmanagedFolderError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exit_codes.ERROR
    print(_summary(args.out, drift))
    return exit_codes.OK


def _check(args: argparse.Namespace) -> int:
    if args.out.exists() and not args.out.is_dir():
        print(f"error: {args.out} is a file, not a folder: --out names the generated folder", file=sys.stderr)
        return exit_codes.ERROR
    table = _render(args)
    if isinstance(table, int):
        return table
    drift = measure_drift(args.out, table)
    if drift.clean:
        print(f"{args.out}/ is in sync with {args.spec}/ ({drift.unchanged} files)")
        return exit_codes.OK
    sys.stdout.write(unified_diff(args.out, table, drift))
    files = drifted_paths(drift)
    print(
        f"\n{args.out}/ is out of date: {len(files)} files differ from what {args.spec}/ renders to:", file=sys.stderr
    )
    for relative in files:
        print(f"  {args.out / relative}", file=sys.stderr)
    print("run `make generate` (or `python -m generator generate`) and commit the result", file=sys.stderr)
    return exit_codes.DRIFT


def _validate(args: argparse.Namespace) -> int:
    from generator.errors import format_errors  # noqa: PLC0415 (deferred, as in _render_spec)
    from generator.load.loader import load_spec  # noqa: PLC0415

    result = load_spec(args.spec)
    if result.spec is None:
        print(format_errors(result.errors), file=sys.stderr)
        return exit_codes.SPEC_ERROR
    spec = result.spec
    endpoints = "; ".join(
        (
            f"{e.name} ({len(spec.variants_of(e))} models, {len(e.catalogue)} catalogue parameters)"
            if e.model_in
            else e.name
        )
        for e in spec.api.endpoints
    )
    print(f"{args.spec}/ is valid: {len({v.id for v in spec.variants})} models; endpoints {endpoints}")
    return exit_codes.OK


def _diff(args: argparse.Namespace) -> int:
    from generator.diff import diff_specs  # noqa: PLC0415 (deferred: ~0.2 s, only `diff` and `changelog` need it)
    from generator.diff.formats import FORMATS  # noqa: PLC0415
    from generator.diff.sources import load_source  # noqa: PLC0415

    cwd = Path.cwd()
    old, new = load_source(args.old, cwd), load_source(args.new, cwd)
    failures = [side.failure(name) for name, side in (("OLD", old), ("NEW", new)) if side.spec is None]
    if old.spec is None or new.spec is None:
        print("\n".join(failures), file=sys.stderr)
        unreadable = any(side.problem is not None for side in (old, new))
        return exit_codes.ERROR if unreadable else exit_codes.SPEC_ERROR
    report = diff_specs(old.spec, new.spec, args.old, args.new)
    sys.stdout.write(FORMATS[args.format](report))
    if not (args.fail_on and report.fails(args.fail_on)):
        return exit_codes.OK
    print(_fail_on_reason(report, args.fail_on), file=sys.stderr)
    return exit_codes.FAIL_ON


def _fail_on_reason(report: Report, threshold: FailOn) -> str:
    """One line for CI logs: how many changes reach the threshold, by severity."""
    from generator.diff.kinds import FAILING  # noqa: PLC0415 (deferred, as in _diff)

    reaching = {severity: n for severity, n in report.summary.items() if n and severity in FAILING[threshold]}
    total = sum(reaching.values())
    counts = ", ".join(f"{n} {severity}" for severity, n in reaching.items())
    verb = "change reaches" if total == 1 else "changes reach"
    return f"diff: {total} {verb} --fail-on {threshold} ({counts})"


def _changelog(args: argparse.Namespace) -> int:
    from generator.diff.formats import to_text  # noqa: PLC0415 (deferred, as in _diff)
    from generator.diff.sources import default_base  # noqa: PLC0415
    from generator.release.changelog import Failed, record  # noqa: PLC0415

    cwd = Path.cwd()
    since = args.since or default_base(cwd)
    outcome = record(args.spec, since, cwd, args.output)
    if isinstance(outcome, Failed):
        print(outcome.message, file=sys.stderr)
        return exit_codes.SPEC_ERROR if outcome.spec_error else exit_codes.ERROR
    sys.stdout.write(to_text(outcome.report))
    for note in outcome.notes:
        print(f"note: {note}", file=sys.stderr)
    if outcome.version is not None:
        bumped = f"; {args.spec}/api.yaml revision set to {outcome.version}" if outcome.revision_edited else ""
        print(f"recorded {outcome.version} in {args.spec}/changelog.yaml and {args.output}{bumped}")
    # The recorded release changes the docs and the package version: regenerate, so `check` passes.
    return _generate(args)


def _ingest(args: argparse.Namespace) -> int:
    from generator.ingest.commands import ingest_command  # noqa: PLC0415 (deferred: httpx and ruamel, ~60 ms)

    return _print(ingest_command(args.pages, args.spec, args.format, args.cache or page_cache_folder()))


def _sync(args: argparse.Namespace) -> int:
    from generator.ingest.commands import sync_command  # noqa: PLC0415 (deferred: httpx and ruamel, ~60 ms)

    cache = args.cache or page_cache_folder()
    outcome = sync_command(
        args.pages, args.spec, args.format, args.fail_on, write_files=args.write, cache=cache, index=args.index
    )
    return _print(outcome)


def _print(outcome: Outcome) -> int:
    sys.stdout.write(outcome.out)
    for line in outcome.err:
        print(line, file=sys.stderr)
    return outcome.code


def _summary(out: Path, drift: Drift) -> str:
    if drift.clean:
        return f"{out}/ is up to date: nothing changed ({drift.unchanged} files)"
    lines = [f"  added    {out / p}" for p in report_order(drift.added)]
    lines += [f"  changed  {out / p}" for p in report_order(drift.changed)]
    lines += [f"  removed  {out / p}" for p in report_order(drift.removed)]
    counts = f"{len(drift.added)} added, {len(drift.changed)} changed, {len(drift.removed)} removed"
    counts += f", {drift.unchanged} unchanged"
    return "\n".join([f"{out}/: {counts}", *lines])
