"""Calls with a model chosen at run time (`model: str`), which type-check through the fallback overloads.

Their keyword arguments are typed by `AnyModelParams`: every parameter any model takes, with the union of
its types. The price: mypy falls through to these overloads for a literal id too, so the last three calls
type-check although each is wrong for its model; run-time validation rejects them before anything is sent
(tests/sdk/test_evolink_validation.py). A per-model TypedDict is the statically strict way (fail_cases.py).
"""

from __future__ import annotations

from evolink import AsyncEvolink, AsyncStream, Evolink, Stream
from evolink.types import AnyModelParams, ChatCompletion, ChatCompletionChunk, ChatMessageParam

HI: list[ChatMessageParam] = [{"role": "user", "content": "hi"}]


def chosen_from_configuration(client: Evolink, chosen: str) -> str | None:
    completion: ChatCompletion = client.chat.completions.create(
        model=chosen, messages=[{"role": "user", "content": "hi"}], temperature=0.2, top_k=3, seed=1
    )
    return completion.choices[0].message.content


def streamed(client: Evolink, chosen: str) -> list[str]:
    stream: Stream[ChatCompletionChunk] = client.chat.completions.create(
        model=chosen, messages=[{"role": "user", "content": "hi"}], stream=True
    )
    return [chunk.choices[0].delta.content or "" for chunk in stream]


def stream_flag_from_a_variable(
    client: Evolink, chosen: str, flag: bool
) -> ChatCompletion | Stream[ChatCompletionChunk]:
    return client.chat.completions.create(model=chosen, messages=[{"role": "user", "content": "x"}], stream=flag)


def params_as_a_typed_dict(client: Evolink, chosen: str) -> ChatCompletion:
    params: AnyModelParams = {"messages": [{"role": "user", "content": "hi"}], "reasoning_effort": "low"}
    return client.chat.completions.create(model=chosen, **params)


async def asynchronous(client: AsyncEvolink, chosen: str) -> int:
    stream: AsyncStream[ChatCompletionChunk] = await client.chat.completions.create(
        model=chosen, messages=[{"role": "user", "content": "hi"}], stream=True
    )
    raw = await client.chat.completions.with_raw_response.create(
        model=chosen, messages=[{"role": "user", "content": "hi"}]
    )
    return raw.status_code + len([chunk async for chunk in stream])


def legal_only_through_the_str_overloads(client: Evolink) -> None:
    # gemini-2.5-flash-lite takes no top_k, gemini-3-pro-preview no seed, and gemini-9-ultra is no model:
    # mypy accepts these through the `model: str` overloads; create() raises InvalidParameterError at run time.
    client.chat.completions.create(model="gemini-2.5-flash-lite", messages=HI, top_k=40)
    client.chat.completions.create(model="gemini-3-pro-preview", messages=HI, seed=1)
    client.chat.completions.create(model="gemini-9-ultra", messages=HI)
