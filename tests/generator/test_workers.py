"""generator.emit.workers: a call gives the same result or error in a forked worker (or a reserved process) as in
this process, a cached call starts no worker, and a render in one process is the render in workers."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import ParamSpec, TypeVar

import pytest

from generator.cache import store
from generator.cache.stages import memoized
from generator.emit import workers as workers_module
from generator.emit.formatting import format_python
from generator.emit.openapi import build_openapi
from generator.emit.pytypes import python_types
from generator.emit.render import render_all
from generator.emit.sdk_view import request_schema_names, response_schema_names
from generator.emit.workers import Outcome, Reserved, Workers
from generator.load.loader import load_spec
from tests.support.paths import ROOT

P = ParamSpec("P")
T = TypeVar("T")
VALID = "x = {'a':1}\n"
INVALID = "def f(:\n"
FORKS = workers_module._cpus() > 1 and hasattr(os, "fork")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own."""
    monkeypatch.setenv("EVOLINK_CODEGEN_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


@memoized
def _pid(tag: str) -> str:
    return f"{tag} {os.getpid()}"


def _outcomes() -> tuple[str, str]:
    with Workers() as workers:
        valid, invalid = workers.submit(format_python, VALID), workers.submit(format_python, INVALID)
        with pytest.raises(ValueError, match="cannot parse") as error:
            invalid.result()
        return valid.result(), type(error.value).__name__


def test_a_worker_gives_the_result_and_the_error_this_process_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    forked = _outcomes()
    monkeypatch.setattr(workers_module, "_cpus", lambda: 1)
    assert forked == _outcomes() == ('x = {"a": 1}\n', "InvalidInput")


@pytest.mark.skipif(not FORKS, reason="one CPU or no fork: every call runs in this process")
def test_calls_run_in_workers_but_here_while_another_thread_runs() -> None:
    with Workers() as workers:
        assert workers.submit(os.getpid).result() != os.getpid()
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        with Workers() as workers:
            assert workers.submit(os.getpid).result() == os.getpid(), "no fork while another thread runs"
    finally:
        release.set()
        thread.join()


def test_a_cached_call_is_answered_here_and_a_worker_stores_what_it_computes(cache: Path) -> None:
    with Workers() as workers:
        computed = workers.memoized(_pid, "a").result()
    assert sorted(p.name.split("-")[0] for p in cache.iterdir()) == ["_pid"], "stored by whoever computed it"
    with Workers() as workers:
        assert workers.memoized(_pid, "a").result() == computed
    with store.disabled(), Workers() as workers:
        workers.memoized(_pid, "b").result()
    assert len(list(cache.iterdir())) == 1, "a worker forked with the cache off stores nothing"


def _warm() -> None:
    os.environ["EVOLINK_TEST_WARMED"] = str(os.getpid())


def _warmed(source: str) -> tuple[str, str]:
    return os.environ.get("EVOLINK_TEST_WARMED", ""), format_python(source)


def _reserved(source: str) -> tuple[str, str]:
    with Reserved(_warm) as reserved:
        return reserved.submit(_warmed, source).result()


def test_a_reserved_process_warms_up_then_answers_its_call_as_this_process_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("EVOLINK_TEST_WARMED", "")  # restored after the test, whoever set it
    warmed_by, text = _reserved(VALID)
    assert text == format_python(VALID) and warmed_by != ""
    assert (warmed_by != str(os.getpid())) == FORKS, "forked where it can, else warmed up here at the call"
    with pytest.raises(ValueError, match="cannot parse"):
        _reserved(INVALID)
    with Reserved(_warm):
        pass  # never asked: stopped on leaving the block
    monkeypatch.setattr(workers_module, "_cpus", lambda: 1)
    assert _reserved(VALID) == (str(os.getpid()), text)


def test_a_render_in_one_process_is_the_render_in_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = load_spec(ROOT / "spec").spec
    assert spec is not None
    with store.disabled():
        forked = render_all(spec, ROOT / "templates")
        monkeypatch.setattr(workers_module, "_cpus", lambda: 1)
        assert render_all(spec, ROOT / "templates") == forked


class _Refuses:
    def submit(self, function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
        raise AssertionError("the cache holds both modules: nothing should run")


def test_python_types_held_by_the_cache_run_nothing(cache: Path) -> None:
    spec = load_spec(ROOT / "spec").spec
    assert spec is not None
    openapi, opened, params = build_openapi(spec), response_schema_names(spec), request_schema_names(spec)
    with Workers() as workers:
        computed = python_types(workers, openapi, {}, opened, params).result()
    assert python_types(_Refuses(), openapi, {}, opened, params).result() == computed
