# generated from spec/ by evolink-codegen; do not edit
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, RootModel


class ToolMessage(BaseModel):
    """
    The result of a tool call, sent back to the model.
    """

    role: Literal["tool"]
    content: str
    """
    The tool's result.
    """
    tool_call_id: str
    """
    The id of the tool call this answers.
    """


class TextPart(BaseModel):
    """
    A text part.
    """

    type: Literal["text"]
    text: str


class ImageUrl(BaseModel):
    """
    Where the image is, and how closely the model should look.
    """

    url: str
    """
    An https URL or a data URL (data:image/png;base64,...).
    """
    detail: Literal["auto", "low", "high"] | None = None
    """
    How much detail the model should see.
    """


class FunctionDefinition(BaseModel):
    """
    The name, purpose and JSON Schema arguments of a callable function.
    """

    name: str
    """
    The function's name.
    """
    description: str | None = None
    """
    What the function does; the model reads it.
    """
    parameters: dict[str, Any] | None = None
    """
    The function's arguments as a JSON Schema object.
    """
    strict: bool | None = None
    """
    Whether the arguments must follow the schema exactly.
    """


class FunctionCall(BaseModel):
    """
    The function the model called and its arguments.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str
    """
    The function's name.
    """
    arguments: str
    """
    The arguments, as a JSON-encoded string.
    """


class ResponseFormatText(BaseModel):
    """
    Plain text (the default).
    """

    type: Literal["text"]


class ResponseFormatJsonObject(BaseModel):
    """
    JSON mode; the output is a JSON object.
    """

    type: Literal["json_object"]


class JsonSchemaFormat(BaseModel):
    """
    A named JSON Schema for the output.
    """

    name: str
    """
    A name for the schema.
    """
    description: str | None = None
    """
    What the output is for.
    """
    schema_: Annotated[dict[str, Any] | None, Field(alias="schema")] = None
    """
    The JSON Schema the output follows.
    """
    strict: bool | None = None
    """
    Whether the output must follow the schema exactly.
    """


class StreamOptions(BaseModel):
    """
    Options for a streamed response.
    """

    include_usage: bool | None = None
    """
    Send a last chunk with the token usage of the whole request.
    """


class GeminiExtensions(BaseModel):
    """
    Gemini-specific options passed through as given (for example Gemini's thinking configuration).
    """

    model_config = ConfigDict(
        extra="allow",
    )


class TopLogprob(BaseModel):
    """
    A likely token at a position, with its log probability.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    token: str
    logprob: float
    bytes: list[int] | None = None


class PromptTokensDetails(BaseModel):
    """
    Breakdown of the prompt tokens.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    cached_tokens: int | None = None
    text_tokens: int | None = None
    audio_tokens: int | None = None
    image_tokens: int | None = None


class CompletionTokensDetails(BaseModel):
    """
    Breakdown of the completion tokens.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    text_tokens: int | None = None
    audio_tokens: int | None = None
    reasoning_tokens: int | None = None
    """
    Tokens spent on thinking.
    """


class ChunkFunctionCall(BaseModel):
    """
    A piece of a streamed function call; the argument strings add up.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    name: str | None = None
    arguments: str | None = None


class ErrorDetail(BaseModel):
    """
    What went wrong, for humans and for programs.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    message: str
    """
    What went wrong.
    """
    type: str | None = None
    """
    The error's category.
    """
    code: str | int | None = None
    """
    A machine-readable error code.
    """
    param: str | None = None
    """
    The request parameter at fault, if any.
    """


class SystemMessage(BaseModel):
    """
    Instructions that steer the model for the whole conversation.
    """

    role: Literal["system"]
    content: str | list[TextPart]
    """
    The instructions, as text or text parts.
    """
    name: str | None = None
    """
    An optional name for the participant.
    """


class ImagePart(BaseModel):
    """
    An image part, by URL or as a base64 data URL.
    """

    type: Literal["image_url"]
    image_url: ImageUrl


class Tool(BaseModel):
    """
    A function the model may call.
    """

    type: Literal["function"]
    function: FunctionDefinition


class ToolCall(BaseModel):
    """
    A call of a function that the model asked for.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str
    """
    The id of the tool call.
    """
    type: Literal["function"]
    function: FunctionCall


class ResponseFormatJsonSchema(BaseModel):
    """
    The output is JSON that follows the given JSON Schema.
    """

    type: Literal["json_schema"]
    json_schema: JsonSchemaFormat


class ResponseMessage(BaseModel):
    """
    The message the model generated.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    role: Annotated[str, Field(examples=["assistant"])]
    """
    Always `assistant`.
    """
    content: str | None = None
    """
    The generated text.
    """
    tool_calls: list[ToolCall] | None = None
    """
    The tool calls the model made.
    """


class TokenLogprob(BaseModel):
    """
    One generated token with its log probability and the most likely alternatives.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    token: str
    logprob: float
    bytes: list[int] | None = None
    """
    The token's UTF-8 bytes.
    """
    top_logprobs: list[TopLogprob] | None = None


class Usage(BaseModel):
    """
    Token usage of the request.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    prompt_tokens: Annotated[int | None, Field(examples=[13])] = None
    completion_tokens: Annotated[int | None, Field(examples=[1891])] = None
    total_tokens: Annotated[int | None, Field(examples=[1904])] = None
    prompt_tokens_details: PromptTokensDetails | None = None
    completion_tokens_details: CompletionTokensDetails | None = None
    input_tokens: Annotated[int | None, Field(examples=[0])] = None
    output_tokens: Annotated[int | None, Field(examples=[0])] = None
    input_tokens_details: dict[str, Any] | None = None
    """
    Input token breakdown in the Responses-API style; null on this endpoint so far.
    """


class ChunkToolCall(BaseModel):
    """
    A piece of a tool call in a stream; pieces with the same index add up.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    index: int
    id: str | None = None
    type: str | None = None
    function: ChunkFunctionCall | None = None


class ErrorResponse(BaseModel):
    """
    The body of every 4xx and 5xx response.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    error: ErrorDetail


class AssistantMessage(BaseModel):
    """
    A previous reply of the model, possibly with tool calls.
    """

    role: Literal["assistant"]
    content: str | None = None
    """
    The reply text; null when the reply is only tool calls.
    """
    name: str | None = None
    """
    An optional name for the participant.
    """
    tool_calls: list[ToolCall] | None = None


class ContentPart(RootModel[TextPart | ImagePart]):
    root: Annotated[TextPart | ImagePart, Field(discriminator="type")]
    """
    One part of a multimodal user message.
    """


class ResponseFormat(RootModel[ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema]):
    root: Annotated[
        ResponseFormatText | ResponseFormatJsonObject | ResponseFormatJsonSchema, Field(discriminator="type")
    ]
    """
    The format the model's output must follow.
    """


class ChoiceLogprobs(BaseModel):
    """
    Log probabilities of the generated tokens.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    content: list[TokenLogprob] | None = None


class ChunkDelta(BaseModel):
    """
    What a stream chunk adds to the message.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    role: str | None = None
    content: str | None = None
    tool_calls: list[ChunkToolCall] | None = None


class Content(RootModel[list[ContentPart]]):
    root: Annotated[list[ContentPart], Field(min_length=1)]
    """
    The message, as text or a list of text and image parts.
    """


class UserMessage(BaseModel):
    """
    A message from the user; its content may mix text and images.
    """

    role: Literal["user"]
    content: str | Content
    """
    The message, as text or a list of text and image parts.
    """
    name: str | None = None
    """
    An optional name for the participant.
    """


class Choice(BaseModel):
    """
    One completion choice.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    index: int
    """
    The choice's position in the list.
    """
    message: ResponseMessage
    logprobs: ChoiceLogprobs | None = None
    finish_reason: str | None = None
    """
    Why generation stopped: `stop` (natural end or a stop sequence), `length` (token limit), `tool_calls`,
    `content_filter`.
    """


class ChunkChoice(BaseModel):
    """
    One choice's increment in a stream chunk.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    index: int
    delta: ChunkDelta
    logprobs: ChoiceLogprobs | None = None
    finish_reason: str | None = None


class ChatMessage(RootModel[SystemMessage | UserMessage | AssistantMessage | ToolMessage]):
    root: Annotated[SystemMessage | UserMessage | AssistantMessage | ToolMessage, Field(discriminator="role")]
    """
    One message of the conversation.
    """


class ChatCompletion(BaseModel):
    """
    A complete chat completion.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[str, Field(examples=["chatcmpl-20251010015944503180122WJNB8Eid"])]
    """
    The unique id of the chat completion.
    """
    object: Literal["chat.completion"] | None = None
    """
    The response type.
    """
    created: Annotated[int | None, Field(examples=[1760032810])] = None
    """
    Creation time in Unix seconds.
    """
    model: Annotated[str, Field(examples=["gemini-2.5-flash-lite"])]
    """
    The model that actually answered.
    """
    choices: list[Choice]
    """
    The completion choices.
    """
    usage: Usage | None = None


class ChatCompletionChunk(BaseModel):
    """
    One server-sent event of a streamed chat completion.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str
    object: Literal["chat.completion.chunk"] | None = None
    created: int | None = None
    model: str
    choices: list[ChunkChoice]
    usage: Usage | None = None


class Gemini25FlashRequest(BaseModel):
    """
    Request body for Gemini 2.5 Flash (`gemini-2.5-flash`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Literal["gemini-2.5-flash"]
    """
    The model id: `gemini-2.5-flash`.
    """
    messages: Annotated[
        list[ChatMessage], Field(examples=[[{"role": "user", "content": "Please introduce yourself"}]], min_length=1)
    ]
    """
    The conversation so far: a list of chat messages. Supports multi-turn dialogue and multimodal input.
    """
    stream: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether to return the response as a stream of server-sent events (`true`: receive the content in chunks as it is
    generated; `false`: receive the complete response at once).
    """
    max_completion_tokens: Annotated[int | None, Field(examples=[2000], ge=1, le=65536)] = None
    """
    Maximum number of completion tokens for the generated response; Gemini's `maxOutputTokens`.
    """
    max_tokens: Annotated[int | None, Field(examples=[2000], ge=1, le=65536)] = None
    """
    Maximum number of tokens for the generated response (the legacy OpenAI parameter). A value that is too small can
    truncate the response.
    """
    temperature: Annotated[float | None, Field(examples=[0.7], ge=0.0, le=2.0)] = 1
    """
    Sampling temperature: how random the output is. Low values (e.g. 0.2) give more deterministic, focused output; high
    values (e.g. 1.5) more random, creative output.
    """
    top_p: Annotated[float | None, Field(examples=[0.9], ge=0.0, le=1.0)] = 1
    """
    Nucleus sampling: sample only from the tokens whose cumulative probability reaches this value (0.9 means the top 90
    %). 1.0 considers every token. Adjust either `temperature` or `top_p`, not both.
    """
    frequency_penalty: Annotated[float | None, Field(examples=[0], ge=-2.0, le=2.0)] = 0
    """
    Frequency penalty coefficient; Gemini's `frequencyPenalty`.
    """
    presence_penalty: Annotated[float | None, Field(examples=[0], ge=-2.0, le=2.0)] = 0
    """
    Presence penalty coefficient; Gemini's `presencePenalty`.
    """
    stop: Annotated[str | list[str] | None, Field(examples=[["\n\n"]])] = None
    """
    Stop sequences: a string or a list of strings; Gemini's `stopSequences`.
    """
    n: Annotated[int | None, Field(examples=[1], ge=1)] = 1
    """
    Number of candidate completions to generate.
    """
    reasoning_effort: Annotated[Literal["none", "low", "medium", "high"] | None, Field(examples=["medium"])] = "medium"
    """
    How much the model reasons before answering. Gemini 2.5 Flash and Flash Lite can turn thinking off with `none`;
    `low`, `medium` and `high` map to growing thinking budgets.
    """
    seed: Annotated[int | None, Field(examples=[12345])] = None
    """
    Random seed that makes output as reproducible as possible; Gemini's `seed`.
    """
    logprobs: Annotated[bool | None, Field(examples=[True])] = False
    """
    Whether to return the log probability of each output token; Gemini's `responseLogprobs`.
    """
    top_logprobs: Annotated[int | None, Field(examples=[5], ge=0, le=20)] = None
    """
    Number of most likely tokens, with their log probabilities, to return at each position; Gemini's `logprobs`.
    """
    response_format: Annotated[ResponseFormat | None, Field(examples=[{"type": "json_object"}])] = None
    """
    Output format: JSON mode or a JSON Schema; Gemini's `responseMimeType`, `responseSchema` and `responseJsonSchema`.
    """
    stream_options: Annotated[StreamOptions | None, Field(examples=[{"include_usage": True}])] = None
    """
    Options for a streamed response; only with `stream: true`.
    """
    tools: list[Tool] | None = None
    """
    The tools (functions) the model may call.
    """
    tool_choice: Annotated[Literal["none", "auto", "required"] | None, Field(examples=["auto"])] = None
    """
    Whether and how the model calls tools: `none` never, `auto` when it decides to, `required` always.
    """
    gemini_extensions: Annotated[
        GeminiExtensions | None,
        Field(alias="extra_body", examples=[{"google": {"thinking_config": {"thinking_budget": 0}}}]),
    ] = None
    """
    Gemini extension parameters, passed through to Gemini as given. Sent on the wire as `extra_body`; in the Python SDK
    the argument is `gemini_extensions`, because `extra_body` is the SDK's own escape hatch for unlisted fields.
    """


class Gemini25FlashLiteRequest(BaseModel):
    """
    Request body for Gemini 2.5 Flash Lite (`gemini-2.5-flash-lite`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Literal["gemini-2.5-flash-lite"]
    """
    The model id: `gemini-2.5-flash-lite`.
    """
    messages: Annotated[
        list[ChatMessage], Field(examples=[[{"role": "user", "content": "Please introduce yourself"}]], min_length=1)
    ]
    """
    The conversation so far: a list of chat messages. Supports multi-turn dialogue and multimodal input.
    """
    stream: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether to return the response as a stream of server-sent events (`true`: receive the content in chunks as it is
    generated; `false`: receive the complete response at once).
    """
    max_completion_tokens: Annotated[int | None, Field(examples=[2000], ge=1, le=65536)] = None
    """
    Maximum number of completion tokens for the generated response; Gemini's `maxOutputTokens`.
    """
    max_tokens: Annotated[int | None, Field(examples=[2000], ge=1, le=65536)] = None
    """
    Maximum number of tokens for the generated response (the legacy OpenAI parameter). A value that is too small can
    truncate the response.
    """
    temperature: Annotated[float | None, Field(examples=[0.7], ge=0.0, le=2.0)] = 1
    """
    Sampling temperature: how random the output is. Low values (e.g. 0.2) give more deterministic, focused output; high
    values (e.g. 1.5) more random, creative output.
    """
    top_p: Annotated[float | None, Field(examples=[0.9], ge=0.0, le=1.0)] = 1
    """
    Nucleus sampling: sample only from the tokens whose cumulative probability reaches this value (0.9 means the top 90
    %). 1.0 considers every token. Adjust either `temperature` or `top_p`, not both.
    """
    frequency_penalty: Annotated[float | None, Field(examples=[0], ge=-2.0, le=2.0)] = 0
    """
    Frequency penalty coefficient; Gemini's `frequencyPenalty`.
    """
    presence_penalty: Annotated[float | None, Field(examples=[0], ge=-2.0, le=2.0)] = 0
    """
    Presence penalty coefficient; Gemini's `presencePenalty`.
    """
    stop: Annotated[str | list[str] | None, Field(examples=[["\n\n"]])] = None
    """
    Stop sequences: a string or a list of strings; Gemini's `stopSequences`.
    """
    n: Annotated[int | None, Field(examples=[1], ge=1)] = 1
    """
    Number of candidate completions to generate.
    """
    reasoning_effort: Annotated[Literal["none", "low", "medium", "high"] | None, Field(examples=["medium"])] = "medium"
    """
    How much the model reasons before answering. Gemini 2.5 Flash and Flash Lite can turn thinking off with `none`;
    `low`, `medium` and `high` map to growing thinking budgets.
    """
    seed: Annotated[int | None, Field(examples=[12345])] = None
    """
    Random seed that makes output as reproducible as possible; Gemini's `seed`.
    """
    logprobs: Annotated[bool | None, Field(examples=[True])] = False
    """
    Whether to return the log probability of each output token; Gemini's `responseLogprobs`.
    """
    top_logprobs: Annotated[int | None, Field(examples=[5], ge=0, le=20)] = None
    """
    Number of most likely tokens, with their log probabilities, to return at each position; Gemini's `logprobs`.
    """
    response_format: Annotated[ResponseFormat | None, Field(examples=[{"type": "json_object"}])] = None
    """
    Output format: JSON mode or a JSON Schema; Gemini's `responseMimeType`, `responseSchema` and `responseJsonSchema`.
    """
    stream_options: Annotated[StreamOptions | None, Field(examples=[{"include_usage": True}])] = None
    """
    Options for a streamed response; only with `stream: true`.
    """
    tools: list[Tool] | None = None
    """
    The tools (functions) the model may call.
    """
    tool_choice: Annotated[Literal["none", "auto", "required"] | None, Field(examples=["auto"])] = None
    """
    Whether and how the model calls tools: `none` never, `auto` when it decides to, `required` always.
    """
    gemini_extensions: Annotated[
        GeminiExtensions | None,
        Field(alias="extra_body", examples=[{"google": {"thinking_config": {"thinking_budget": 0}}}]),
    ] = None
    """
    Gemini extension parameters, passed through to Gemini as given. Sent on the wire as `extra_body`; in the Python SDK
    the argument is `gemini_extensions`, because `extra_body` is the SDK's own escape hatch for unlisted fields.
    """


class Gemini3ProPreviewRequest(BaseModel):
    """
    Request body for Gemini 3 Pro Preview (`gemini-3-pro-preview`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Literal["gemini-3-pro-preview"]
    """
    The model id: `gemini-3-pro-preview`.
    """
    messages: Annotated[
        list[ChatMessage], Field(examples=[[{"role": "user", "content": "Please introduce yourself"}]], min_length=1)
    ]
    """
    The conversation so far: a list of chat messages. Supports multi-turn dialogue and multimodal input.
    """
    stream: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether to return the response as a stream of server-sent events (`true`: receive the content in chunks as it is
    generated; `false`: receive the complete response at once).
    """
    max_tokens: Annotated[int | None, Field(examples=[2000], ge=1)] = None
    """
    Maximum number of tokens for the generated response (the legacy OpenAI parameter). A value that is too small can
    truncate the response.
    """
    temperature: Annotated[float | None, Field(examples=[0.7], ge=0.0, le=2.0)] = None
    """
    Sampling temperature: how random the output is. Low values (e.g. 0.2) give more deterministic, focused output; high
    values (e.g. 1.5) more random, creative output.
    """
    top_p: Annotated[float | None, Field(examples=[0.9], ge=0.0, le=1.0)] = 1
    """
    Nucleus sampling: sample only from the tokens whose cumulative probability reaches this value (0.9 means the top 90
    %). 1.0 considers every token. Adjust either `temperature` or `top_p`, not both.
    """
    top_k: Annotated[int | None, Field(examples=[40], ge=1)] = None
    """
    Top-K sampling: consider only the K most likely tokens (10 means the top 10). Smaller values give more focused
    output. Unlimited when unset.
    """


class Gemini31ProPreviewRequest(BaseModel):
    """
    Request body for Gemini 3.1 Pro Preview (`gemini-3.1-pro-preview`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    model: Literal["gemini-3.1-pro-preview"]
    """
    The model id: `gemini-3.1-pro-preview`.
    """
    messages: Annotated[
        list[ChatMessage], Field(examples=[[{"role": "user", "content": "Please introduce yourself"}]], min_length=1)
    ]
    """
    The conversation so far: a list of chat messages. Supports multi-turn dialogue and multimodal input.
    """
    stream: Annotated[bool | None, Field(examples=[False])] = False
    """
    Whether to return the response as a stream of server-sent events (`true`: receive the content in chunks as it is
    generated; `false`: receive the complete response at once).
    """
    max_tokens: Annotated[int | None, Field(examples=[2000], ge=1)] = None
    """
    Maximum number of tokens for the generated response (the legacy OpenAI parameter). A value that is too small can
    truncate the response.
    """
    temperature: Annotated[float | None, Field(examples=[0.7], ge=0.0, le=2.0)] = None
    """
    Sampling temperature: how random the output is. Low values (e.g. 0.2) give more deterministic, focused output; high
    values (e.g. 1.5) more random, creative output.
    """
    top_p: Annotated[float | None, Field(examples=[0.9], ge=0.0, le=1.0)] = 1
    """
    Nucleus sampling: sample only from the tokens whose cumulative probability reaches this value (0.9 means the top 90
    %). 1.0 considers every token. Adjust either `temperature` or `top_p`, not both.
    """
    top_k: Annotated[int | None, Field(examples=[40], ge=1)] = None
    """
    Top-K sampling: consider only the K most likely tokens (10 means the top 10). Smaller values give more focused
    output. Unlimited when unset.
    """


class ChatCompletionRequest(
    RootModel[Gemini25FlashRequest | Gemini25FlashLiteRequest | Gemini3ProPreviewRequest | Gemini31ProPreviewRequest]
):
    root: Annotated[
        Gemini25FlashRequest | Gemini25FlashLiteRequest | Gemini3ProPreviewRequest | Gemini31ProPreviewRequest,
        Field(discriminator="model"),
    ]
    """
    The request body: one schema per model, chosen by `model`.
    """
