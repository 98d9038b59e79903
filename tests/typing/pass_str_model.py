"""Calls with a model id given as a `str` (chosen at run time, or newer than the SDK), which type-check through
the fallback overloads.

Their keyword arguments are typed by `AnyModelParams`: the parameters every known model takes, with the union
of their types. A parameter only some models take does not type-check with a `str` model (fail_cases.py);
tests/sdk/test_typing.py checks against the spec that each argument here is one every model takes.
"""

from __future__ import annotations

from evolink import AsyncEvolink, AsyncStream, Evolink, Stream
from evolink.types import AnyModelParams, ChatCompletion, ChatCompletionChunk, ChatMessageParam

HI: list[ChatMessageParam] = [{"role": "user", "content": "hi"}]


def chosen_from_configuration(client: Evolink, chosen: str) -> str | None:
    completion: ChatCompletion = client.chat.completions.create(
        model=chosen, messages=[{"role": "user", "content": "hi"}], temperature=0.5, top_p=0.9
    )
    return completion.choices[0].message.content


def a_model_newer_than_the_sdk(client: Evolink) -> ChatCompletion:
    return client.chat.completions.create(model="some-model-from-next-year", messages=HI, temperature=0.5)


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
    params: AnyModelParams = {"messages": [{"role": "user", "content": "hi"}], "temperature": 0.5}
    return client.chat.completions.create(model=chosen, **params)


async def asynchronous(client: AsyncEvolink, chosen: str) -> int:
    stream: AsyncStream[ChatCompletionChunk] = await client.chat.completions.create(
        model=chosen, messages=[{"role": "user", "content": "hi"}], stream=True
    )
    raw = await client.chat.completions.with_raw_response.create(
        model="some-model-from-next-year", messages=[{"role": "user", "content": "hi"}], temperature=0.5
    )
    return raw.status_code + len([chunk async for chunk in stream])
