"""Calls of `client.models.generate_content` and `client.tasks` that must type-check (mypy --strict): each
model's own `generation_config` (its thinking options), the stream, an async task and waiting for it.

tests/sdk/test_typing.py checks the premises (which model's thinking options take which field) against the spec.
"""

from __future__ import annotations

from evolink import AsyncEvolink, Evolink, Stream
from evolink.types import ContentParam, GenerateContentResponse, Task

HI: list[ContentParam] = [{"role": "user", "parts": [{"text": "hi"}]}]


def right(client: Evolink) -> None:
    levelled: GenerateContentResponse = client.models.generate_content(
        model="gemini-3-pro-preview", contents=HI, generation_config={"thinkingConfig": {"thinkingLevel": "low"}}
    )
    budgeted: GenerateContentResponse = client.models.generate_content(
        model="gemini-2.5-flash",
        contents=HI,
        generation_config={"temperature": 0.2, "thinkingConfig": {"thinkingBudget": 1024}},
        system_instruction={"parts": [{"text": "Be brief."}]},
    )
    stream: Stream[GenerateContentResponse] = client.models.generate_content(
        model="gemini-2.5-flash-lite", contents=HI, stream=True
    )
    with stream:
        texts = [
            chunk.candidates[0].content.parts for chunk in stream if chunk.candidates and chunk.candidates[0].content
        ]
    task: Task = client.models.generate_content(model="gemini-3.1-pro-preview", contents=HI, async_mode=True)
    done: Task = client.tasks.wait(task.id, timeout=60.0, on_progress=lambda t: print(t.progress))
    again: Task = client.tasks.retrieve(done.id)
    newer = client.models.generate_content(model="a-model-newer-than-the-sdk", contents=HI)
    print(levelled.model_version, budgeted.usage_metadata, texts, again.status, newer)


async def right_async(client: AsyncEvolink) -> None:
    response: GenerateContentResponse = await client.models.generate_content(model="gemini-2.5-flash", contents=HI)
    task: Task = await client.models.generate_content(model="gemini-2.5-flash", contents=HI, async_mode=True)
    done: Task = await client.tasks.wait(task.id)
    print(response.candidates, done.results)
