"""Calls of `client.models.generate_content` and `client.tasks` that must NOT type-check; each marked line is one
error mypy has to report.

A line marked `(thinking)` gives a model's own `generation_config` TypedDict a thinking option that model lacks;
tests/sdk/test_typing.py checks that premise against the spec. (In a call the option still type-checks when some
model takes it: a call whose known-model overload fails falls through to the `model: str` overloads, whose
`generation_config` is the union of every model's; the SDK checks the call at run time.)
"""

from __future__ import annotations

from evolink import Evolink
from evolink.types import ContentParam, GenerateContentResponse, Task
from evolink.types import Gemini3ProGenerationConfigParam as Pro3Config
from evolink.types import Gemini25FlashGenerationConfigParam as Flash25Config

HI: list[ContentParam] = [{"role": "user", "parts": [{"text": "hi"}]}]
FLASH = "gemini-2.5-flash"


def wrong(client: Evolink) -> None:
    generate = client.models.generate_content
    flash: Flash25Config = {"thinkingConfig": {"thinkingLevel": "low"}}  # expect: typeddict-unknown-key (thinking)
    two_levels: Pro3Config = {"thinkingConfig": {"thinkingLevel": "medium"}}  # expect: typeddict-item (thinking)
    generate(model=FLASH, contents=HI, generation_config={"temperature": "hot"})  # expect: call-overload
    generate(model=FLASH, messages=[{"role": "user", "content": "hi"}])  # expect: call-overload
    response: GenerateContentResponse = generate(model=FLASH, contents=HI, async_mode=True)  # expect: assignment
    client.tasks.retrieve(42)  # expect: arg-type
    waited: GenerateContentResponse = client.tasks.wait("task-unified-1")  # expect: assignment
    task: Task = client.tasks.retrieve("task-unified-1")
    print(flash, two_levels, response, waited, task)
