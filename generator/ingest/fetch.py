"""Fetch doc pages over HTTPS with httpx: timeouts, bounded retries, a size limit, a conditional cache.

- Only `https://` URLs, and plain `http://` only for loopback hosts; every redirect hop is checked
  again, and at most `max_redirects` are followed.
- Connect and read timeouts; connection errors, timeouts, 429 and 5xx are retried `retries` times
  with exponential backoff, honouring `Retry-After` (seconds or an HTTP date) up to a cap.
- A body larger than `max_bytes` is refused while it streams (and at once if `Content-Length` says so).
- The cache folder keeps each page's body with its `ETag` and `Last-Modified`, sent back as
  `If-None-Match` / `If-Modified-Since`: an unchanged page costs one request answered 304.

Failures are values (`FetchFailure`), never exceptions.
"""

from __future__ import annotations

import email.utils
import hashlib
import ipaddress
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx

_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_ERRORS = (httpx.TransportError,)


@dataclass(frozen=True)
class FetchPolicy:
    """The limits of one fetch."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5
    max_retry_after: float = 30.0
    max_bytes: int = 4 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    """A page's text; `cached` is True when the server answered 304 and the cached copy was used."""

    url: str
    text: str
    cached: bool


@dataclass(frozen=True)
class FetchFailure:
    """Why a page could not be fetched."""

    url: str
    message: str


def url_problem(url: str) -> str | None:
    """Why `url` may not be fetched (not a URL, not https, plain http to a non-loopback host), or None."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (parsing the port is what finds a bad one)
    except ValueError as exc:
        return f"not a valid URL: {exc}"
    if parts.scheme == "https" and parts.hostname:
        return None
    if parts.scheme == "http" and parts.hostname and _loopback(parts.hostname):
        return None
    if parts.scheme in ("http", "https") and not parts.hostname:
        return f"no host in the URL: {url}"
    if parts.scheme == "http":
        return f"refusing plain http:// to {parts.hostname}: use https:// (http is allowed only for loopback hosts)"
    return f"not an https:// URL: {url}"


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class PageFetcher:
    """Fetches pages with one httpx client; use as a context manager (or call `close`)."""

    def __init__(
        self,
        cache: Path | None,
        policy: FetchPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.cache = _Cache(cache) if cache is not None else None
        self.sleep = sleep
        timeout = httpx.Timeout(self.policy.read_timeout, connect=self.policy.connect_timeout)
        self.client = httpx.Client(timeout=timeout, follow_redirects=False, transport=transport)

    def __enter__(self) -> PageFetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the HTTP client."""
        self.client.close()

    def fetch(self, url: str) -> Fetched | FetchFailure:
        """The page's text, from the server or (after a 304) from the cache."""
        if problem := url_problem(url):
            return FetchFailure(url, problem)
        entry = self.cache.load(url) if self.cache else None
        headers = entry.conditional_headers() if entry else {}
        current = url
        for _ in range(self.policy.max_redirects + 1):
            answer = self._get(current, headers)
            if isinstance(answer, FetchFailure):
                return FetchFailure(url, answer.message)
            status, response_headers, body = answer
            location = response_headers.get("location")
            if status in _REDIRECTS and location:
                current = urljoin(current, location)
                if problem := url_problem(current):
                    return FetchFailure(url, f"redirected to {current}: {problem}")
                continue
            return self._finish(url, status, response_headers, body, entry)
        return FetchFailure(url, f"more than {self.policy.max_redirects} redirects")

    def _finish(
        self, url: str, status: int, headers: httpx.Headers, body: bytes, entry: _Entry | None
    ) -> Fetched | FetchFailure:
        if status == 304 and entry is not None:
            return _decoded(url, entry.body, cached=True)
        if status != 200:
            return FetchFailure(url, f"HTTP {status}")
        if self.cache is not None:
            self.cache.store(url, body, headers.get("etag"), headers.get("last-modified"))
        return _decoded(url, body, cached=False)

    def _get(self, url: str, headers: dict[str, str]) -> tuple[int, httpx.Headers, bytes] | FetchFailure:
        """One GET with retries; the body read up to the size limit."""
        policy = self.policy
        for attempt in range(policy.retries + 1):
            last = attempt == policy.retries
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    if response.status_code in _RETRY_STATUSES and not last:
                        self.sleep(self._delay(attempt, response.headers.get("retry-after")))
                        continue
                    body = self._read(response)
                    if isinstance(body, FetchFailure):
                        return body
                    return response.status_code, response.headers, body
            except httpx.InvalidURL as exc:  # what urlsplit lets through, httpx may still refuse
                return FetchFailure(url, f"not a valid URL: {exc}")
            except _RETRY_ERRORS as exc:
                if last:
                    return FetchFailure(url, f"cannot fetch after {attempt + 1} attempts: {exc!r}")
                self.sleep(self._delay(attempt, None))
        return FetchFailure(url, "no attempt made")  # unreachable with retries >= 0

    def _read(self, response: httpx.Response) -> bytes | FetchFailure:
        limit = self.policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            return FetchFailure(str(response.url), f"the page is larger than the limit of {limit} bytes")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                return FetchFailure(str(response.url), f"the page is larger than the limit of {limit} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def _delay(self, attempt: int, retry_after: str | None) -> float:
        """Backoff for `attempt` (0-based), or the server's Retry-After, within the cap."""
        wanted = _retry_after(retry_after) if retry_after else None
        if wanted is None:
            wanted = self.policy.backoff * 2**attempt
        return max(0.0, min(wanted, self.policy.max_retry_after))


def _retry_after(value: str) -> float | None:
    value = value.strip()
    if value.replace(".", "", 1).isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (when - datetime.now(UTC)).total_seconds()


def _decoded(url: str, body: bytes, *, cached: bool) -> Fetched | FetchFailure:
    try:
        return Fetched(url, body.decode("utf-8-sig"), cached)
    except UnicodeDecodeError:
        return FetchFailure(url, "the page is not UTF-8 text")


@dataclass(frozen=True)
class _Entry:
    body: bytes
    etag: str | None
    last_modified: str | None

    def conditional_headers(self) -> dict[str, str]:
        headers = {"If-None-Match": self.etag} if self.etag else {}
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class _Cache:
    """One folder: `<key>.body` and `<key>.json` (url, etag, last_modified) per URL."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode()).hexdigest()[:32]
        return self.folder / f"{key}.body", self.folder / f"{key}.json"

    def load(self, url: str) -> _Entry | None:
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            body = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("url") != url:
            return None
        return _Entry(body, _text(meta.get("etag")), _text(meta.get("last_modified")))

    def store(self, url: str, body: bytes, etag: str | None, last_modified: str | None) -> None:
        if not etag and not last_modified:
            return
        body_path, meta_path = self._paths(url)
        meta = json.dumps({"url": url, "etag": etag, "last_modified": last_modified})
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for path, data in ((body_path, body), (meta_path, meta.encode())):
                temporary = path.with_suffix(path.suffix + ".tmp")
                temporary.write_bytes(data)
                temporary.replace(path)
        except OSError:
            return  # a cache that cannot be written costs a full download next time, nothing more


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
