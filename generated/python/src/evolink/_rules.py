# generated from spec/ by evolink-codegen; do not edit
"""What each model accepts, argument by argument, as read from the spec: the tables each method checks calls against.

Per endpoint that takes a model, `<ENDPOINT>_RULES` holds each known model's rules; `<ENDPOINT>_ANY_MODEL` is what a
model id the SDK does not know is checked against: every argument some known model takes, with only the kinds
they accept (no range, no enum).
"""

from __future__ import annotations

from evolink._validation import ModelRules, ParameterRule

CHAT_COMPLETIONS_RULES: dict[str, ModelRules] = {
    "gemini-2.5-flash": ModelRules(
        "gemini-2.5-flash",
        {
            "messages": ParameterRule(
                "messages",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "stream": ParameterRule(
                "stream",
                ("boolean",),
            ),
            "max_completion_tokens": ParameterRule(
                "max_completion_tokens",
                ("integer",),
                nullable=True,
                minimum=1,
                maximum=65536,
            ),
            "max_tokens": ParameterRule(
                "max_tokens",
                ("integer",),
                minimum=1,
                maximum=65536,
            ),
            "temperature": ParameterRule(
                "temperature",
                ("number",),
                minimum=0,
                maximum=2,
            ),
            "top_p": ParameterRule(
                "top_p",
                ("number",),
                minimum=0,
                maximum=1,
            ),
            "frequency_penalty": ParameterRule(
                "frequency_penalty",
                ("number",),
                nullable=True,
                minimum=-2,
                maximum=2,
            ),
            "presence_penalty": ParameterRule(
                "presence_penalty",
                ("number",),
                nullable=True,
                minimum=-2,
                maximum=2,
            ),
            "stop": ParameterRule(
                "stop",
                ("string", "array"),
                items=("string",),
            ),
            "n": ParameterRule(
                "n",
                ("integer",),
                nullable=True,
                minimum=1,
            ),
            "reasoning_effort": ParameterRule(
                "reasoning_effort",
                ("string",),
                nullable=True,
                enum=("none", "low", "medium", "high"),
            ),
            "seed": ParameterRule(
                "seed",
                ("integer",),
                nullable=True,
            ),
            "logprobs": ParameterRule(
                "logprobs",
                ("boolean",),
                nullable=True,
            ),
            "top_logprobs": ParameterRule(
                "top_logprobs",
                ("integer",),
                nullable=True,
                minimum=0,
                maximum=20,
            ),
            "response_format": ParameterRule(
                "response_format",
                ("object",),
            ),
            "stream_options": ParameterRule(
                "stream_options",
                ("object",),
            ),
            "tools": ParameterRule(
                "tools",
                ("array",),
                nullable=True,
                items=("object",),
            ),
            "tool_choice": ParameterRule(
                "tool_choice",
                ("string",),
                enum=("none", "auto", "required"),
            ),
            "gemini_extensions": ParameterRule(
                "extra_body",
                ("object",),
            ),
        },
    ),
    "gemini-2.5-flash-lite": ModelRules(
        "gemini-2.5-flash-lite",
        {
            "messages": ParameterRule(
                "messages",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "stream": ParameterRule(
                "stream",
                ("boolean",),
            ),
            "max_completion_tokens": ParameterRule(
                "max_completion_tokens",
                ("integer",),
                nullable=True,
                minimum=1,
                maximum=65536,
            ),
            "max_tokens": ParameterRule(
                "max_tokens",
                ("integer",),
                minimum=1,
                maximum=65536,
            ),
            "temperature": ParameterRule(
                "temperature",
                ("number",),
                minimum=0,
                maximum=2,
            ),
            "top_p": ParameterRule(
                "top_p",
                ("number",),
                minimum=0,
                maximum=1,
            ),
            "frequency_penalty": ParameterRule(
                "frequency_penalty",
                ("number",),
                nullable=True,
                minimum=-2,
                maximum=2,
            ),
            "presence_penalty": ParameterRule(
                "presence_penalty",
                ("number",),
                nullable=True,
                minimum=-2,
                maximum=2,
            ),
            "stop": ParameterRule(
                "stop",
                ("string", "array"),
                items=("string",),
            ),
            "n": ParameterRule(
                "n",
                ("integer",),
                nullable=True,
                minimum=1,
            ),
            "reasoning_effort": ParameterRule(
                "reasoning_effort",
                ("string",),
                nullable=True,
                enum=("none", "low", "medium", "high"),
            ),
            "seed": ParameterRule(
                "seed",
                ("integer",),
                nullable=True,
            ),
            "logprobs": ParameterRule(
                "logprobs",
                ("boolean",),
                nullable=True,
            ),
            "top_logprobs": ParameterRule(
                "top_logprobs",
                ("integer",),
                nullable=True,
                minimum=0,
                maximum=20,
            ),
            "response_format": ParameterRule(
                "response_format",
                ("object",),
            ),
            "stream_options": ParameterRule(
                "stream_options",
                ("object",),
            ),
            "tools": ParameterRule(
                "tools",
                ("array",),
                nullable=True,
                items=("object",),
            ),
            "tool_choice": ParameterRule(
                "tool_choice",
                ("string",),
                enum=("none", "auto", "required"),
            ),
            "gemini_extensions": ParameterRule(
                "extra_body",
                ("object",),
            ),
        },
    ),
    "gemini-3-pro-preview": ModelRules(
        "gemini-3-pro-preview",
        {
            "messages": ParameterRule(
                "messages",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "stream": ParameterRule(
                "stream",
                ("boolean",),
            ),
            "max_tokens": ParameterRule(
                "max_tokens",
                ("integer",),
                minimum=1,
            ),
            "temperature": ParameterRule(
                "temperature",
                ("number",),
                minimum=0,
                maximum=2,
            ),
            "top_p": ParameterRule(
                "top_p",
                ("number",),
                minimum=0,
                maximum=1,
            ),
            "top_k": ParameterRule(
                "top_k",
                ("integer",),
                minimum=1,
            ),
        },
    ),
    "gemini-3.1-pro-preview": ModelRules(
        "gemini-3.1-pro-preview",
        {
            "messages": ParameterRule(
                "messages",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "stream": ParameterRule(
                "stream",
                ("boolean",),
            ),
            "max_tokens": ParameterRule(
                "max_tokens",
                ("integer",),
                minimum=1,
            ),
            "temperature": ParameterRule(
                "temperature",
                ("number",),
                minimum=0,
                maximum=2,
            ),
            "top_p": ParameterRule(
                "top_p",
                ("number",),
                minimum=0,
                maximum=1,
            ),
            "top_k": ParameterRule(
                "top_k",
                ("integer",),
                minimum=1,
            ),
        },
    ),
}
"""`chat.completions.create()`: each known model's rules."""

CHAT_COMPLETIONS_ANY_MODEL = ModelRules(
    None,
    {
        "messages": ParameterRule(
            "messages",
            ("array",),
            items=("object",),
            min_items=1,
            required=True,
        ),
        "stream": ParameterRule(
            "stream",
            ("boolean",),
        ),
        "max_completion_tokens": ParameterRule(
            "max_completion_tokens",
            ("integer",),
            nullable=True,
        ),
        "max_tokens": ParameterRule(
            "max_tokens",
            ("integer",),
        ),
        "temperature": ParameterRule(
            "temperature",
            ("number",),
        ),
        "top_p": ParameterRule(
            "top_p",
            ("number",),
        ),
        "frequency_penalty": ParameterRule(
            "frequency_penalty",
            ("number",),
            nullable=True,
        ),
        "presence_penalty": ParameterRule(
            "presence_penalty",
            ("number",),
            nullable=True,
        ),
        "stop": ParameterRule(
            "stop",
            ("string", "array"),
            items=("string",),
        ),
        "n": ParameterRule(
            "n",
            ("integer",),
            nullable=True,
        ),
        "reasoning_effort": ParameterRule(
            "reasoning_effort",
            ("string",),
            nullable=True,
        ),
        "seed": ParameterRule(
            "seed",
            ("integer",),
            nullable=True,
        ),
        "logprobs": ParameterRule(
            "logprobs",
            ("boolean",),
            nullable=True,
        ),
        "top_logprobs": ParameterRule(
            "top_logprobs",
            ("integer",),
            nullable=True,
        ),
        "response_format": ParameterRule(
            "response_format",
            ("object",),
        ),
        "stream_options": ParameterRule(
            "stream_options",
            ("object",),
        ),
        "tools": ParameterRule(
            "tools",
            ("array",),
            nullable=True,
            items=("object",),
        ),
        "tool_choice": ParameterRule(
            "tool_choice",
            ("string",),
        ),
        "gemini_extensions": ParameterRule(
            "extra_body",
            ("object",),
        ),
        "top_k": ParameterRule(
            "top_k",
            ("integer",),
        ),
    },
)
"""`chat.completions.create()`: the rules of a model id the SDK does not know."""

GENERATE_CONTENT_RULES: dict[str, ModelRules] = {
    "gemini-2.5-flash": ModelRules(
        "gemini-2.5-flash",
        {
            "contents": ParameterRule(
                "contents",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "generation_config": ParameterRule(
                "generationConfig",
                ("object",),
            ),
            "system_instruction": ParameterRule(
                "systemInstruction",
                ("object",),
            ),
            "tools": ParameterRule(
                "tools",
                ("array",),
                items=("object",),
            ),
            "tool_config": ParameterRule(
                "toolConfig",
                ("object",),
            ),
            "safety_settings": ParameterRule(
                "safetySettings",
                ("array",),
                items=("object",),
            ),
            "cached_content": ParameterRule(
                "cachedContent",
                ("string",),
            ),
        },
    ),
    "gemini-2.5-flash-lite": ModelRules(
        "gemini-2.5-flash-lite",
        {
            "contents": ParameterRule(
                "contents",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "generation_config": ParameterRule(
                "generationConfig",
                ("object",),
            ),
            "system_instruction": ParameterRule(
                "systemInstruction",
                ("object",),
            ),
            "tools": ParameterRule(
                "tools",
                ("array",),
                items=("object",),
            ),
            "tool_config": ParameterRule(
                "toolConfig",
                ("object",),
            ),
            "safety_settings": ParameterRule(
                "safetySettings",
                ("array",),
                items=("object",),
            ),
            "cached_content": ParameterRule(
                "cachedContent",
                ("string",),
            ),
        },
    ),
    "gemini-3-pro-preview": ModelRules(
        "gemini-3-pro-preview",
        {
            "contents": ParameterRule(
                "contents",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "generation_config": ParameterRule(
                "generationConfig",
                ("object",),
            ),
            "system_instruction": ParameterRule(
                "systemInstruction",
                ("object",),
            ),
            "tools": ParameterRule(
                "tools",
                ("array",),
                items=("object",),
            ),
            "tool_config": ParameterRule(
                "toolConfig",
                ("object",),
            ),
            "safety_settings": ParameterRule(
                "safetySettings",
                ("array",),
                items=("object",),
            ),
            "cached_content": ParameterRule(
                "cachedContent",
                ("string",),
            ),
        },
    ),
    "gemini-3.1-pro-preview": ModelRules(
        "gemini-3.1-pro-preview",
        {
            "contents": ParameterRule(
                "contents",
                ("array",),
                items=("object",),
                min_items=1,
                required=True,
            ),
            "generation_config": ParameterRule(
                "generationConfig",
                ("object",),
            ),
            "system_instruction": ParameterRule(
                "systemInstruction",
                ("object",),
            ),
            "tools": ParameterRule(
                "tools",
                ("array",),
                items=("object",),
            ),
            "tool_config": ParameterRule(
                "toolConfig",
                ("object",),
            ),
            "safety_settings": ParameterRule(
                "safetySettings",
                ("array",),
                items=("object",),
            ),
            "cached_content": ParameterRule(
                "cachedContent",
                ("string",),
            ),
        },
    ),
}
"""`models.generate_content()`: each known model's rules."""

GENERATE_CONTENT_ANY_MODEL = ModelRules(
    None,
    {
        "contents": ParameterRule(
            "contents",
            ("array",),
            items=("object",),
            min_items=1,
            required=True,
        ),
        "generation_config": ParameterRule(
            "generationConfig",
            ("object",),
        ),
        "system_instruction": ParameterRule(
            "systemInstruction",
            ("object",),
        ),
        "tools": ParameterRule(
            "tools",
            ("array",),
            items=("object",),
        ),
        "tool_config": ParameterRule(
            "toolConfig",
            ("object",),
        ),
        "safety_settings": ParameterRule(
            "safetySettings",
            ("array",),
            items=("object",),
        ),
        "cached_content": ParameterRule(
            "cachedContent",
            ("string",),
        ),
    },
)
"""`models.generate_content()`: the rules of a model id the SDK does not know."""
