"""The SDK's own work alone, without HTTP: argument validation (build_body) and parsing a ChatCompletion."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial

from evolink._rules import CHAT_COMPLETIONS_ANY_MODEL as ANY_MODEL
from evolink._rules import CHAT_COMPLETIONS_RULES as RULES
from evolink._validation import build_body
from evolink.types._models import ChatCompletion
from peers import ARGUMENTS, COMPLETION, MESSAGES, MODEL, optional
from timing import Sizes, interleave, per_op

PARAMS = {"messages": MESSAGES, **ARGUMENTS}


def validation(sizes: Sizes) -> dict[str, float]:
    """Median seconds of one `build_body` (every per-model rule of one call's arguments)."""
    check = partial(build_body, RULES, MODEL, PARAMS, any_model=ANY_MODEL)
    return interleave({"evolink": per_op(check, sizes.micro)}, sizes.rounds)


def parsing(sizes: Sizes) -> dict[str, float]:
    """Median seconds to turn one ChatCompletion's JSON bytes into each library's object, interleaved.

    evolink validates (`model_validate_json`, what its client does); openai's client builds without
    validation (`construct`), shown beside its validating `model_validate`; `json.loads` is the floor.
    """
    parses: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(COMPLETION),
        "evolink": lambda: ChatCompletion.model_validate_json(COMPLETION),
    }
    if (chat := optional("openai.types.chat")) is not None:
        OpenAIChatCompletion = chat.ChatCompletion
        parses["openai validate"] = lambda: OpenAIChatCompletion.model_validate(json.loads(COMPLETION))
        parses["openai construct"] = lambda: OpenAIChatCompletion.construct(**json.loads(COMPLETION))
    return interleave({name: per_op(parse, sizes.micro) for name, parse in parses.items()}, sizes.rounds)
