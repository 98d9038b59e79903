"""The sync runtime is derived from the async one: the rewrite rules, their safety net, and `check` on the twins."""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from pathlib import Path

import pytest
from evolink import (
    APIResponse,
    AsyncAPIResponse,
    AsyncResponseContextManager,
    AsyncStream,
    ResponseContextManager,
    Stream,
)
from evolink._async_client import AsyncAPIClient
from evolink._sync_client import SyncAPIClient
from evolink.resources import (
    AsyncChat,
    AsyncCompletions,
    AsyncCompletionsWithRawResponse,
    AsyncCompletionsWithStreamingResponse,
    Chat,
    Completions,
    CompletionsWithRawResponse,
    CompletionsWithStreamingResponse,
)

from generator import exit_codes
from generator.cli import main
from generator.emit.render import RUNTIME_SOURCE
from generator.emit.unasync import SYNC_NAMES, UnasyncError, is_async_source, sync_twin, twin_names, unasync
from tests.support.files import edit
from tests.support.paths import ROOT

MODULES = {"_async_things": "_sync_things", "AsyncStream": "Stream", "AsyncAPIResponse": "APIResponse"}
"""What `twin_names` would give for an async source `_async_things.py` defining `AsyncStream` and `AsyncAPIResponse`."""


def derive(source: str) -> str:
    return unasync(textwrap.dedent(source), MODULES)


def test_keywords_go_with_the_space_after_them() -> None:
    derived = derive("""\
        async def f(client: AsyncClient) -> None:
            async with client:
                print(await client.get(await url()))
            async for item in items():
                await item.aclose()
        """)
    assert derived == textwrap.dedent("""\
        def f(client: Client) -> None:
            with client:
                print(client.get(url()))
            for item in items():
                item.close()
        """)


def test_awaitable_is_unwrapped_even_nested_and_leaves_the_import_list() -> None:
    derived = derive("""\
        from collections.abc import Awaitable, Callable
        from collections.abc import Callable, Awaitable
        from collections.abc import Iterator, Awaitable, Callable
        f: Callable[[int], Awaitable[dict[str, Awaitable[int]]]]
        """)
    assert derived.splitlines() == [
        "from collections.abc import Callable",
        "from collections.abc import Callable",
        "from collections.abc import Iterator, Callable",
        "f: Callable[[int], dict[str, int]]",
    ]


def test_async_generator_gets_the_third_argument_generator_takes() -> None:
    derived = derive("from collections.abc import AsyncGenerator\nx: AsyncGenerator[dict[str, int] | None, None]\n")
    assert derived == "from collections.abc import Generator\nx: Generator[dict[str, int] | None, None, None]\n"


def test_a_loop_that_only_reyields_becomes_yield_from_and_no_other_loop_does() -> None:
    derived = derive("""\
        async def mapped(pieces: AsyncIterator[int]) -> AsyncIterator[int]:
            async for piece in pieces:
                yield piece
            async for piece in pieces:
                yield piece

                print(piece)
        """)
    assert derived == textwrap.dedent("""\
        def mapped(pieces: Iterator[int]) -> Iterator[int]:
            yield from pieces
            for piece in pieces:
                yield piece

                print(piece)
        """)


def test_prose_is_kept_and_code_spans_and_type_strings_are_rewritten() -> None:
    derived = derive('''\
        from ._async_things import AsyncStream
        T = TypeVar("T", bound="AsyncAPIResponse[Any]")
        def f() -> None:
            """Use ``async with AsyncStream(...)`` and ``await stream.aclose()``; an aclose in prose stays."""
            raise ValueError("aclose failed: AsyncStream")  # prose: AsyncStream; code: ``AsyncStream``
        ''')
    assert derived == textwrap.dedent('''\
        from ._sync_things import Stream
        T = TypeVar("T", bound="APIResponse[Any]")
        def f() -> None:
            """Use ``with Stream(...)`` and ``stream.close()``; an aclose in prose stays."""
            raise ValueError("aclose failed: AsyncStream")  # prose: AsyncStream; code: ``Stream``
        ''')


@pytest.mark.parametrize(
    ("source", "leftover"),
    [
        ("x = AsyncWidget()\n", "line 1: AsyncWidget"),
        ('"""Call ``await``."""\n', "line 1: the code span ``await`` would be left empty"),
        ("x: AsyncThing = 1\n", "AsyncThing"),
        ("f(Awaitable)\n", "Awaitable used other than"),
    ],
)
def test_async_code_the_rules_do_not_cover_is_an_error_not_a_silent_leftover(source: str, leftover: str) -> None:
    with pytest.raises(UnasyncError, match=leftover):
        unasync(source, MODULES, "templates/x.py")


def test_single_backtick_spans_are_code_too() -> None:
    derived = derive('"""`async with AsyncStream()` sends; `await response.parse()` reads."""\n')
    assert derived == '"""`with Stream()` sends; `response.parse()` reads."""\n'


def test_an_async_only_block_is_left_out_of_the_twin_and_lines_keep_their_numbers() -> None:
    source = textwrap.dedent("""\
        class AsyncThing:
            def iter_lines(self) -> AsyncIterator[str]: ...

            # unasync: async only (a deprecated alias)
            def aiter_lines(self) -> AsyncIterator[str]:
                return self.iter_lines()

            # unasync: end
        x = AsyncWidget()
        """)
    modules = {**MODULES, "AsyncThing": "Thing"}
    with pytest.raises(UnasyncError, match="line 9: AsyncWidget"):
        unasync(source, modules)
    derived = unasync(source.replace("x = AsyncWidget()\n", ""), modules)
    assert "aiter_lines" not in derived and "unasync" not in derived
    assert derived.splitlines()[:2] == ["class Thing:", "    def iter_lines(self) -> Iterator[str]: ..."]


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        ("# unasync: async only\nx = 1\n", "line 1: '# unasync: async only' has no '# unasync: end'"),
        ("x = 1\n# unasync: end\n", "line 2: '# unasync: end' where none was expected"),
        ("# unasync: async only\n# unasync: async only\n# unasync: end\n", "line 2: "),
    ],
)
def test_an_unbalanced_async_only_marker_is_a_located_error(source: str, problem: str) -> None:
    with pytest.raises(UnasyncError, match=re.escape(f"templates/x.py: {problem}")):
        unasync(source, MODULES, "templates/x.py")


def test_a_leftover_is_located_by_its_line_in_the_source_even_after_a_loop_became_yield_from() -> None:
    source = "async def f(xs):\n    async for x in xs:\n        yield x\n\n\nw = AsyncWidget()\n"
    with pytest.raises(UnasyncError, match="line 6: AsyncWidget"):
        unasync(source, MODULES)


def test_twin_names() -> None:
    assert is_async_source("_async_client.py") and not is_async_source("_async_client.pyi")
    assert not is_async_source("_base_client.py")
    assert sync_twin("python/src/evolink/_async_client.py") == "python/src/evolink/_sync_client.py"
    assert sync_twin("python/src/evolink/resources/async_chat.py") == "python/src/evolink/resources/chat.py"
    sources = {"_async_a.py": "class AsyncA: ...\nclass _AsyncB: ...\nclass B: ...\n", "_b.py": "class AsyncC: ...\n"}
    assert twin_names(sources) == {
        "_async_a": "_sync_a",
        "AsyncA": "A",
        "_AsyncB": "_B",
    }, "only what an async source defines, private or not"
    assert twin_names({"async_chat.py": "class AsyncChat: ...\nclass AsyncAPIClient: ...\n"}) == {
        "async_chat": "chat",
        "AsyncChat": "Chat",
    }, "a name SYNC_NAMES maps keeps its own twin"


def test_every_async_source_in_the_runtime_derives_into_valid_python() -> None:
    sources = sorted(path for path in (ROOT / "templates" / RUNTIME_SOURCE).iterdir() if is_async_source(path.name))
    assert sources, "the runtime has no async sources"
    modules = twin_names({path.name: path.read_text(encoding="utf-8") for path in sources})
    for path in sources:
        tree = ast.parse(unasync(path.read_text(encoding="utf-8"), modules, str(path)))
        assert not any(isinstance(node, ast.AsyncFunctionDef | ast.Await) for node in ast.walk(tree)), path


@pytest.mark.parametrize(
    ("sync", "source"),
    [
        (SyncAPIClient, AsyncAPIClient),
        (Stream, AsyncStream),
        (APIResponse, AsyncAPIResponse),
        (ResponseContextManager, AsyncResponseContextManager),
        (Chat, AsyncChat),
        (Completions, AsyncCompletions),
        (CompletionsWithRawResponse, AsyncCompletionsWithRawResponse),
        (CompletionsWithStreamingResponse, AsyncCompletionsWithStreamingResponse),
    ],
)
def test_each_derived_class_has_its_sources_methods_renamed_and_is_sync(sync: type, source: type) -> None:
    assert {SYNC_NAMES.get(name, name) for name in vars(source)} == set(vars(sync))
    for name, member in vars(sync).items():
        assert not inspect.iscoroutinefunction(member) and not inspect.isasyncgenfunction(member), name


def test_check_catches_a_hand_edit_to_a_derived_module_and_follows_its_source(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = project_copy / "generated" / "python" / "src" / "evolink"
    edit(package / "_sync_client.py", "        return self\n", "        return self  # hand edit\n")
    folders = ["--spec", str(project_copy / "spec"), "--out", str(project_copy / "generated")]
    folders += ["--templates", str(project_copy / "templates")]
    assert main(["check", *folders]) == 1
    drifted = capsys.readouterr()
    assert "+        return self\n" in drifted.out and "_sync_client.py" in drifted.err
    assert main(["generate", *folders]) == 0
    capsys.readouterr()

    runtime = project_copy / "templates" / RUNTIME_SOURCE
    edit(runtime / "_async_streaming.py", "self._primed = False", "self._primed = bool(0)")
    assert main(["check", *folders]) == 1
    drifted = capsys.readouterr()
    assert "_async_streaming.py" in drifted.err and "_sync_streaming.py" in drifted.err
    assert drifted.out.count("+        self._primed = bool(0)") == 2


def test_a_source_the_twin_cannot_be_derived_from_is_a_located_template_error_not_a_spec_error(
    project_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = project_copy / "templates" / RUNTIME_SOURCE / "_async_streaming.py"
    edit(source, "        self._primed = False\n", "        self._primed = False\n        self._pool = AsyncPool()\n")
    line = source.read_text(encoding="utf-8").splitlines().index("        self._pool = AsyncPool()") + 1
    before = (project_copy / "generated" / "MANIFEST").read_text(encoding="utf-8")
    folders = ["--spec", str(project_copy / "spec"), "--out", str(project_copy / "generated")]
    for command in ("check", "generate"):
        assert main([command, *folders, "--templates", str(project_copy / "templates")]) == exit_codes.ERROR
        error = capsys.readouterr().err
        assert "templates/python/runtime/_async_streaming.py: " in error and f"line {line}: AsyncPool" in error
        assert "Traceback" not in error
    assert (project_copy / "generated" / "MANIFEST").read_text(encoding="utf-8") == before
