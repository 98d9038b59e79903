"""Calls that must NOT type-check; each marked line is one error mypy has to report.

Each call is a passing call from pass_sync.py or pass_str_model.py with one thing wrong. A line marked
`(not taken)` is wrong only because of a keyword argument the model does not take: with a known model's
id, one that model lacks; with a `str` model (chosen at run time, or an id the SDK does not know), one
that not every known model takes. tests/sdk/test_typing.py checks these premises against the spec.
"""

from __future__ import annotations

from evolink import AsyncEvolink, Evolink
from evolink.types import ChatCompletion, ChatMessageParam, Gemini3ProPreviewParams, Gemini25FlashLiteParams

HI: list[ChatMessageParam] = [{"role": "user", "content": "hi"}]


def wrong(client: Evolink, aclient: AsyncEvolink) -> None:
    create, acreate = client.chat.completions.create, aclient.chat.completions.create
    create(model="gemini-3-pro-preview", messages=HI, temperature="hot")  # expect: call-overload
    create(model="gemini-2.5-flash-lite", messages=HI, reasoning_effort="max")  # expect: call-overload
    create(model="gemini-2.5-flash-lite", messages=HI, tool_choice="always")  # expect: call-overload
    create(model="gemini-2.5-flash-lite", messages=HI, temperature=None)  # expect: call-overload
    create(model="gemini-2.5-flash-lite", messages=[{"role": "robot", "content": "hi"}])  # expect: list-item
    create(model="gemini-2.5-flash-lite", messages=HI, extra_body=3)  # expect: call-overload
    create(model="gemini-2.5-flash-lite")  # expect: call-overload
    create(model="gemini-2.5-flash-lite", messages=HI, top_k=3)  # expect: call-overload (not taken)
    create(model="gemini-3-pro-preview", messages=HI, seed=1)  # expect: call-overload (not taken)
    streamed: ChatCompletion = create(model="gemini-2.5-flash", messages=HI, stream=True)  # expect: assignment
    not_awaited: ChatCompletion = acreate(model="gemini-2.5-flash", messages=HI)  # expect: assignment
    print(streamed, not_awaited)


def strict_through_a_typed_dict(client: Evolink) -> None:
    lite: Gemini25FlashLiteParams = {"messages": HI, "top_k": 40}  # expect: typeddict-unknown-key
    pro: Gemini3ProPreviewParams = {"messages": HI, "seed": 1}  # expect: typeddict-unknown-key
    client.chat.completions.create(model="gemini-2.5-flash-lite", **lite)
    client.chat.completions.create(model="gemini-3-pro-preview", **pro)


def wrong_with_a_model_chosen_at_run_time(client: Evolink, chosen: str) -> None:
    create = client.chat.completions.create
    create(model=chosen, messages=HI, temperature="hot")  # expect: call-overload
    create(model=chosen, messages=HI, top_k=3)  # expect: call-overload (not taken)
    create(model=chosen, messages=HI, reasoning_effort="low")  # expect: call-overload (not taken)
    create(model=chosen, messages=HI, no_such_parameter=1)  # expect: call-overload
    create(model=chosen)  # expect: call-overload
    streamed: ChatCompletion = create(model=chosen, messages=HI, stream=True)  # expect: assignment
    print(streamed)


def wrong_with_a_model_newer_than_the_sdk(client: Evolink) -> None:
    create = client.chat.completions.create
    create(model="some-model-from-next-year", messages=HI, temperature="hot")  # expect: call-overload
    create(model="some-model-from-next-year", messages=HI, top_k=3)  # expect: call-overload (not taken)
