# generated from spec/ by evolink-codegen; do not edit
"""`Evolink` and `AsyncEvolink`: the clients, with the spec's servers and auth as defaults."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from evolink._async_client import AsyncAPIClient
from evolink._config import ClientConfig
from evolink._sync_client import SyncAPIClient
from evolink._version import __version__

if TYPE_CHECKING:
    from evolink.resources.async_chat import AsyncChat
    from evolink.resources.async_models import AsyncModels
    from evolink.resources.async_tasks import AsyncTasks
    from evolink.resources.chat import Chat
    from evolink.resources.models import Models
    from evolink.resources.tasks import Tasks

__all__ = ["AsyncEvolink", "Evolink"]

_CONFIG = ClientConfig(
    api_key_env="EVOLINK_API_KEY",
    base_url_env="EVOLINK_BASE_URL",
    default_base_url="https://direct.evolink.ai",
    default_fallback_base_urls=("https://api.evolink.ai",),
    package_name="evolink",
    package_version=__version__,
    endpoint_path_prefixes=("/v1", "/v1/chat", "/v1/chat/completions", "/v1beta", "/v1beta/models", "/v1/tasks"),
)


class Evolink(SyncAPIClient):
    """The synchronous client.

    `Evolink()` reads the API key from `EVOLINK_API_KEY` and the base URL from `EVOLINK_BASE_URL`
    (default https://direct.evolink.ai, failing over to https://api.evolink.ai when it cannot connect). Use it as a
    context manager, or call `close()`, to release its connections.
    """

    _config = _CONFIG

    @cached_property
    def chat(self) -> Chat:
        """`client.chat.completions.create(...)`."""
        from evolink.resources.chat import Chat  # noqa: PLC0415 (deferred: keeps `import evolink` cheap)

        return Chat(self)

    @cached_property
    def models(self) -> Models:
        """`client.models.generate_content(...)`."""
        from evolink.resources.models import Models  # noqa: PLC0415 (deferred: keeps `import evolink` cheap)

        return Models(self)

    @cached_property
    def tasks(self) -> Tasks:
        """`client.tasks.retrieve(...)`."""
        from evolink.resources.tasks import Tasks  # noqa: PLC0415 (deferred: keeps `import evolink` cheap)

        return Tasks(self)


class AsyncEvolink(AsyncAPIClient):
    """The asynchronous client: as `Evolink`, with `await` (and `async with`, `await client.close()`)."""

    _config = _CONFIG

    @cached_property
    def chat(self) -> AsyncChat:
        """`await client.chat.completions.create(...)`."""
        from evolink.resources.async_chat import AsyncChat  # noqa: PLC0415 (deferred: keeps `import evolink` cheap)

        return AsyncChat(self)

    @cached_property
    def models(self) -> AsyncModels:
        """`await client.models.generate_content(...)`."""
        from evolink.resources.async_models import AsyncModels  # noqa: PLC0415 (deferred: keeps `import evolink` cheap)

        return AsyncModels(self)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """`await client.tasks.retrieve(...)`."""
        from evolink.resources.async_tasks import AsyncTasks  # noqa: PLC0415 (deferred: keeps `import evolink` cheap)

        return AsyncTasks(self)
