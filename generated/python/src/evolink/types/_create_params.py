# generated from spec/ by evolink-codegen; do not edit
"""The keyword arguments of each method that takes a model (`client.chat.completions.create()`,
`client.models.generate_content()`), for each model, as TypedDicts.

Each holds exactly what that model's page documents (plus, marked inferred, what a quick-chat page
inherits from its family's full page), without `model` and `stream`, which the method takes itself.
Each method's `AnyModel...Params` is for any model id (`model: str`: one chosen at run time, or one newer than
this SDK): the parameters every known model takes, each with the union of their types. A parameter only some
models take is not in it, so the type checker refuses it with a `str` model; build the arguments as the
model's own TypedDict to use it. The method still checks every call at run time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal, Required, TypedDict

from evolink.types._request_params import (
    ChatMessageParam,
    ContentParam,
    Gemini3ProGenerationConfigParam,
    Gemini25FlashGenerationConfigParam,
    Gemini25FlashLiteGenerationConfigParam,
    Gemini31ProGenerationConfigParam,
    NativeToolParam,
    ResponseFormatParam,
    SafetySettingParam,
    StreamOptionsParam,
    ToolConfigParam,
    ToolParam,
)

__all__ = [
    "AnyModelGenerateContentParams",
    "AnyModelParams",
    "Gemini3ProPreviewGenerateContentParams",
    "Gemini3ProPreviewParams",
    "Gemini25FlashGenerateContentParams",
    "Gemini25FlashLiteGenerateContentParams",
    "Gemini25FlashLiteParams",
    "Gemini25FlashParams",
    "Gemini31ProPreviewGenerateContentParams",
    "Gemini31ProPreviewParams",
]


class Gemini25FlashParams(TypedDict, total=False):
    """Keyword arguments of `create(model="gemini-2.5-flash", ...)` besides `stream`."""

    messages: Required[Sequence[ChatMessageParam]]
    """The conversation so far: a list of chat messages. Supports multi-turn dialogue and multimodal input."""
    max_completion_tokens: int | None
    """Maximum number of completion tokens for the generated response; Gemini's `maxOutputTokens`. (Inferred: not on
    this model's page.)"""
    max_tokens: int
    """Maximum number of tokens for the generated response (the legacy OpenAI parameter). A value that is too small can
    truncate the response. (Inferred: not on this model's page.)"""
    temperature: float
    """Sampling temperature: how random the output is. Low values (e.g. 0.2) give more deterministic, focused output;
    high values (e.g. 1.5) more random, creative output. (Inferred: not on this model's page.)"""
    top_p: float
    """Nucleus sampling: sample only from the tokens whose cumulative probability reaches this value (0.9 means the top
    90 %). 1.0 considers every token. Adjust either `temperature` or `top_p`, not both. (Inferred: not on this model's
    page.)"""
    frequency_penalty: float | None
    """Frequency penalty coefficient; Gemini's `frequencyPenalty`. (Inferred: not on this model's page.)"""
    presence_penalty: float | None
    """Presence penalty coefficient; Gemini's `presencePenalty`. (Inferred: not on this model's page.)"""
    stop: str | Sequence[str]
    """Stop sequences: a string or a list of strings; Gemini's `stopSequences`. (Inferred: not on this model's page.)"""
    n: int | None
    """Number of candidate completions to generate. (Inferred: not on this model's page.)"""
    reasoning_effort: Literal["none", "low", "medium", "high"] | None
    """How much the model reasons before answering. Gemini 2.5 Flash and Flash Lite can turn thinking off with `none`;
    `low`, `medium` and `high` map to growing thinking budgets. (Inferred: not on this model's page.)"""
    seed: int | None
    """Random seed that makes output as reproducible as possible; Gemini's `seed`. (Inferred: not on this model's
    page.)"""
    logprobs: bool | None
    """Whether to return the log probability of each output token; Gemini's `responseLogprobs`. (Inferred: not on this
    model's page.)"""
    top_logprobs: int | None
    """Number of most likely tokens, with their log probabilities, to return at each position; Gemini's `logprobs`.
    (Inferred: not on this model's page.)"""
    response_format: ResponseFormatParam
    """Output format: JSON mode or a JSON Schema; Gemini's `responseMimeType`, `responseSchema` and
    `responseJsonSchema`. (Inferred: not on this model's page.)"""
    stream_options: StreamOptionsParam
    """Options for a streamed response; only with `stream: true`. (Inferred: not on this model's page.)"""
    tools: Sequence[ToolParam] | None
    """The tools (functions) the model may call. (Inferred: not on this model's page.)"""
    tool_choice: Literal["none", "auto", "required"]
    """Whether and how the model calls tools: `none` never, `auto` when it decides to, `required` always. (Inferred: not
    on this model's page.)"""
    gemini_extensions: Mapping[str, object]
    """Gemini extension parameters, passed through to Gemini as given. Sent on the wire as `extra_body`; in the Python
    SDK the argument is `gemini_extensions`, because `extra_body` is the SDK's own escape hatch for unlisted fields.
    Sent as `extra_body`. (Inferred: not on this model's page.)"""


class Gemini25FlashLiteParams(TypedDict, total=False):
    """Keyword arguments of `create(model="gemini-2.5-flash-lite", ...)` besides `stream`."""

    messages: Required[Sequence[ChatMessageParam]]
    """The conversation so far: a list of chat messages. Supports multi-turn dialogue and multimodal input."""
    max_completion_tokens: int | None
    """Maximum number of completion tokens for the generated response; Gemini's `maxOutputTokens`."""
    max_tokens: int
    """Maximum number of tokens for the generated response (the legacy OpenAI parameter). A value that is too small can
    truncate the response."""
    temperature: float
    """Sampling temperature: how random the output is. Low values (e.g. 0.2) give more deterministic, focused output;
    high values (e.g. 1.5) more random, creative output."""
    top_p: float
    """Nucleus sampling: sample only from the tokens whose cumulative probability reaches this value (0.9 means the top
    90 %). 1.0 considers every token. Adjust either `temperature` or `top_p`, not both."""
    frequency_penalty: float | None
    """Frequency penalty coefficient; Gemini's `frequencyPenalty`."""
    presence_penalty: float | None
    """Presence penalty coefficient; Gemini's `presencePenalty`."""
    stop: str | Sequence[str]
    """Stop sequences: a string or a list of strings; Gemini's `stopSequences`."""
    n: int | None
    """Number of candidate completions to generate."""
    reasoning_effort: Literal["none", "low", "medium", "high"] | None
    """How much the model reasons before answering. Gemini 2.5 Flash and Flash Lite can turn thinking off with `none`;
    `low`, `medium` and `high` map to growing thinking budgets."""
    seed: int | None
    """Random seed that makes output as reproducible as possible; Gemini's `seed`."""
    logprobs: bool | None
    """Whether to return the log probability of each output token; Gemini's `responseLogprobs`."""
    top_logprobs: int | None
    """Number of most likely tokens, with their log probabilities, to return at each position; Gemini's `logprobs`."""
    response_format: ResponseFormatParam
    """Output format: JSON mode or a JSON Schema; Gemini's `responseMimeType`, `responseSchema` and
    `responseJsonSchema`."""
    stream_options: StreamOptionsParam
    """Options for a streamed response; only with `stream: true`."""
    tools: Sequence[ToolParam] | None
    """The tools (functions) the model may call."""
    tool_choice: Literal["none", "auto", "required"]
    """Whether and how the model calls tools: `none` never, `auto` when it decides to, `required` always."""
    gemini_extensions: Mapping[str, object]
    """Gemini extension parameters, passed through to Gemini as given. Sent on the wire as `extra_body`; in the Python
    SDK the argument is `gemini_extensions`, because `extra_body` is the SDK's own escape hatch for unlisted fields.
    Sent as `extra_body`."""


class Gemini3ProPreviewParams(TypedDict, total=False):
    """Keyword arguments of `create(model="gemini-3-pro-preview", ...)` besides `stream`."""

    messages: Required[Sequence[ChatMessageParam]]
    """The conversation so far: a list of chat messages. Supports multi-turn dialogue and multimodal input."""
    max_tokens: int
    """Maximum number of tokens for the generated response (the legacy OpenAI parameter). A value that is too small can
    truncate the response."""
    temperature: float
    """Sampling temperature: how random the output is. Low values (e.g. 0.2) give more deterministic, focused output;
    high values (e.g. 1.5) more random, creative output."""
    top_p: float
    """Nucleus sampling: sample only from the tokens whose cumulative probability reaches this value (0.9 means the top
    90 %). 1.0 considers every token. Adjust either `temperature` or `top_p`, not both."""
    top_k: int
    """Top-K sampling: consider only the K most likely tokens (10 means the top 10). Smaller values give more focused
    output. Unlimited when unset."""


class Gemini31ProPreviewParams(TypedDict, total=False):
    """Keyword arguments of `create(model="gemini-3.1-pro-preview", ...)` besides `stream`."""

    messages: Required[Sequence[ChatMessageParam]]
    """The conversation so far: a list of chat messages. Supports multi-turn dialogue and multimodal input."""
    max_tokens: int
    """Maximum number of tokens for the generated response (the legacy OpenAI parameter). A value that is too small can
    truncate the response. (Inferred: not on this model's page.)"""
    temperature: float
    """Sampling temperature: how random the output is. Low values (e.g. 0.2) give more deterministic, focused output;
    high values (e.g. 1.5) more random, creative output. (Inferred: not on this model's page.)"""
    top_p: float
    """Nucleus sampling: sample only from the tokens whose cumulative probability reaches this value (0.9 means the top
    90 %). 1.0 considers every token. Adjust either `temperature` or `top_p`, not both. (Inferred: not on this model's
    page.)"""
    top_k: int
    """Top-K sampling: consider only the K most likely tokens (10 means the top 10). Smaller values give more focused
    output. Unlimited when unset. (Inferred: not on this model's page.)"""


class AnyModelParams(TypedDict, total=False):
    """Keyword arguments of `create(model=<any str>, ...)` besides `stream`: the ones every known model takes."""

    messages: Required[Sequence[ChatMessageParam]]
    """The conversation so far: a list of chat messages. Supports multi-turn dialogue and multimodal input."""
    max_tokens: int
    """Maximum number of tokens for the generated response (the legacy OpenAI parameter). A value that is too small can
    truncate the response."""
    temperature: float
    """Sampling temperature: how random the output is. Low values (e.g. 0.2) give more deterministic, focused output;
    high values (e.g. 1.5) more random, creative output."""
    top_p: float
    """Nucleus sampling: sample only from the tokens whose cumulative probability reaches this value (0.9 means the top
    90 %). 1.0 considers every token. Adjust either `temperature` or `top_p`, not both."""


class Gemini25FlashGenerateContentParams(TypedDict, total=False):
    """Keyword arguments of `generate_content(model="gemini-2.5-flash", ...)` besides `stream`."""

    contents: Required[Sequence[ContentParam]]
    """The conversation so far, oldest turn first: one Content for a single-turn request, the whole history plus the new
    turn for a multi-turn one. Parts may mix text and media."""
    generation_config: Gemini25FlashGenerationConfigParam
    """Generation settings: sampling, output length, stop sequences, structured output, response modalities and the
    thinking configuration. Sent as `generationConfig`."""
    system_instruction: ContentParam
    """Instructions for the whole conversation, given as a Content (text parts only are supported); its `role` is
    ignored. Sent as `systemInstruction`."""
    tools: Sequence[NativeToolParam]
    """Tools the model may use: function declarations the caller executes, and Google-run tools such as Google Search,
    code execution and URL context."""
    tool_config: ToolConfigParam
    """How the declared functions may be called (the function calling mode and the allowed function names). Sent as
    `toolConfig`."""
    safety_settings: Sequence[SafetySettingParam]
    """Per-category blocking thresholds for the prompt and the candidates; at most one setting per category. A category
    left out keeps the default threshold. Sent as `safetySettings`."""
    cached_content: str
    """Name of a cached content to use as context for the prediction, in the form `cachedContents/{cachedContent}`. Sent
    as `cachedContent`."""


class Gemini25FlashLiteGenerateContentParams(TypedDict, total=False):
    """Keyword arguments of `generate_content(model="gemini-2.5-flash-lite", ...)` besides `stream`."""

    contents: Required[Sequence[ContentParam]]
    """The conversation so far, oldest turn first: one Content for a single-turn request, the whole history plus the new
    turn for a multi-turn one. Parts may mix text and media."""
    generation_config: Gemini25FlashLiteGenerationConfigParam
    """Generation settings: sampling, output length, stop sequences, structured output, response modalities and the
    thinking configuration. Sent as `generationConfig`."""
    system_instruction: ContentParam
    """Instructions for the whole conversation, given as a Content (text parts only are supported); its `role` is
    ignored. Sent as `systemInstruction`."""
    tools: Sequence[NativeToolParam]
    """Tools the model may use: function declarations the caller executes, and Google-run tools such as Google Search,
    code execution and URL context."""
    tool_config: ToolConfigParam
    """How the declared functions may be called (the function calling mode and the allowed function names). Sent as
    `toolConfig`."""
    safety_settings: Sequence[SafetySettingParam]
    """Per-category blocking thresholds for the prompt and the candidates; at most one setting per category. A category
    left out keeps the default threshold. Sent as `safetySettings`."""
    cached_content: str
    """Name of a cached content to use as context for the prediction, in the form `cachedContents/{cachedContent}`. Sent
    as `cachedContent`."""


class Gemini3ProPreviewGenerateContentParams(TypedDict, total=False):
    """Keyword arguments of `generate_content(model="gemini-3-pro-preview", ...)` besides `stream`."""

    contents: Required[Sequence[ContentParam]]
    """The conversation so far, oldest turn first: one Content for a single-turn request, the whole history plus the new
    turn for a multi-turn one. Parts may mix text and media."""
    generation_config: Gemini3ProGenerationConfigParam
    """Generation settings: sampling, output length, stop sequences, structured output, response modalities and the
    thinking configuration. Sent as `generationConfig`."""
    system_instruction: ContentParam
    """Instructions for the whole conversation, given as a Content (text parts only are supported); its `role` is
    ignored. Sent as `systemInstruction`."""
    tools: Sequence[NativeToolParam]
    """Tools the model may use: function declarations the caller executes, and Google-run tools such as Google Search,
    code execution and URL context."""
    tool_config: ToolConfigParam
    """How the declared functions may be called (the function calling mode and the allowed function names). Sent as
    `toolConfig`."""
    safety_settings: Sequence[SafetySettingParam]
    """Per-category blocking thresholds for the prompt and the candidates; at most one setting per category. A category
    left out keeps the default threshold. Sent as `safetySettings`."""
    cached_content: str
    """Name of a cached content to use as context for the prediction, in the form `cachedContents/{cachedContent}`. Sent
    as `cachedContent`."""


class Gemini31ProPreviewGenerateContentParams(TypedDict, total=False):
    """Keyword arguments of `generate_content(model="gemini-3.1-pro-preview", ...)` besides `stream`."""

    contents: Required[Sequence[ContentParam]]
    """The conversation so far, oldest turn first: one Content for a single-turn request, the whole history plus the new
    turn for a multi-turn one. Parts may mix text and media."""
    generation_config: Gemini31ProGenerationConfigParam
    """Generation settings: sampling, output length, stop sequences, structured output, response modalities and the
    thinking configuration. Sent as `generationConfig`."""
    system_instruction: ContentParam
    """Instructions for the whole conversation, given as a Content (text parts only are supported); its `role` is
    ignored. Sent as `systemInstruction`."""
    tools: Sequence[NativeToolParam]
    """Tools the model may use: function declarations the caller executes, and Google-run tools such as Google Search,
    code execution and URL context."""
    tool_config: ToolConfigParam
    """How the declared functions may be called (the function calling mode and the allowed function names). Sent as
    `toolConfig`."""
    safety_settings: Sequence[SafetySettingParam]
    """Per-category blocking thresholds for the prompt and the candidates; at most one setting per category. A category
    left out keeps the default threshold. Sent as `safetySettings`."""
    cached_content: str
    """Name of a cached content to use as context for the prediction, in the form `cachedContents/{cachedContent}`. Sent
    as `cachedContent`."""


class AnyModelGenerateContentParams(TypedDict, total=False):
    """Keyword arguments of `generate_content(model=<any str>, ...)` besides `stream`: the ones every known model
    takes."""

    contents: Required[Sequence[ContentParam]]
    """The conversation so far, oldest turn first: one Content for a single-turn request, the whole history plus the new
    turn for a multi-turn one. Parts may mix text and media."""
    generation_config: (
        Gemini25FlashGenerationConfigParam
        | Gemini25FlashLiteGenerationConfigParam
        | Gemini3ProGenerationConfigParam
        | Gemini31ProGenerationConfigParam
    )
    """Generation settings: sampling, output length, stop sequences, structured output, response modalities and the
    thinking configuration. Sent as `generationConfig`."""
    system_instruction: ContentParam
    """Instructions for the whole conversation, given as a Content (text parts only are supported); its `role` is
    ignored. Sent as `systemInstruction`."""
    tools: Sequence[NativeToolParam]
    """Tools the model may use: function declarations the caller executes, and Google-run tools such as Google Search,
    code execution and URL context."""
    tool_config: ToolConfigParam
    """How the declared functions may be called (the function calling mode and the allowed function names). Sent as
    `toolConfig`."""
    safety_settings: Sequence[SafetySettingParam]
    """Per-category blocking thresholds for the prompt and the candidates; at most one setting per category. A category
    left out keeps the default threshold. Sent as `safetySettings`."""
    cached_content: str
    """Name of a cached content to use as context for the prediction, in the form `cachedContents/{cachedContent}`. Sent
    as `cachedContent`."""
