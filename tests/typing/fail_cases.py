"""Calls that must NOT type-check; each marked line is one error mypy has to report.

Each call is a passing call from pass_sync.py or pass_str_model.py with one thing wrong. A parameter that
only another model takes, or an unknown model id, type-checks through the `model: str` overloads (see
pass_str_model.py); a per-model TypedDict (`Gemini25FlashLiteParams`) is the statically strict way to
catch it, and run-time validation always does.
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
    create(model=chosen, messages=HI, reasoning_effort="max")  # expect: call-overload
    create(model=chosen, messages=HI, no_such_parameter=1)  # expect: call-overload
    create(model=chosen)  # expect: call-overload
    streamed: ChatCompletion = create(model=chosen, messages=HI, stream=True)  # expect: assignment
    print(streamed)
