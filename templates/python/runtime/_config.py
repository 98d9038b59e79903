"""Client settings: the generated ``ClientConfig``, a client's ten ``ClientOptions``, and how they resolve.

``api_key``: the argument, else the ``config.api_key_env`` environment variable; neither is an error,
nor is a key an HTTP header cannot carry (a line break, a space, a non-ASCII character).
``base_url``: the argument, else ``config.base_url_env``, else ``config.default_base_url``. It is an
origin such as ``https://direct.evolink.ai`` (a trailing slash is dropped; a path prefix is kept). A path
that ends with the start of the endpoint's path (``/v1``, the OpenAI habit) is cut off, since the
endpoint path brings it: ``https://proxy.example/evolink/v1`` becomes ``https://proxy.example/evolink``.
``fallback_base_urls``: ``None`` means the config's fallbacks when the primary is the default server
and none otherwise; ``[]`` turns failover off. Plain ``http://`` is refused except for loopback hosts
(``127.0.0.0/8``, ``::1``, ``localhost``) unless ``allow_insecure_http=True``.
``strict_models``: ``False`` (the default) sends a model id the SDK does not know, checked only as far as
every known model agrees (see ``_validation``); ``True`` refuses such an id before sending.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, Final, Generic, TypeVar

import httpx

from ._exceptions import EvolinkError, InvalidParameterError
from ._headers import check_api_key
from ._types import NotGiven

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "ClientConfig",
    "ClientOptions",
    "check_flag",
    "check_max_retries",
    "resolve_api_key",
    "resolve_base_urls",
    "resolve_timeout",
]

log: Final = logging.getLogger("evolink")

DEFAULT_TIMEOUT_SECONDS: Final = 600.0
DEFAULT_CONNECT_TIMEOUT_SECONDS: Final = 5.0
DEFAULT_TIMEOUT: Final = httpx.Timeout(DEFAULT_TIMEOUT_SECONDS, connect=DEFAULT_CONNECT_TIMEOUT_SECONDS)
DEFAULT_MAX_CONNECTIONS: Final = 1000
DEFAULT_MAX_KEEPALIVE_CONNECTIONS: Final = 100
DEFAULT_LIMITS: Final = httpx.Limits(
    max_connections=DEFAULT_MAX_CONNECTIONS, max_keepalive_connections=DEFAULT_MAX_KEEPALIVE_CONNECTIONS
)
"""The pool of a client that makes its own (openai-python's limits). httpx's defaults (100 connections, 20 kept
alive) make a batch of a few hundred concurrent calls queue for connections and reconnect over and over: 500
calls of 50 ms each took 9.3 s with them and 2.4 s with these. Pass ``http_client=`` to choose others
(``DefaultHttpxClient(limits=...)`` keeps the rest of this SDK's pool)."""
DEFAULT_MAX_RETRIES: Final = 2
_HTTPX_DEFAULT_TIMEOUT: Final = httpx.Timeout(5.0)
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)


@dataclass(frozen=True, slots=True)
class ClientConfig:
    """What the generated client subclass fixes from the spec (set as its ``_config`` class attribute)."""

    api_key_env: str
    base_url_env: str
    default_base_url: str
    default_fallback_base_urls: tuple[str, ...]
    package_name: str
    package_version: str
    endpoint_path_prefixes: tuple[str, ...] = ()
    """The leading parts of the endpoint path (``/v1``, ``/v1/chat``, ...) that a base URL must not end with."""

    @property
    def user_agent(self) -> str:
        """The ``User-Agent`` header value, e.g. ``evolink-python/1.0.0``."""
        return f"{self.package_name}-python/{self.package_version}"


@dataclass(frozen=True, slots=True)
class ClientOptions(Generic[HttpClientT]):
    """A client's settings as its constructor takes them; ``with_options`` makes new ones from the current.

    The constructors keep these as explicit keyword parameters (for users and type checkers) and pass them on
    in one of these; everything after that reads this object.
    """

    api_key: str | None
    base_url: str | httpx.URL | None
    fallback_base_urls: Sequence[str] | None
    timeout: float | httpx.Timeout | NotGiven | None
    max_retries: int
    default_headers: Mapping[str, str] | None
    default_query: Mapping[str, object] | None
    http_client: HttpClientT | None
    allow_insecure_http: bool
    strict_models: bool

    def arguments(self) -> dict[str, Any]:
        """The settings as the constructor's keyword arguments."""
        return {field.name: getattr(self, field.name) for field in fields(self)}


def resolve_api_key(api_key: str | None, config: ClientConfig) -> str:
    """The API key to send; raises ``EvolinkError`` naming the environment variable when there is none."""
    key = api_key if api_key is not None else os.environ.get(config.api_key_env)
    if not key:
        raise EvolinkError(
            f"No API key: pass api_key=... to the client or set the {config.api_key_env} environment variable."
        )
    check_api_key(key, "api_key" if api_key is not None else f"The {config.api_key_env} environment variable")
    return key


def check_max_retries(max_retries: object) -> int:
    """``max_retries`` if it is an ``int`` >= 0 (not a ``bool``), else ``InvalidParameterError``."""
    if not isinstance(max_retries, int) or isinstance(max_retries, bool) or max_retries < 0:
        raise InvalidParameterError(
            f"max_retries must be an int >= 0 (0 turns retries off), got {max_retries!r}.", parameter="max_retries"
        )
    return max_retries


def check_flag(value: object, name: str) -> bool:
    """``value`` if it is a ``bool``, else ``InvalidParameterError``: a string such as ``"false"`` would be true."""
    if not isinstance(value, bool):
        raise InvalidParameterError(f"{name} must be True or False, got {value!r}.", parameter=name)
    return value


def resolve_base_urls(
    base_url: str | httpx.URL | None,
    fallback_base_urls: Sequence[str] | None,
    config: ClientConfig,
    *,
    allow_insecure_http: bool,
) -> tuple[str, ...]:
    """``(primary, *fallbacks)`` as normalized origins, checked for scheme and insecure ``http://``."""
    if base_url is None:
        base_url = os.environ.get(config.base_url_env) or config.default_base_url
    prefixes = config.endpoint_path_prefixes
    primary = normalize_base_url(base_url, "base_url", allow_insecure_http, prefixes)
    if isinstance(fallback_base_urls, str):
        message = "fallback_base_urls must be a list of URLs, not a string."
        raise InvalidParameterError(message, parameter="fallback_base_urls")
    if fallback_base_urls is None:
        default = normalize_base_url(config.default_base_url, "default_base_url", allow_insecure_http, prefixes)
        fallback_base_urls = config.default_fallback_base_urls if primary == default else ()
    urls = [primary]
    for url in fallback_base_urls:
        normalized = normalize_base_url(url, "fallback_base_urls", allow_insecure_http, prefixes)
        if normalized not in urls:
            urls.append(normalized)
    return tuple(urls)


def normalize_base_url(
    value: str | httpx.URL, parameter: str, allow_insecure_http: bool, endpoint_prefixes: Sequence[str] = ()
) -> str:
    """Check one base URL and return it without a trailing slash or a trailing part of the endpoint path."""
    text = str(value).strip()
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as exc:
        raise InvalidParameterError(f"{parameter} is not a valid URL: {text!r} ({exc}).", parameter=parameter) from exc
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidParameterError(
            f"{parameter} must be an absolute http(s) URL such as https://direct.evolink.ai, got {text!r}.",
            parameter=parameter,
        )
    if url.userinfo or url.query or url.fragment:
        raise InvalidParameterError(
            f"{parameter} must not carry credentials, a query or a fragment; use default_headers or default_query.",
            parameter=parameter,
        )
    if url.scheme == "http" and not allow_insecure_http and not is_loopback(url.host):
        raise InvalidParameterError(
            f"{parameter} {text!r} uses plain http:// to a non-loopback host, which would send the API key "
            "unencrypted; use https://, or pass allow_insecure_http=True if you really mean it.",
            parameter=parameter,
        )
    path = url.raw_path.decode("ascii").rstrip("/")
    return _strip_endpoint_prefix(str(url).rstrip("/"), path, endpoint_prefixes, parameter)


def _strip_endpoint_prefix(text: str, path: str, prefixes: Sequence[str], parameter: str) -> str:
    """``text`` (a URL ending with ``path``) without the longest of ``prefixes`` that ``path`` ends with.

    Each prefix starts with ``/``, so only whole path segments are cut; a proxy's own prefix is kept.
    """
    for prefix in sorted(prefixes, key=len, reverse=True):
        if path.endswith(prefix) and text.endswith(prefix):
            stripped = text[: len(text) - len(prefix)]
            log.info("%s %s ends with %s, which the endpoint path adds; using %s", parameter, text, prefix, stripped)
            return stripped
    return text


def is_loopback(host: str) -> bool:
    """Whether ``host`` is ``localhost`` or a loopback IP address (``127.0.0.0/8``, ``::1``)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def resolve_timeout(
    timeout: float | httpx.Timeout | NotGiven | None, http_client: httpx.Client | httpx.AsyncClient | None
) -> float | httpx.Timeout | None:
    """``NOT_GIVEN`` means a supplied client's own timeout (unless httpx's 5 s default), else 600 s / 5 s connect."""
    if not isinstance(timeout, NotGiven):
        return timeout
    if http_client is not None and http_client.timeout != _HTTPX_DEFAULT_TIMEOUT:
        return http_client.timeout
    return DEFAULT_TIMEOUT
