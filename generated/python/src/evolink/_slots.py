# copied from templates/python/runtime/_slots.py by evolink-codegen; do not edit
"""``Slots`` and ``AsyncSlots``: a counted gate with a timeout, for threads and for the event loop.

They are the one thing the two ``_pool`` twins truly differ in (a ``threading`` semaphore against an
``anyio`` one, which works under asyncio and trio alike), so ``unasync`` maps one name to the other.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import anyio

__all__ = ["AsyncSlots", "Slots"]


class Slots:
    """``count`` slots shared by threads."""

    def __init__(self, count: int) -> None:
        self._semaphore = threading.BoundedSemaphore(count)

    def acquire(self, timeout: float | None) -> bool:
        """Take a slot, waiting at most ``timeout`` seconds (``None``: as long as it takes); ``False`` if none came."""
        return self._semaphore.acquire(timeout=timeout)

    def release(self) -> None:
        """Give a slot back."""
        self._semaphore.release()


class AsyncSlots:
    """``count`` slots shared by the tasks of one event loop."""

    def __init__(self, count: int) -> None:
        self._count = count
        self._semaphore: anyio.Semaphore | None = None  # made on first use: anyio binds it to the running loop

    async def acquire(self, timeout: float | None) -> bool:
        """Take a slot, waiting at most ``timeout`` seconds (``None``: as long as it takes); ``False`` if none came."""
        import anyio  # noqa: PLC0415  # lazy: httpx's own dependency, already imported by its async client

        if self._semaphore is None:
            self._semaphore = anyio.Semaphore(self._count, max_value=self._count)
        with anyio.move_on_after(timeout):
            await self._semaphore.acquire()
            return True
        return False

    def release(self) -> None:
        """Give a slot back."""
        assert self._semaphore is not None, "release() without acquire()"
        self._semaphore.release()
