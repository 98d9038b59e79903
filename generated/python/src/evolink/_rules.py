# generated from spec/ by evolink-codegen; do not edit
"""What each model accepts, argument by argument, as read from the spec: the tables `create()` checks calls against.

`RULES` holds each known model's rules; `ANY_MODEL` is what a model id the SDK does not know is checked
against: every argument some known model takes, with only the kinds they accept (no range, no enum).
"""

from __future__ import annotations

from evolink._validation import ModelRules, Rule

RULES: dict[str, ModelRules] = {
    "gemini-2.5-flash": ModelRules(
        "gemini-2.5-flash",
        {
            "messages": Rule(
                "messages",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "stream": Rule(
                "stream",
                ("boolean",),
            ),
            "max_completion_tokens": Rule(
                "max_completion_tokens",
                ("integer",),
                nullable=True,
                minimum=1,
                maximum=65536,
            ),
            "max_tokens": Rule(
                "max_tokens",
                ("integer",),
                minimum=1,
                maximum=65536,
            ),
            "temperature": Rule(
                "temperature",
                ("number",),
                minimum=0,
                maximum=2,
            ),
            "top_p": Rule(
                "top_p",
                ("number",),
                minimum=0,
                maximum=1,
            ),
            "frequency_penalty": Rule(
                "frequency_penalty",
                ("number",),
                nullable=True,
                minimum=-2,
                maximum=2,
            ),
            "presence_penalty": Rule(
                "presence_penalty",
                ("number",),
                nullable=True,
                minimum=-2,
                maximum=2,
            ),
            "stop": Rule(
                "stop",
                (
                    "string",
                    "array",
                ),
                items=("string",),
            ),
            "n": Rule(
                "n",
                ("integer",),
                nullable=True,
                minimum=1,
            ),
            "reasoning_effort": Rule(
                "reasoning_effort",
                ("string",),
                nullable=True,
                enum=(
                    "none",
                    "low",
                    "medium",
                    "high",
                ),
            ),
            "seed": Rule(
                "seed",
                ("integer",),
                nullable=True,
            ),
            "logprobs": Rule(
                "logprobs",
                ("boolean",),
                nullable=True,
            ),
            "top_logprobs": Rule(
                "top_logprobs",
                ("integer",),
                nullable=True,
                minimum=0,
                maximum=20,
            ),
            "response_format": Rule(
                "response_format",
                ("object",),
            ),
            "stream_options": Rule(
                "stream_options",
                ("object",),
            ),
            "tools": Rule(
                "tools",
                ("array",),
                nullable=True,
                items=("object",),
            ),
            "tool_choice": Rule(
                "tool_choice",
                ("string",),
                enum=(
                    "none",
                    "auto",
                    "required",
                ),
            ),
            "gemini_extensions": Rule(
                "extra_body",
                ("object",),
            ),
        },
    ),
    "gemini-2.5-flash-lite": ModelRules(
        "gemini-2.5-flash-lite",
        {
            "messages": Rule(
                "messages",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "stream": Rule(
                "stream",
                ("boolean",),
            ),
            "max_completion_tokens": Rule(
                "max_completion_tokens",
                ("integer",),
                nullable=True,
                minimum=1,
                maximum=65536,
            ),
            "max_tokens": Rule(
                "max_tokens",
                ("integer",),
                minimum=1,
                maximum=65536,
            ),
            "temperature": Rule(
                "temperature",
                ("number",),
                minimum=0,
                maximum=2,
            ),
            "top_p": Rule(
                "top_p",
                ("number",),
                minimum=0,
                maximum=1,
            ),
            "frequency_penalty": Rule(
                "frequency_penalty",
                ("number",),
                nullable=True,
                minimum=-2,
                maximum=2,
            ),
            "presence_penalty": Rule(
                "presence_penalty",
                ("number",),
                nullable=True,
                minimum=-2,
                maximum=2,
            ),
            "stop": Rule(
                "stop",
                (
                    "string",
                    "array",
                ),
                items=("string",),
            ),
            "n": Rule(
                "n",
                ("integer",),
                nullable=True,
                minimum=1,
            ),
            "reasoning_effort": Rule(
                "reasoning_effort",
                ("string",),
                nullable=True,
                enum=(
                    "none",
                    "low",
                    "medium",
                    "high",
                ),
            ),
            "seed": Rule(
                "seed",
                ("integer",),
                nullable=True,
            ),
            "logprobs": Rule(
                "logprobs",
                ("boolean",),
                nullable=True,
            ),
            "top_logprobs": Rule(
                "top_logprobs",
                ("integer",),
                nullable=True,
                minimum=0,
                maximum=20,
            ),
            "response_format": Rule(
                "response_format",
                ("object",),
            ),
            "stream_options": Rule(
                "stream_options",
                ("object",),
            ),
            "tools": Rule(
                "tools",
                ("array",),
                nullable=True,
                items=("object",),
            ),
            "tool_choice": Rule(
                "tool_choice",
                ("string",),
                enum=(
                    "none",
                    "auto",
                    "required",
                ),
            ),
            "gemini_extensions": Rule(
                "extra_body",
                ("object",),
            ),
        },
    ),
    "gemini-3-pro-preview": ModelRules(
        "gemini-3-pro-preview",
        {
            "messages": Rule(
                "messages",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "stream": Rule(
                "stream",
                ("boolean",),
            ),
            "max_tokens": Rule(
                "max_tokens",
                ("integer",),
                minimum=1,
            ),
            "temperature": Rule(
                "temperature",
                ("number",),
                minimum=0,
                maximum=2,
            ),
            "top_p": Rule(
                "top_p",
                ("number",),
                minimum=0,
                maximum=1,
            ),
            "top_k": Rule(
                "top_k",
                ("integer",),
                minimum=1,
            ),
        },
    ),
    "gemini-3.1-pro-preview": ModelRules(
        "gemini-3.1-pro-preview",
        {
            "messages": Rule(
                "messages",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "stream": Rule(
                "stream",
                ("boolean",),
            ),
            "max_tokens": Rule(
                "max_tokens",
                ("integer",),
                minimum=1,
            ),
            "temperature": Rule(
                "temperature",
                ("number",),
                minimum=0,
                maximum=2,
            ),
            "top_p": Rule(
                "top_p",
                ("number",),
                minimum=0,
                maximum=1,
            ),
            "top_k": Rule(
                "top_k",
                ("integer",),
                minimum=1,
            ),
        },
    ),
}

ANY_MODEL = ModelRules(
    None,
    {
        "messages": Rule(
            "messages",
            ("array",),
            items=("object",),
            min_items=1,
            required=True,
        ),
        "stream": Rule(
            "stream",
            ("boolean",),
        ),
        "max_completion_tokens": Rule(
            "max_completion_tokens",
            ("integer",),
            nullable=True,
        ),
        "max_tokens": Rule(
            "max_tokens",
            ("integer",),
        ),
        "temperature": Rule(
            "temperature",
            ("number",),
        ),
        "top_p": Rule(
            "top_p",
            ("number",),
        ),
        "frequency_penalty": Rule(
            "frequency_penalty",
            ("number",),
            nullable=True,
        ),
        "presence_penalty": Rule(
            "presence_penalty",
            ("number",),
            nullable=True,
        ),
        "stop": Rule(
            "stop",
            (
                "string",
                "array",
            ),
            items=("string",),
        ),
        "n": Rule(
            "n",
            ("integer",),
            nullable=True,
        ),
        "reasoning_effort": Rule(
            "reasoning_effort",
            ("string",),
            nullable=True,
        ),
        "seed": Rule(
            "seed",
            ("integer",),
            nullable=True,
        ),
        "logprobs": Rule(
            "logprobs",
            ("boolean",),
            nullable=True,
        ),
        "top_logprobs": Rule(
            "top_logprobs",
            ("integer",),
            nullable=True,
        ),
        "response_format": Rule(
            "response_format",
            ("object",),
        ),
        "stream_options": Rule(
            "stream_options",
            ("object",),
        ),
        "tools": Rule(
            "tools",
            ("array",),
            nullable=True,
            items=("object",),
        ),
        "tool_choice": Rule(
            "tool_choice",
            ("string",),
        ),
        "gemini_extensions": Rule(
            "extra_body",
            ("object",),
        ),
        "top_k": Rule(
            "top_k",
            ("integer",),
        ),
    },
)
