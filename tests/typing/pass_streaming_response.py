"""`with_streaming_response` calls that must type-check, sync and async."""

from __future__ import annotations

from evolink import APIResponse, AsyncAPIResponse, AsyncEvolink, AsyncStream, Evolink, ResponseContextManager, Stream
from evolink.types import ChatCompletion, ChatCompletionChunk


def plain(client: Evolink) -> str | None:
    manager: ResponseContextManager[APIResponse[ChatCompletion]] = (
        client.chat.completions.with_streaming_response.create(
            model="gemini-3-pro-preview", messages=[{"role": "user", "content": "hi"}], top_k=40
        )
    )
    with manager as response:
        status: int = response.status_code
        request_id: str | None = response.request_id
        print(status, request_id, response.headers.get("content-type"))
        completion: ChatCompletion = response.parse()
        return completion.choices[0].message.content


def lines_and_stream(client: Evolink) -> list[str]:
    completions = client.chat.completions.with_streaming_response
    with completions.create(model="gemini-2.5-flash", messages=[{"role": "user", "content": "hi"}], stream=True) as raw:
        lines: list[str] = list(raw.iter_lines())
    with completions.create(
        model="gemini-2.5-flash-lite", messages=[{"role": "user", "content": "hi"}], stream=True
    ) as response:
        stream: Stream[ChatCompletionChunk] = response.parse()
        return lines + [chunk.choices[0].delta.content or "" for chunk in stream]


async def async_plain_and_stream(client: AsyncEvolink) -> list[str]:
    completions = client.chat.completions.with_streaming_response
    async with completions.create(model="gemini-3-pro-preview", messages=[{"role": "user", "content": "hi"}]) as raw:
        typed: AsyncAPIResponse[ChatCompletion] = raw
        completion: ChatCompletion = await typed.parse()
        body: bytes = await raw.read()
        print(completion.id, len(body))
    async with completions.create(
        model="gemini-2.5-flash-lite", messages=[{"role": "user", "content": "hi"}], stream=True
    ) as response:
        lines = [line async for line in response.iter_lines()]
        stream: AsyncStream[ChatCompletionChunk] = await response.parse()
        return lines + [chunk.choices[0].delta.content or "" async for chunk in stream]
