# generated from spec/ by evolink-codegen; do not edit
from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias, TypedDict


class ToolMessageParam(TypedDict):
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


class TextPartParam(TypedDict):
    """
    A text part.
    """

    type: Literal["text"]
    text: str


class ImageUrlParam(TypedDict):
    """
    Where the image is, and how closely the model should look.
    """

    url: str
    """
    An https URL or a data URL (data:image/png;base64,...).
    """
    detail: NotRequired[Literal["auto", "low", "high"]]
    """
    How much detail the model should see.
    """


class FunctionDefinitionParam(TypedDict):
    """
    The name, purpose and JSON Schema arguments of a callable function.
    """

    name: str
    """
    The function's name.
    """
    description: NotRequired[str]
    """
    What the function does; the model reads it.
    """
    parameters: NotRequired[dict[str, Any]]
    """
    The function's arguments as a JSON Schema object.
    """
    strict: NotRequired[bool | None]
    """
    Whether the arguments must follow the schema exactly.
    """


class FunctionCallParam(TypedDict):
    """
    The function the model called and its arguments.
    """

    name: str
    """
    The function's name.
    """
    arguments: str
    """
    The arguments, as a JSON-encoded string.
    """


class ResponseFormatTextParam(TypedDict):
    """
    Plain text (the default).
    """

    type: Literal["text"]


class ResponseFormatJsonObjectParam(TypedDict):
    """
    JSON mode; the output is a JSON object.
    """

    type: Literal["json_object"]


class JsonSchemaFormatParam(TypedDict):
    """
    A named JSON Schema for the output.
    """

    name: str
    """
    A name for the schema.
    """
    description: NotRequired[str]
    """
    What the output is for.
    """
    schema: NotRequired[dict[str, Any]]
    """
    The JSON Schema the output follows.
    """
    strict: NotRequired[bool | None]
    """
    Whether the output must follow the schema exactly.
    """


class StreamOptionsParam(TypedDict):
    """
    Options for a streamed response.
    """

    include_usage: NotRequired[bool]
    """
    Send a last chunk with the token usage of the whole request.
    """


class GeminiExtensionsParam(TypedDict):
    """
    Gemini-specific options passed through as given (for example Gemini's thinking configuration).
    """


class SystemMessageParam(TypedDict):
    """
    Instructions that steer the model for the whole conversation.
    """

    role: Literal["system"]
    content: str | list[TextPartParam]
    """
    The instructions, as text or text parts.
    """
    name: NotRequired[str]
    """
    An optional name for the participant.
    """


class ImagePartParam(TypedDict):
    """
    An image part, by URL or as a base64 data URL.
    """

    type: Literal["image_url"]
    image_url: ImageUrlParam


class ToolParam(TypedDict):
    """
    A function the model may call.
    """

    type: Literal["function"]
    function: FunctionDefinitionParam


class ToolCallParam(TypedDict):
    """
    A call of a function that the model asked for.
    """

    id: str
    """
    The id of the tool call.
    """
    type: Literal["function"]
    function: FunctionCallParam


class ResponseFormatJsonSchemaParam(TypedDict):
    """
    The output is JSON that follows the given JSON Schema.
    """

    type: Literal["json_schema"]
    json_schema: JsonSchemaFormatParam


class AssistantMessageParam(TypedDict):
    """
    A previous reply of the model, possibly with tool calls.
    """

    role: Literal["assistant"]
    content: NotRequired[str | None]
    """
    The reply text; null when the reply is only tool calls.
    """
    name: NotRequired[str]
    """
    An optional name for the participant.
    """
    tool_calls: NotRequired[list[ToolCallParam]]


ContentPartParam: TypeAlias = TextPartParam | ImagePartParam
"""
One part of a multimodal user message.
"""


ResponseFormatParam: TypeAlias = ResponseFormatTextParam | ResponseFormatJsonObjectParam | ResponseFormatJsonSchemaParam
"""
The format the model's output must follow.
"""


class UserMessageParam(TypedDict):
    """
    A message from the user; its content may mix text and images.
    """

    role: Literal["user"]
    content: str | list[ContentPartParam]
    """
    The message, as text or a list of text and image parts.
    """
    name: NotRequired[str]
    """
    An optional name for the participant.
    """


ChatMessageParam: TypeAlias = SystemMessageParam | UserMessageParam | AssistantMessageParam | ToolMessageParam
"""
One message of the conversation.
"""
