"""Calls that must NOT type-check; each marked line is one error mypy has to report.

Each call is a passing call from pass_sync.py with one thing wrong.
"""

from __future__ import annotations

from evolink import AsyncEvolink, Evolink
from evolink.types import ChatCompletion, ChatMessageParam

HI: list[ChatMessageParam] = [{"role": "user", "content": "hi"}]


def wrong(client: Evolink, aclient: AsyncEvolink) -> None:
    create, acreate = client.chat.completions.create, aclient.chat.completions.create
    create(model="gemini-2.5-flash-lite", messages=HI, top_k=40)  # expect: call-overload
    create(model="gemini-3-pro-preview", messages=HI, seed=1)  # expect: call-overload
    create(model="gemini-3-pro-preview", messages=HI, temperature="hot")  # expect: call-overload
    create(model="gemini-2.5-flash-lite", messages=HI, reasoning_effort="max")  # expect: call-overload
    create(model="gemini-2.5-flash-lite", messages=HI, tool_choice="always")  # expect: call-overload
    create(model="gemini-2.5-flash-lite", messages=HI, temperature=None)  # expect: call-overload
    create(model="gemini-9-ultra", messages=HI)  # expect: call-overload
    create(model="gemini-2.5-flash-lite", messages=[{"role": "robot", "content": "hi"}])  # expect: call-overload
    create(model="gemini-2.5-flash-lite", messages=HI, extra_body=3)  # expect: call-overload
    create(model="gemini-2.5-flash-lite")  # expect: call-overload
    streamed: ChatCompletion = create(model="gemini-2.5-flash", messages=HI, stream=True)  # expect: assignment
    not_awaited: ChatCompletion = acreate(model="gemini-2.5-flash", messages=HI)  # expect: assignment
    print(streamed, not_awaited)
