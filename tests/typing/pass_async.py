"""Async calls that must type-check."""

from __future__ import annotations

from evolink import AsyncEvolink, AsyncStream
from evolink.types import ChatCompletion, ChatCompletionChunk


async def plain(client: AsyncEvolink) -> ChatCompletion:
    return await client.chat.completions.create(
        model="gemini-3-pro-preview", messages=[{"role": "user", "content": "hi"}], top_p=0.9
    )


async def streaming() -> list[str]:
    async with AsyncEvolink(api_key="k") as client:
        stream: AsyncStream[ChatCompletionChunk] = await client.chat.completions.create(
            model="gemini-2.5-flash", messages=[{"role": "user", "content": "hi"}], stream=True
        )
        return [chunk.choices[0].delta.content or "" async for chunk in stream]


async def raw(client: AsyncEvolink) -> int:
    response = await client.chat.completions.with_raw_response.create(
        model="gemini-2.5-flash-lite", messages=[{"role": "user", "content": "hi"}]
    )
    return response.status_code
