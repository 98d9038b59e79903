"""Pages over HTTP from a local server on 127.0.0.1: the cache, retries, the size limit, the scheme rules."""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import socket
from pathlib import Path

import httpx
import pytest

from generator import exit_codes
from generator.cli import main
from generator.ingest.fetch import Fetched, FetchFailure, FetchPolicy, PageFetcher, url_problem
from tests.support.cli import cli
from tests.support.files import edit
from tests.support.page_server import PageServer
from tests.support.paths import ROOT
from tests.support.seed_pages import SEED_PAGES
from tests.support.specs import load

SEED = SEED_PAGES[0]
NATIVE_PAGES = ROOT / "tests" / "ingest" / "pages" / "native"


class Sleeps(list[float]):
    """A `sleep` that records instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def serve(server: PageServer, path: str, body: bytes, **headers: str) -> str:
    server.pages[path] = (200, dict(headers), body)
    return server.url + path


def test_an_unchanged_page_costs_one_request_answered_304(page_server: PageServer, tmp_path: Path) -> None:
    url = serve(
        page_server, "/page.txt", SEED.read_bytes(), ETag='"v1"', **{"Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"}
    )
    with PageFetcher(tmp_path / "cache") as fetcher:
        first = fetcher.fetch(url)
    assert isinstance(first, Fetched) and not first.cached
    assert page_server.statuses == [200]
    with PageFetcher(tmp_path / "cache") as fetcher:
        second = fetcher.fetch(url)
    assert isinstance(second, Fetched) and second.cached and second.text == first.text
    assert page_server.statuses == [200, 304]
    headers = page_server.requests[1][1]
    assert headers["if-none-match"] == '"v1"' and headers["if-modified-since"] == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_a_changed_page_is_downloaded_again(page_server: PageServer, tmp_path: Path) -> None:
    url = serve(page_server, "/page.txt", b"one", ETag='"v1"')
    with PageFetcher(tmp_path) as fetcher:
        assert isinstance(fetcher.fetch(url), Fetched)
        serve(page_server, "/page.txt", b"two", ETag='"v2"')
        again = fetcher.fetch(url)
    assert isinstance(again, Fetched) and again.text == "two" and not again.cached


def test_retries_are_bounded_and_honour_retry_after(page_server: PageServer) -> None:
    page_server.pages["/busy"] = (503, {"Retry-After": "7"}, b"busy")
    sleeps = Sleeps()
    policy = FetchPolicy(retries=2, max_retry_after=5)
    with PageFetcher(None, policy, sleep=sleeps) as fetcher:
        result = fetcher.fetch(page_server.url + "/busy")
    assert isinstance(result, FetchFailure) and "HTTP 503" in result.message
    assert len(page_server.requests) == policy.retries + 1
    assert sleeps == [5, 5]  # Retry-After: 7, capped


def test_a_retry_that_succeeds(page_server: PageServer) -> None:
    page_server.pages["/flaky"] = (429, {}, b"slow down")
    sleeps = Sleeps()

    def recover(seconds: float) -> None:
        sleeps(seconds)
        page_server.pages["/flaky"] = (200, {}, b"text")

    with PageFetcher(None, FetchPolicy(retries=3, backoff=0.25), sleep=recover) as fetcher:
        result = fetcher.fetch(page_server.url + "/flaky")
    assert isinstance(result, Fetched) and result.text == "text"
    assert page_server.statuses == [429, 200] and sleeps == [0.25]


def test_connection_errors_are_retried_then_reported(tmp_path: Path) -> None:
    with contextlib.closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps = Sleeps()
    with PageFetcher(None, FetchPolicy(retries=2), sleep=sleeps) as fetcher:
        result = fetcher.fetch(f"http://127.0.0.1:{port}/gone")
    assert isinstance(result, FetchFailure) and "after 3 attempts" in result.message
    assert len(sleeps) == 2


def test_a_page_declared_larger_than_the_limit_is_refused(page_server: PageServer) -> None:
    page_server.pages["/big"] = (200, {}, b"x" * 5000)
    with PageFetcher(None, FetchPolicy(max_bytes=1000)) as fetcher:
        result = fetcher.fetch(page_server.url + "/big")
    assert isinstance(result, FetchFailure) and "larger than the limit of 1000 bytes" in result.message


def test_a_body_streamed_past_the_limit_is_refused() -> None:
    """No Content-Length: the limit is enforced while the body streams (unit test of `_read`)."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(b"y" * 5000))

    with PageFetcher(None, FetchPolicy(max_bytes=1000), transport=httpx.MockTransport(handler)) as fetcher:
        result = fetcher.fetch("https://docs.example.com/big")
    assert isinstance(result, FetchFailure) and "limit" in result.message


def test_plain_http_to_another_host_is_refused_before_any_request() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, text="page")

    with PageFetcher(None, transport=httpx.MockTransport(handler)) as fetcher:
        result = fetcher.fetch("http://docs.example.com/page")
    assert isinstance(result, FetchFailure) and "use https://" in result.message
    assert calls == []
    assert url_problem("ftp://docs.example.com/x") is not None
    assert url_problem("http://localhost:8000/x") is None and url_problem("http://[::1]:1/x") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://[::1", "http://[::1: not a valid URL: Invalid IPv6 URL"),
        ("https://docs.example.com:99999/x", "https://docs.example.com:99999/x: not a valid URL: Port out of range"),
        ("https://", "https://: no host in the URL: https://"),
        ("ftp://docs.example.com/x", "ftp://docs.example.com/x: not an https:// URL: ftp://docs.example.com/x"),
    ],
)
def test_a_malformed_or_foreign_url_is_a_located_error_not_a_traceback_or_a_missing_file(
    url: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ingest", url, "--spec", str(ROOT / "spec")]) == exit_codes.ERROR
    error = capsys.readouterr().err
    assert expected in error and "Traceback" not in error


def test_a_redirect_to_plain_http_elsewhere_is_refused(page_server: PageServer) -> None:
    page_server.pages["/moved"] = (302, {"Location": "http://docs.example.com/page"}, b"")
    with PageFetcher(None) as fetcher:
        result = fetcher.fetch(page_server.url + "/moved")
    assert isinstance(result, FetchFailure) and "redirected to http://docs.example.com/page" in result.message
    assert len(page_server.requests) == 1


def test_redirects_are_followed_up_to_the_limit(page_server: PageServer) -> None:
    page_server.pages["/a"] = (301, {"Location": "/b"}, b"")
    page_server.pages["/b"] = (200, {}, b"arrived")
    page_server.pages["/loop"] = (302, {"Location": "/loop"}, b"")
    with PageFetcher(None, FetchPolicy(max_redirects=3)) as fetcher:
        arrived = fetcher.fetch(page_server.url + "/a")
        looped = fetcher.fetch(page_server.url + "/loop")
    assert isinstance(arrived, Fetched) and arrived.text == "arrived"
    assert isinstance(looped, FetchFailure) and "more than 3 redirects" in looped.message


def test_the_cli_ingests_a_url_through_the_cache(page_server: PageServer, tmp_path: Path) -> None:
    url = serve(page_server, "/ja/page", SEED.read_bytes(), ETag='"seed"')
    for _ in range(2):
        ran = cli("ingest", url, "--cache", tmp_path / "cache", "--spec", ROOT / "spec")
        assert ran.code == 0, ran.err
        assert json.loads(ran.out)[0]["page"] == url
    assert page_server.statuses == [200, 304]


def test_sync_with_no_page_rechecks_the_models_source_urls(
    page_server: PageServer, minimal_spec: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["sync", "--spec", str(minimal_spec)])
    assert code == exit_codes.ERROR
    assert "no model in" in capsys.readouterr().err

    spec = tmp_path / "real"
    shutil.copytree(ROOT / "spec", spec)
    for path in (spec / "models").glob("*.yaml"):  # only the served page has a URL: nothing leaves the machine
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(line for line in lines if not line.lstrip().startswith("url: ")), encoding="utf-8")
    model_file = next(p for p in (spec / "models").glob("*.yaml") if SEED.name in p.read_text(encoding="utf-8"))
    url = serve(page_server, "/seed.txt", SEED.read_bytes())
    indent = re.search(rf"^( *)- page: {re.escape(SEED.name)}$", model_file.read_text(encoding="utf-8"), re.M)
    assert indent is not None
    edit(model_file, f"page: {SEED.name}\n", f"page: {SEED.name}\n{indent.group(1)}  url: {url}\n")
    code = main(["sync", "--spec", str(spec), "--cache", str(tmp_path / "cache"), "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert report["new"] == url
    assert [path for path, _ in page_server.requests] == ["/seed.txt"]


def test_sync_with_no_page_compares_a_cited_page_only_for_the_models_citing_it(
    page_server: PageServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    for path in (spec / "models").glob("*.yaml"):  # only the served pages have a URL: nothing leaves the machine
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join(line for line in lines if not line.lstrip().startswith("url: ")), encoding="utf-8")
    borrowed = NATIVE_PAGES / "gemini-2.5-pro-native_en_cut.txt"  # documents gemini-2.5-pro, which the spec lacks
    assert "gemini-2.5-pro" not in {variant.id for variant in load(spec).variants}
    citing = {
        page: [path for path in sorted((spec / "models").glob("*.yaml")) if f"page: {page.name}\n" in path.read_text()]
        for page in (borrowed, SEED)
    }
    assert citing[borrowed], "a native variant cites a page of another model"
    for name, page in (("borrowed", borrowed), ("seed", SEED)):
        url = serve(page_server, f"/{name}.txt", page.read_bytes())
        for model_file in citing[page]:
            text = model_file.read_text(encoding="utf-8")
            indent = re.search(rf"^( *)- page: {re.escape(page.name)}$", text, re.M)
            assert indent is not None
            edit(model_file, f"page: {page.name}\n", f"page: {page.name}\n{indent.group(1)}  url: {url}\n")

    code = main(["sync", "--spec", str(spec), "--cache", str(tmp_path / "cache"), "--format", "json"])
    captured = capsys.readouterr()
    assert code == exit_codes.OK, captured.err
    assert f"{page_server.url}/borrowed.txt: not compared: it documents gemini-2.5-pro" in captured.err
    report = json.loads(captured.out)
    assert "gemini-2.5-pro" not in json.dumps(report["changes"]), "the borrowed page's own model is not proposed"
    assert sorted(path for path, _ in page_server.requests) == ["/borrowed.txt", "/seed.txt"]
