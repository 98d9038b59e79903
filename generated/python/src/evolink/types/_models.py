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


class Blob(BaseModel):
    """
    Media bytes sent inline with their MIME type.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    mime_type: Annotated[str, Field(alias="mimeType", examples=["image/png"])]
    """
    The IANA MIME type of the data, e.g. `image/png` or `application/pdf`.
    """
    data: str
    """
    The raw bytes, base64-encoded.
    """


class FileData(BaseModel):
    """
    Media referenced by URI, such as a file uploaded through the Files API.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    mime_type: Annotated[str | None, Field(alias="mimeType")] = None
    """
    The IANA MIME type of the file.
    """
    file_uri: Annotated[str, Field(alias="fileUri")]
    """
    The file's URI.
    """


class NativeFunctionCall(BaseModel):
    """
    A call of a declared function that the model asks the caller to make, with its arguments as a JSON object.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    The call's id; send it back in the matching FunctionResponse.
    """
    name: str
    """
    The name of the function to call.
    """
    args: dict[str, Any] | None = None
    """
    The arguments, as a JSON object.
    """


class FunctionResponse(BaseModel):
    """
    The result of a function call, sent back to the model in a later turn.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: str | None = None
    """
    The id of the function call this answers.
    """
    name: str
    """
    The name of the function that was called.
    """
    response: dict[str, Any]
    """
    The function's result, as a JSON object.
    """


class ExecutableCode(BaseModel):
    """
    Code the model generated for the code execution tool; followed by a part with its CodeExecutionResult.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    language: str | None = None
    """
    The programming language; `PYTHON` is the one documented value.
    """
    code: str | None = None
    """
    The code to run.
    """


class CodeExecutionResult(BaseModel):
    """
    The outcome and output of running an ExecutableCode part.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    outcome: str | None = None
    """
    How the run ended: `OUTCOME_OK`, `OUTCOME_FAILED`, `OUTCOME_DEADLINE_EXCEEDED` (a plain string, so new values pass).
    """
    output: str | None = None
    """
    Standard output on success, standard error or a description otherwise.
    """


class ThinkingConfig(BaseModel):
    """
    Thinking options. Gemini 2.5 models take `thinkingBudget`; Gemini 3 models take `thinkingLevel` (a budget is still
    accepted for backwards compatibility). Do not send both. Models that cannot think reject the whole object.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    include_thoughts: Annotated[bool | None, Field(alias="includeThoughts")] = None
    """
    Whether to return thought summaries as parts marked `thought: true` (only when the model produced any).
    """
    thinking_budget: Annotated[int | None, Field(alias="thinkingBudget", ge=-1)] = None
    """
    Number of thinking tokens to aim for: `-1` lets the model decide (dynamic thinking), `0` turns thinking off on
    models that allow it; the range otherwise depends on the model, and the model may over- or undershoot it.
    """
    thinking_level: Annotated[Literal["minimal", "low", "medium", "high"] | None, Field(alias="thinkingLevel")] = None
    """
    Relative depth of reasoning for Gemini 3 models: `minimal` (close to no thinking, not a guaranteed off), `low`,
    `medium`, `high` (the usual default). Which levels a model accepts depends on the model. Google's REST examples send
    the values in lower case, as here (its API reference names them in upper case: send those through `extra_body`).
    """


class FunctionDeclaration(BaseModel):
    """
    A function the model may call: its name, what it does, and the schema of its arguments (and optionally of its
    result). Further Google fields pass through as given.
    """

    name: Annotated[str, Field(min_length=1)]
    """
    The function's name. Google's proto text: letters a-z and A-Z, digits, underscores and dashes, at most 63 characters
    (not enforced here: newer Google text may allow more).
    """
    description: str | None = None
    """
    What the function does; the model reads it to decide when to call it.
    """
    parameters: dict[str, Any] | None = None
    """
    The arguments, in Google's OpenAPI-subset Schema (upper-case `type` values); do not combine with
    `parametersJsonSchema`.
    """
    parameters_json_schema: Annotated[dict[str, Any] | None, Field(alias="parametersJsonSchema")] = None
    """
    The arguments as JSON Schema; an alternative to `parameters`.
    """
    response: dict[str, Any] | None = None
    """
    The result, in Google's OpenAPI-subset Schema.
    """
    response_json_schema: Annotated[dict[str, Any] | None, Field(alias="responseJsonSchema")] = None
    """
    The result as JSON Schema; an alternative to `response`.
    """


class FunctionCallingConfig(BaseModel):
    """
    How the model may call the declared functions.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    mode: Literal["AUTO", "ANY", "NONE", "VALIDATED"] | None = "AUTO"
    """
    `AUTO` (default): the model chooses between a function call and a text answer. `ANY`: it must call a function (one
    of `allowedFunctionNames` when given). `NONE`: it calls no function. `VALIDATED`: like AUTO, but function calls are
    checked against their schemas by constrained decoding.
    """
    allowed_function_names: Annotated[list[str] | None, Field(alias="allowedFunctionNames")] = None
    """
    Restricts the functions the model may call; only with mode `ANY`. Each name must match a FunctionDeclaration's name.
    """


class SafetySetting(BaseModel):
    """
    The blocking threshold for one harm category. The Gemini models honour the categories marked "Gemini" below
    (harassment, hate speech, sexually explicit, dangerous content, civic integrity); the others are PaLM-era values
    Google still lists.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    category: Literal[
        "HARM_CATEGORY_UNSPECIFIED",
        "HARM_CATEGORY_DEROGATORY",
        "HARM_CATEGORY_TOXICITY",
        "HARM_CATEGORY_VIOLENCE",
        "HARM_CATEGORY_SEXUAL",
        "HARM_CATEGORY_MEDICAL",
        "HARM_CATEGORY_DANGEROUS",
        "HARM_CATEGORY_HARASSMENT",
        "HARM_CATEGORY_HATE_SPEECH",
        "HARM_CATEGORY_SEXUALLY_EXPLICIT",
        "HARM_CATEGORY_DANGEROUS_CONTENT",
        "HARM_CATEGORY_CIVIC_INTEGRITY",
    ]
    """
    The harm category. Gemini: HARM_CATEGORY_HARASSMENT, HARM_CATEGORY_HATE_SPEECH, HARM_CATEGORY_SEXUALLY_EXPLICIT,
    HARM_CATEGORY_DANGEROUS_CONTENT, HARM_CATEGORY_CIVIC_INTEGRITY. PaLM only: DEROGATORY, TOXICITY, VIOLENCE, SEXUAL,
    MEDICAL, DANGEROUS.
    """
    threshold: Literal[
        "HARM_BLOCK_THRESHOLD_UNSPECIFIED",
        "BLOCK_LOW_AND_ABOVE",
        "BLOCK_MEDIUM_AND_ABOVE",
        "BLOCK_ONLY_HIGH",
        "BLOCK_NONE",
        "OFF",
    ]
    """
    Block content at or above a probability of harm: from low (`BLOCK_LOW_AND_ABOVE`) to high only (`BLOCK_ONLY_HIGH`);
    `BLOCK_NONE` blocks nothing, `OFF` turns the filter off.
    """


class SafetyRating(BaseModel):
    """
    The probability of harm of a piece of content in one category.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    category: str | None = None
    """
    The harm category, e.g. HARM_CATEGORY_HATE_SPEECH (see SafetySetting).
    """
    probability: str | None = None
    """
    The probability of harm: HARM_PROBABILITY_UNSPECIFIED, NEGLIGIBLE, LOW, MEDIUM, HIGH (a plain string: new values
    must not fail a response).
    """
    blocked: bool | None = None
    """
    Whether the content was blocked because of this rating.
    """


class PromptFeedback(BaseModel):
    """
    What the safety filters made of the prompt.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    block_reason: Annotated[str | None, Field(alias="blockReason")] = None
    """
    Set when the prompt was blocked (then no candidates are returned). Known values: BLOCK_REASON_UNSPECIFIED, SAFETY,
    OTHER, BLOCKLIST, PROHIBITED_CONTENT, IMAGE_SAFETY. A plain string, not an enum.
    """
    safety_ratings: Annotated[list[SafetyRating] | None, Field(alias="safetyRatings")] = None
    """
    Safety ratings of the prompt, at most one per category.
    """


class ModalityTokenCount(BaseModel):
    """
    A token count for one modality.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    modality: Annotated[str | None, Field(examples=["TEXT"])] = None
    """
    The modality: MODALITY_UNSPECIFIED, TEXT, IMAGE, VIDEO, AUDIO, DOCUMENT (a plain string: new values must not fail a
    response).
    """
    token_count: Annotated[int | None, Field(alias="tokenCount", examples=[4])] = None
    """
    Number of tokens of that modality.
    """


class TaskInfo(BaseModel):
    """
    Details of the task.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    can_cancel: Annotated[bool | None, Field(examples=[False])] = None
    """
    Whether the task can still be cancelled.
    """


class TaskError(BaseModel):
    """
    Why the task failed; present only when `status` is `failed`. `code` is the vendor's string business error code, not
    an HTTP status.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    code: Annotated[str | None, Field(examples=["invalid_task_id"])] = None
    """
    The vendor's business error code.
    """
    message: str | None = None
    """
    What went wrong.
    """
    type: Annotated[str | None, Field(examples=["invalid_request_error"])] = None
    """
    The error's category.
    """


class ThinkingBudget(RootModel[int]):
    root: Annotated[int, Field(ge=512, le=24576)]
    """
    Thinking tokens to aim for: -1 lets the model decide, 0 (the default) turns thinking off, otherwise 512 to 24576.
    """


class Gemini25FlashLiteThinkingConfig(BaseModel):
    """
    Thinking options of gemini-2.5-flash-lite (from Google's thinking guide; the vendor documents none).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    include_thoughts: Annotated[bool | None, Field(alias="includeThoughts")] = None
    """
    Whether to return thought summaries as parts marked `thought: true` (only when the model produced any).
    """
    thinking_budget: Annotated[Literal[-1, 0] | ThinkingBudget | None, Field(alias="thinkingBudget")] = None
    """
    Thinking tokens to aim for: -1 lets the model decide, 0 (the default) turns thinking off, otherwise 512 to 24576.
    """


class Gemini25FlashLiteGenerationConfig(BaseModel):
    """
    Generation settings of gemini-2.5-flash-lite; its thinking options are Gemini25FlashLiteThinkingConfig.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    stop_sequences: Annotated[list[str] | None, Field(alias="stopSequences", max_length=5)] = None
    """
    Up to five strings that end generation at their first occurrence; the stop sequence is not part of the output.
    """
    response_mime_type: Annotated[str | None, Field(alias="responseMimeType", examples=["application/json"])] = None
    """
    MIME type of the generated text: `text/plain` (default), `application/json`, or `text/x.enum`.
    """
    response_schema: Annotated[dict[str, Any] | None, Field(alias="responseSchema")] = None
    """
    Output schema in Google's subset of the OpenAPI 3.0 Schema object (`type` in upper case: STRING, NUMBER, INTEGER,
    BOOLEAN, ARRAY, OBJECT). Needs a compatible `responseMimeType`; do not combine with `responseJsonSchema`.
    """
    response_json_schema: Annotated[dict[str, Any] | bool | None, Field(alias="responseJsonSchema")] = None
    """
    Output schema as JSON Schema, an alternative to `responseSchema` (which must then be left out); needs
    `responseMimeType`. Only part of JSON Schema is honoured ($id, $defs, $ref, $anchor, type, format, title,
    description, enum, items, prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, properties,
    additionalProperties, required, and the non-standard propertyOrdering).
    """
    response_modalities: Annotated[
        list[Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]] | None, Field(alias="responseModalities")
    ] = None
    """
    The modalities the response must have, as an exact set; an empty list means text only. A combination the model does
    not support is an error.
    """
    candidate_count: Annotated[int | None, Field(alias="candidateCount", ge=1)] = None
    """
    Number of response candidates to generate; 1 when unset.
    """
    max_output_tokens: Annotated[int | None, Field(alias="maxOutputTokens", ge=1)] = None
    """
    Maximum number of tokens in a candidate; the default depends on the model.
    """
    temperature: Annotated[float | None, Field(ge=0.0, le=2.0)] = None
    """
    Randomness of the output, from 0.0 to 2.0; the default depends on the model (Google recommends keeping 1.0 for
    Gemini 3 models).
    """
    top_p: Annotated[float | None, Field(alias="topP", ge=0.0, le=1.0)] = None
    """
    Nucleus sampling: the maximum cumulative probability of the tokens considered; the default depends on the model.
    """
    top_k: Annotated[int | None, Field(alias="topK", ge=1)] = None
    """
    Top-k sampling: the number of most probable tokens considered. Models that use nucleus sampling only do not accept
    it.
    """
    seed: int | None = None
    """
    Decoding seed; a random seed is used when unset.
    """
    presence_penalty: Annotated[float | None, Field(alias="presencePenalty")] = None
    """
    Penalty on tokens already present in the response, the same whatever the number of uses; positive values widen the
    vocabulary, negative values narrow it.
    """
    frequency_penalty: Annotated[float | None, Field(alias="frequencyPenalty")] = None
    """
    Penalty on tokens proportional to how often they already appear in the response; large negative values make the
    model repeat itself.
    """
    response_logprobs: Annotated[bool | None, Field(alias="responseLogprobs")] = None
    """
    Whether to return the log probabilities of the chosen tokens.
    """
    logprobs: Annotated[int | None, Field(ge=0, le=20)] = None
    """
    Number of top candidate tokens, with log probabilities, to return at each step; only with `responseLogprobs: true`.
    """
    enable_enhanced_civic_answers: Annotated[bool | None, Field(alias="enableEnhancedCivicAnswers")] = None
    """
    Turns on enhanced civic answers; not available for every model.
    """
    speech_config: Annotated[dict[str, Any] | None, Field(alias="speechConfig")] = None
    """
    Speech generation options for audio output (`voiceConfig` with a prebuilt voice, `multiSpeakerVoiceConfig`,
    `languageCode`); passed through as given.
    """
    thinking_config: Annotated[Gemini25FlashLiteThinkingConfig | None, Field(alias="thinkingConfig")] = None
    image_config: Annotated[dict[str, Any] | None, Field(alias="imageConfig")] = None
    """
    Image generation options for models that output images (for example `aspectRatio`: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16,
    16:9, 21:9); other models reject it. Passed through as given.
    """
    media_resolution: Annotated[
        Literal[
            "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
        ]
        | None,
        Field(alias="mediaResolution"),
    ] = None
    """
    Resolution at which input media is tokenised (low: 64 tokens per image or frame; medium: 256; high: zoomed reframing
    with 256).
    """


class Gemini25FlashThinkingConfig(BaseModel):
    """
    Thinking options of gemini-2.5-flash (from Google's thinking guide; the vendor documents none).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    include_thoughts: Annotated[bool | None, Field(alias="includeThoughts")] = None
    """
    Whether to return thought summaries as parts marked `thought: true` (only when the model produced any).
    """
    thinking_budget: Annotated[int | None, Field(alias="thinkingBudget", ge=-1, le=24576)] = None
    """
    Thinking tokens to aim for: -1 (the default) lets the model decide, 0 turns thinking off, otherwise up to 24576.
    """


class Gemini25FlashGenerationConfig(BaseModel):
    """
    Generation settings of gemini-2.5-flash; its thinking options are Gemini25FlashThinkingConfig.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    stop_sequences: Annotated[list[str] | None, Field(alias="stopSequences", max_length=5)] = None
    """
    Up to five strings that end generation at their first occurrence; the stop sequence is not part of the output.
    """
    response_mime_type: Annotated[str | None, Field(alias="responseMimeType", examples=["application/json"])] = None
    """
    MIME type of the generated text: `text/plain` (default), `application/json`, or `text/x.enum`.
    """
    response_schema: Annotated[dict[str, Any] | None, Field(alias="responseSchema")] = None
    """
    Output schema in Google's subset of the OpenAPI 3.0 Schema object (`type` in upper case: STRING, NUMBER, INTEGER,
    BOOLEAN, ARRAY, OBJECT). Needs a compatible `responseMimeType`; do not combine with `responseJsonSchema`.
    """
    response_json_schema: Annotated[dict[str, Any] | bool | None, Field(alias="responseJsonSchema")] = None
    """
    Output schema as JSON Schema, an alternative to `responseSchema` (which must then be left out); needs
    `responseMimeType`. Only part of JSON Schema is honoured ($id, $defs, $ref, $anchor, type, format, title,
    description, enum, items, prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, properties,
    additionalProperties, required, and the non-standard propertyOrdering).
    """
    response_modalities: Annotated[
        list[Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]] | None, Field(alias="responseModalities")
    ] = None
    """
    The modalities the response must have, as an exact set; an empty list means text only. A combination the model does
    not support is an error.
    """
    candidate_count: Annotated[int | None, Field(alias="candidateCount", ge=1)] = None
    """
    Number of response candidates to generate; 1 when unset.
    """
    max_output_tokens: Annotated[int | None, Field(alias="maxOutputTokens", ge=1)] = None
    """
    Maximum number of tokens in a candidate; the default depends on the model.
    """
    temperature: Annotated[float | None, Field(ge=0.0, le=2.0)] = None
    """
    Randomness of the output, from 0.0 to 2.0; the default depends on the model (Google recommends keeping 1.0 for
    Gemini 3 models).
    """
    top_p: Annotated[float | None, Field(alias="topP", ge=0.0, le=1.0)] = None
    """
    Nucleus sampling: the maximum cumulative probability of the tokens considered; the default depends on the model.
    """
    top_k: Annotated[int | None, Field(alias="topK", ge=1)] = None
    """
    Top-k sampling: the number of most probable tokens considered. Models that use nucleus sampling only do not accept
    it.
    """
    seed: int | None = None
    """
    Decoding seed; a random seed is used when unset.
    """
    presence_penalty: Annotated[float | None, Field(alias="presencePenalty")] = None
    """
    Penalty on tokens already present in the response, the same whatever the number of uses; positive values widen the
    vocabulary, negative values narrow it.
    """
    frequency_penalty: Annotated[float | None, Field(alias="frequencyPenalty")] = None
    """
    Penalty on tokens proportional to how often they already appear in the response; large negative values make the
    model repeat itself.
    """
    response_logprobs: Annotated[bool | None, Field(alias="responseLogprobs")] = None
    """
    Whether to return the log probabilities of the chosen tokens.
    """
    logprobs: Annotated[int | None, Field(ge=0, le=20)] = None
    """
    Number of top candidate tokens, with log probabilities, to return at each step; only with `responseLogprobs: true`.
    """
    enable_enhanced_civic_answers: Annotated[bool | None, Field(alias="enableEnhancedCivicAnswers")] = None
    """
    Turns on enhanced civic answers; not available for every model.
    """
    speech_config: Annotated[dict[str, Any] | None, Field(alias="speechConfig")] = None
    """
    Speech generation options for audio output (`voiceConfig` with a prebuilt voice, `multiSpeakerVoiceConfig`,
    `languageCode`); passed through as given.
    """
    thinking_config: Annotated[Gemini25FlashThinkingConfig | None, Field(alias="thinkingConfig")] = None
    image_config: Annotated[dict[str, Any] | None, Field(alias="imageConfig")] = None
    """
    Image generation options for models that output images (for example `aspectRatio`: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16,
    16:9, 21:9); other models reject it. Passed through as given.
    """
    media_resolution: Annotated[
        Literal[
            "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
        ]
        | None,
        Field(alias="mediaResolution"),
    ] = None
    """
    Resolution at which input media is tokenised (low: 64 tokens per image or frame; medium: 256; high: zoomed reframing
    with 256).
    """


class Gemini3ProThinkingConfig(BaseModel):
    """
    Thinking options of gemini-3-pro-preview (from Google's thinking guide; the vendor documents none).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    include_thoughts: Annotated[bool | None, Field(alias="includeThoughts")] = None
    """
    Whether to return thought summaries as parts marked `thought: true` (only when the model produced any).
    """
    thinking_budget: Annotated[int | None, Field(alias="thinkingBudget", ge=-1)] = None
    """
    Number of thinking tokens to aim for: `-1` lets the model decide (dynamic thinking), `0` turns thinking off on
    models that allow it; the range otherwise depends on the model, and the model may over- or undershoot it.
    """
    thinking_level: Annotated[Literal["low", "high"] | None, Field(alias="thinkingLevel")] = None
    """
    Depth of reasoning: `low` or `high` (the default); thinking cannot be turned off.
    """


class Gemini3ProGenerationConfig(BaseModel):
    """
    Generation settings of gemini-3-pro-preview; its thinking options are Gemini3ProThinkingConfig.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    stop_sequences: Annotated[list[str] | None, Field(alias="stopSequences", max_length=5)] = None
    """
    Up to five strings that end generation at their first occurrence; the stop sequence is not part of the output.
    """
    response_mime_type: Annotated[str | None, Field(alias="responseMimeType", examples=["application/json"])] = None
    """
    MIME type of the generated text: `text/plain` (default), `application/json`, or `text/x.enum`.
    """
    response_schema: Annotated[dict[str, Any] | None, Field(alias="responseSchema")] = None
    """
    Output schema in Google's subset of the OpenAPI 3.0 Schema object (`type` in upper case: STRING, NUMBER, INTEGER,
    BOOLEAN, ARRAY, OBJECT). Needs a compatible `responseMimeType`; do not combine with `responseJsonSchema`.
    """
    response_json_schema: Annotated[dict[str, Any] | bool | None, Field(alias="responseJsonSchema")] = None
    """
    Output schema as JSON Schema, an alternative to `responseSchema` (which must then be left out); needs
    `responseMimeType`. Only part of JSON Schema is honoured ($id, $defs, $ref, $anchor, type, format, title,
    description, enum, items, prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, properties,
    additionalProperties, required, and the non-standard propertyOrdering).
    """
    response_modalities: Annotated[
        list[Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]] | None, Field(alias="responseModalities")
    ] = None
    """
    The modalities the response must have, as an exact set; an empty list means text only. A combination the model does
    not support is an error.
    """
    candidate_count: Annotated[int | None, Field(alias="candidateCount", ge=1)] = None
    """
    Number of response candidates to generate; 1 when unset.
    """
    max_output_tokens: Annotated[int | None, Field(alias="maxOutputTokens", ge=1)] = None
    """
    Maximum number of tokens in a candidate; the default depends on the model.
    """
    temperature: Annotated[float | None, Field(ge=0.0, le=2.0)] = None
    """
    Randomness of the output, from 0.0 to 2.0; the default depends on the model (Google recommends keeping 1.0 for
    Gemini 3 models).
    """
    top_p: Annotated[float | None, Field(alias="topP", ge=0.0, le=1.0)] = None
    """
    Nucleus sampling: the maximum cumulative probability of the tokens considered; the default depends on the model.
    """
    top_k: Annotated[int | None, Field(alias="topK", ge=1)] = None
    """
    Top-k sampling: the number of most probable tokens considered. Models that use nucleus sampling only do not accept
    it.
    """
    seed: int | None = None
    """
    Decoding seed; a random seed is used when unset.
    """
    presence_penalty: Annotated[float | None, Field(alias="presencePenalty")] = None
    """
    Penalty on tokens already present in the response, the same whatever the number of uses; positive values widen the
    vocabulary, negative values narrow it.
    """
    frequency_penalty: Annotated[float | None, Field(alias="frequencyPenalty")] = None
    """
    Penalty on tokens proportional to how often they already appear in the response; large negative values make the
    model repeat itself.
    """
    response_logprobs: Annotated[bool | None, Field(alias="responseLogprobs")] = None
    """
    Whether to return the log probabilities of the chosen tokens.
    """
    logprobs: Annotated[int | None, Field(ge=0, le=20)] = None
    """
    Number of top candidate tokens, with log probabilities, to return at each step; only with `responseLogprobs: true`.
    """
    enable_enhanced_civic_answers: Annotated[bool | None, Field(alias="enableEnhancedCivicAnswers")] = None
    """
    Turns on enhanced civic answers; not available for every model.
    """
    speech_config: Annotated[dict[str, Any] | None, Field(alias="speechConfig")] = None
    """
    Speech generation options for audio output (`voiceConfig` with a prebuilt voice, `multiSpeakerVoiceConfig`,
    `languageCode`); passed through as given.
    """
    thinking_config: Annotated[Gemini3ProThinkingConfig | None, Field(alias="thinkingConfig")] = None
    image_config: Annotated[dict[str, Any] | None, Field(alias="imageConfig")] = None
    """
    Image generation options for models that output images (for example `aspectRatio`: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16,
    16:9, 21:9); other models reject it. Passed through as given.
    """
    media_resolution: Annotated[
        Literal[
            "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
        ]
        | None,
        Field(alias="mediaResolution"),
    ] = None
    """
    Resolution at which input media is tokenised (low: 64 tokens per image or frame; medium: 256; high: zoomed reframing
    with 256).
    """


class Gemini31ProThinkingConfig(BaseModel):
    """
    Thinking options of gemini-3.1-pro-preview (from Google's thinking guide; the vendor documents none).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    include_thoughts: Annotated[bool | None, Field(alias="includeThoughts")] = None
    """
    Whether to return thought summaries as parts marked `thought: true` (only when the model produced any).
    """
    thinking_budget: Annotated[int | None, Field(alias="thinkingBudget", ge=-1)] = None
    """
    Number of thinking tokens to aim for: `-1` lets the model decide (dynamic thinking), `0` turns thinking off on
    models that allow it; the range otherwise depends on the model, and the model may over- or undershoot it.
    """
    thinking_level: Annotated[Literal["low", "medium", "high"] | None, Field(alias="thinkingLevel")] = None
    """
    Depth of reasoning: `low`, `medium` or `high` (the default); thinking cannot be turned off.
    """


class Gemini31ProGenerationConfig(BaseModel):
    """
    Generation settings of gemini-3.1-pro-preview; its thinking options are Gemini31ProThinkingConfig.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    stop_sequences: Annotated[list[str] | None, Field(alias="stopSequences", max_length=5)] = None
    """
    Up to five strings that end generation at their first occurrence; the stop sequence is not part of the output.
    """
    response_mime_type: Annotated[str | None, Field(alias="responseMimeType", examples=["application/json"])] = None
    """
    MIME type of the generated text: `text/plain` (default), `application/json`, or `text/x.enum`.
    """
    response_schema: Annotated[dict[str, Any] | None, Field(alias="responseSchema")] = None
    """
    Output schema in Google's subset of the OpenAPI 3.0 Schema object (`type` in upper case: STRING, NUMBER, INTEGER,
    BOOLEAN, ARRAY, OBJECT). Needs a compatible `responseMimeType`; do not combine with `responseJsonSchema`.
    """
    response_json_schema: Annotated[dict[str, Any] | bool | None, Field(alias="responseJsonSchema")] = None
    """
    Output schema as JSON Schema, an alternative to `responseSchema` (which must then be left out); needs
    `responseMimeType`. Only part of JSON Schema is honoured ($id, $defs, $ref, $anchor, type, format, title,
    description, enum, items, prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, properties,
    additionalProperties, required, and the non-standard propertyOrdering).
    """
    response_modalities: Annotated[
        list[Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]] | None, Field(alias="responseModalities")
    ] = None
    """
    The modalities the response must have, as an exact set; an empty list means text only. A combination the model does
    not support is an error.
    """
    candidate_count: Annotated[int | None, Field(alias="candidateCount", ge=1)] = None
    """
    Number of response candidates to generate; 1 when unset.
    """
    max_output_tokens: Annotated[int | None, Field(alias="maxOutputTokens", ge=1)] = None
    """
    Maximum number of tokens in a candidate; the default depends on the model.
    """
    temperature: Annotated[float | None, Field(ge=0.0, le=2.0)] = None
    """
    Randomness of the output, from 0.0 to 2.0; the default depends on the model (Google recommends keeping 1.0 for
    Gemini 3 models).
    """
    top_p: Annotated[float | None, Field(alias="topP", ge=0.0, le=1.0)] = None
    """
    Nucleus sampling: the maximum cumulative probability of the tokens considered; the default depends on the model.
    """
    top_k: Annotated[int | None, Field(alias="topK", ge=1)] = None
    """
    Top-k sampling: the number of most probable tokens considered. Models that use nucleus sampling only do not accept
    it.
    """
    seed: int | None = None
    """
    Decoding seed; a random seed is used when unset.
    """
    presence_penalty: Annotated[float | None, Field(alias="presencePenalty")] = None
    """
    Penalty on tokens already present in the response, the same whatever the number of uses; positive values widen the
    vocabulary, negative values narrow it.
    """
    frequency_penalty: Annotated[float | None, Field(alias="frequencyPenalty")] = None
    """
    Penalty on tokens proportional to how often they already appear in the response; large negative values make the
    model repeat itself.
    """
    response_logprobs: Annotated[bool | None, Field(alias="responseLogprobs")] = None
    """
    Whether to return the log probabilities of the chosen tokens.
    """
    logprobs: Annotated[int | None, Field(ge=0, le=20)] = None
    """
    Number of top candidate tokens, with log probabilities, to return at each step; only with `responseLogprobs: true`.
    """
    enable_enhanced_civic_answers: Annotated[bool | None, Field(alias="enableEnhancedCivicAnswers")] = None
    """
    Turns on enhanced civic answers; not available for every model.
    """
    speech_config: Annotated[dict[str, Any] | None, Field(alias="speechConfig")] = None
    """
    Speech generation options for audio output (`voiceConfig` with a prebuilt voice, `multiSpeakerVoiceConfig`,
    `languageCode`); passed through as given.
    """
    thinking_config: Annotated[Gemini31ProThinkingConfig | None, Field(alias="thinkingConfig")] = None
    image_config: Annotated[dict[str, Any] | None, Field(alias="imageConfig")] = None
    """
    Image generation options for models that output images (for example `aspectRatio`: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16,
    16:9, 21:9); other models reject it. Passed through as given.
    """
    media_resolution: Annotated[
        Literal[
            "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
        ]
        | None,
        Field(alias="mediaResolution"),
    ] = None
    """
    Resolution at which input media is tokenised (low: 64 tokens per image or frame; medium: 256; high: zoomed reframing
    with 256).
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


class Part(BaseModel):
    """
    One piece of a turn. A part carries one kind of data (text, inline media, a file reference, a function call or
    response, generated code or its result); `thought` and `thoughtSignature` may accompany it.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    text: str | None = None
    """
    Inline text.
    """
    inline_data: Annotated[Blob | None, Field(alias="inlineData")] = None
    file_data: Annotated[FileData | None, Field(alias="fileData")] = None
    function_call: Annotated[NativeFunctionCall | None, Field(alias="functionCall")] = None
    function_response: Annotated[FunctionResponse | None, Field(alias="functionResponse")] = None
    executable_code: Annotated[ExecutableCode | None, Field(alias="executableCode")] = None
    code_execution_result: Annotated[CodeExecutionResult | None, Field(alias="codeExecutionResult")] = None
    video_metadata: Annotated[dict[str, Any] | None, Field(alias="videoMetadata")] = None
    """
    Video options for a video part (start and end offsets, frame rate); passed through as given.
    """
    thought: bool | None = None
    """
    Whether the part is a thought (a thought summary, returned when `includeThoughts` is on) rather than answer content.
    """
    thought_signature: Annotated[str | None, Field(alias="thoughtSignature")] = None
    """
    Opaque, base64-encoded signature of the model's reasoning. Send parts back with their signatures unchanged in later
    turns; required for function-call parts of Gemini 3 models.
    """


class GenerationConfig(BaseModel):
    """
    Options for generation and output. Not every option is available on every model; defaults vary by model.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    stop_sequences: Annotated[list[str] | None, Field(alias="stopSequences", max_length=5)] = None
    """
    Up to five strings that end generation at their first occurrence; the stop sequence is not part of the output.
    """
    response_mime_type: Annotated[str | None, Field(alias="responseMimeType", examples=["application/json"])] = None
    """
    MIME type of the generated text: `text/plain` (default), `application/json`, or `text/x.enum`.
    """
    response_schema: Annotated[dict[str, Any] | None, Field(alias="responseSchema")] = None
    """
    Output schema in Google's subset of the OpenAPI 3.0 Schema object (`type` in upper case: STRING, NUMBER, INTEGER,
    BOOLEAN, ARRAY, OBJECT). Needs a compatible `responseMimeType`; do not combine with `responseJsonSchema`.
    """
    response_json_schema: Annotated[dict[str, Any] | bool | None, Field(alias="responseJsonSchema")] = None
    """
    Output schema as JSON Schema, an alternative to `responseSchema` (which must then be left out); needs
    `responseMimeType`. Only part of JSON Schema is honoured ($id, $defs, $ref, $anchor, type, format, title,
    description, enum, items, prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, properties,
    additionalProperties, required, and the non-standard propertyOrdering).
    """
    response_modalities: Annotated[
        list[Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]] | None, Field(alias="responseModalities")
    ] = None
    """
    The modalities the response must have, as an exact set; an empty list means text only. A combination the model does
    not support is an error.
    """
    candidate_count: Annotated[int | None, Field(alias="candidateCount", ge=1)] = None
    """
    Number of response candidates to generate; 1 when unset.
    """
    max_output_tokens: Annotated[int | None, Field(alias="maxOutputTokens", ge=1)] = None
    """
    Maximum number of tokens in a candidate; the default depends on the model.
    """
    temperature: Annotated[float | None, Field(ge=0.0, le=2.0)] = None
    """
    Randomness of the output, from 0.0 to 2.0; the default depends on the model (Google recommends keeping 1.0 for
    Gemini 3 models).
    """
    top_p: Annotated[float | None, Field(alias="topP", ge=0.0, le=1.0)] = None
    """
    Nucleus sampling: the maximum cumulative probability of the tokens considered; the default depends on the model.
    """
    top_k: Annotated[int | None, Field(alias="topK", ge=1)] = None
    """
    Top-k sampling: the number of most probable tokens considered. Models that use nucleus sampling only do not accept
    it.
    """
    seed: int | None = None
    """
    Decoding seed; a random seed is used when unset.
    """
    presence_penalty: Annotated[float | None, Field(alias="presencePenalty")] = None
    """
    Penalty on tokens already present in the response, the same whatever the number of uses; positive values widen the
    vocabulary, negative values narrow it.
    """
    frequency_penalty: Annotated[float | None, Field(alias="frequencyPenalty")] = None
    """
    Penalty on tokens proportional to how often they already appear in the response; large negative values make the
    model repeat itself.
    """
    response_logprobs: Annotated[bool | None, Field(alias="responseLogprobs")] = None
    """
    Whether to return the log probabilities of the chosen tokens.
    """
    logprobs: Annotated[int | None, Field(ge=0, le=20)] = None
    """
    Number of top candidate tokens, with log probabilities, to return at each step; only with `responseLogprobs: true`.
    """
    enable_enhanced_civic_answers: Annotated[bool | None, Field(alias="enableEnhancedCivicAnswers")] = None
    """
    Turns on enhanced civic answers; not available for every model.
    """
    speech_config: Annotated[dict[str, Any] | None, Field(alias="speechConfig")] = None
    """
    Speech generation options for audio output (`voiceConfig` with a prebuilt voice, `multiSpeakerVoiceConfig`,
    `languageCode`); passed through as given.
    """
    thinking_config: Annotated[ThinkingConfig | None, Field(alias="thinkingConfig")] = None
    image_config: Annotated[dict[str, Any] | None, Field(alias="imageConfig")] = None
    """
    Image generation options for models that output images (for example `aspectRatio`: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16,
    16:9, 21:9); other models reject it. Passed through as given.
    """
    media_resolution: Annotated[
        Literal[
            "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
        ]
        | None,
        Field(alias="mediaResolution"),
    ] = None
    """
    Resolution at which input media is tokenised (low: 64 tokens per image or frame; medium: 256; high: zoomed reframing
    with 256).
    """


class NativeTool(BaseModel):
    """
    One tool the model may use. Set one kind per entry: function declarations the caller executes, or a Google-run tool
    (the Google-run tools take mostly empty or small option objects, passed as given). Tool kinds not listed here pass
    through as given.
    """

    function_declarations: Annotated[list[FunctionDeclaration] | None, Field(alias="functionDeclarations")] = None
    """
    Functions the model may ask the caller to call.
    """
    google_search: Annotated[dict[str, Any] | None, Field(alias="googleSearch")] = None
    """
    Grounding with Google Search; `{}` turns it on.
    """
    google_search_retrieval: Annotated[dict[str, Any] | None, Field(alias="googleSearchRetrieval")] = None
    """
    The older Google Search retrieval tool (dynamic retrieval options); kept for backwards compatibility, `googleSearch`
    is preferred.
    """
    code_execution: Annotated[dict[str, Any] | None, Field(alias="codeExecution")] = None
    """
    Lets the model write and run Python code; `{}` turns it on.
    """
    url_context: Annotated[dict[str, Any] | None, Field(alias="urlContext")] = None
    """
    Lets the model read the URLs given in the prompt; `{}` turns it on.
    """
    file_search: Annotated[dict[str, Any] | None, Field(alias="fileSearch")] = None
    """
    Retrieval from File Search stores; passed as given.
    """
    google_maps: Annotated[dict[str, Any] | None, Field(alias="googleMaps")] = None
    """
    Grounding with Google Maps; passed as given.
    """
    computer_use: Annotated[dict[str, Any] | None, Field(alias="computerUse")] = None
    """
    Computer-use tool (environment and excluded actions); passed as given.
    """


class ToolConfig(BaseModel):
    """
    Settings for the tools given in the request.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    function_calling_config: Annotated[FunctionCallingConfig | None, Field(alias="functionCallingConfig")] = None


class UsageMetadata(BaseModel):
    """
    Token usage of the request. Thinking tokens are billed as output tokens; `totalTokenCount` is the sum of prompt,
    candidates, tool-use prompt and thoughts tokens.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    prompt_token_count: Annotated[int | None, Field(alias="promptTokenCount", examples=[4])] = None
    """
    Tokens in the prompt, cached content included.
    """
    cached_content_token_count: Annotated[int | None, Field(alias="cachedContentTokenCount", examples=[0])] = None
    """
    Tokens of the prompt that came from cached content.
    """
    candidates_token_count: Annotated[int | None, Field(alias="candidatesTokenCount", examples=[611])] = None
    """
    Tokens across all generated candidates (thoughts excluded).
    """
    tool_use_prompt_token_count: Annotated[int | None, Field(alias="toolUsePromptTokenCount")] = None
    """
    Tokens in the tool-use prompts (results of Google-run tools fed back to the model).
    """
    thoughts_token_count: Annotated[int | None, Field(alias="thoughtsTokenCount", examples=[1807])] = None
    """
    Tokens the model spent thinking.
    """
    total_token_count: Annotated[int | None, Field(alias="totalTokenCount", examples=[2422])] = None
    """
    Total tokens of the request.
    """
    prompt_tokens_details: Annotated[list[ModalityTokenCount] | None, Field(alias="promptTokensDetails")] = None
    """
    Prompt tokens by modality.
    """
    cache_tokens_details: Annotated[list[ModalityTokenCount] | None, Field(alias="cacheTokensDetails")] = None
    """
    Cached-content tokens by modality.
    """
    candidates_tokens_details: Annotated[list[ModalityTokenCount] | None, Field(alias="candidatesTokensDetails")] = None
    """
    Candidate tokens by modality.
    """
    tool_use_prompt_tokens_details: Annotated[
        list[ModalityTokenCount] | None, Field(alias="toolUsePromptTokensDetails")
    ] = None
    """
    Tool-use prompt tokens by modality.
    """


class Task(BaseModel):
    """
    The status, progress and results of an asynchronous task (for example a generateContent call made with
    `X-Async-Mode: true`), as returned by `GET /v1/tasks/{task_id}`.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    id: Annotated[str, Field(examples=["task-unified-1756817821-4x3rx6ny"])]
    """
    The task id; it starts with `task-unified-`.
    """
    object: Annotated[str | None, Field(examples=["image.generation.task"])] = None
    """
    The kind of task object, such as `image.generation.task`; the vendor lists image, video and audio tasks, so a text
    task may carry another value.
    """
    created: Annotated[int | None, Field(examples=[1756817821])] = None
    """
    Creation time in Unix seconds.
    """
    model: Annotated[str | None, Field(examples=["gemini-3.1-flash-image-preview"])] = None
    """
    The model the task runs on.
    """
    status: Annotated[str, Field(examples=["completed"])]
    """
    The task's state: `pending` (queued), `processing`, `completed` (results available), `failed` (see `error`). Known
    values: `pending`, `processing`, `completed`, `failed`.
    """
    progress: Annotated[int | None, Field(examples=[100], ge=0, le=100)] = None
    """
    Progress in percent.
    """
    results: Annotated[list[str] | None, Field(examples=[["http://example.com/image.jpg"]])] = None
    """
    The task's results, given when it has completed; the vendor documents them as URIs (`string<uri>[]`).
    """
    task_info: TaskInfo | None = None
    type: Annotated[str | None, Field(examples=["image"])] = None
    """
    The kind of output the task produces. Known values: `image`, `video`, `audio`, `text`.
    """
    error: TaskError | None = None


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


class Content(BaseModel):
    """
    One turn of the conversation: who produced it and its ordered parts.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    role: str | None = None
    """
    The producer of the turn: `user` or `model`. May be left out for a single-turn request. Known values: `user`,
    `model`.
    """
    parts: list[Part] | None = None
    """
    The ordered parts that make up the turn; they may have different MIME types.
    """


class Candidate(BaseModel):
    """
    One response candidate.
    """

    model_config = ConfigDict(
        extra="allow",
    )
    content: Content | None = None
    finish_reason: Annotated[str | None, Field(alias="finishReason", examples=["STOP"])] = None
    """
    Why generation stopped; absent while a stream is still generating. Known values: FINISH_REASON_UNSPECIFIED, STOP
    (natural end or a stop sequence), MAX_TOKENS, SAFETY, RECITATION, LANGUAGE, OTHER, BLOCKLIST, PROHIBITED_CONTENT,
    SPII, MALFORMED_FUNCTION_CALL, IMAGE_SAFETY, IMAGE_PROHIBITED_CONTENT, IMAGE_OTHER, NO_IMAGE, IMAGE_RECITATION,
    UNEXPECTED_TOOL_CALL, TOO_MANY_TOOL_CALLS. A plain string, not an enum: new values must not fail a response.
    """
    finish_message: Annotated[str | None, Field(alias="finishMessage")] = None
    """
    More detail on why generation stopped; only with `finishReason`.
    """
    index: int | None = None
    """
    The candidate's position in the list.
    """
    safety_ratings: Annotated[list[SafetyRating] | None, Field(alias="safetyRatings")] = None
    """
    Safety ratings of the candidate, at most one per category (Evolink's samples show empty objects).
    """
    citation_metadata: Annotated[dict[str, Any] | None, Field(alias="citationMetadata")] = None
    """
    Sources the candidate recites (`citationSources`: start and end index, uri, license).
    """
    token_count: Annotated[int | None, Field(alias="tokenCount")] = None
    """
    Number of tokens in this candidate.
    """
    avg_logprobs: Annotated[float | None, Field(alias="avgLogprobs")] = None
    """
    Average log probability of the candidate's tokens.
    """
    logprobs_result: Annotated[dict[str, Any] | None, Field(alias="logprobsResult")] = None
    """
    Chosen and top candidate tokens with their log probabilities, when `responseLogprobs` was set.
    """
    grounding_metadata: Annotated[dict[str, Any] | None, Field(alias="groundingMetadata")] = None
    """
    Grounding details (search queries, sources, supports) when a grounding tool was used.
    """
    url_context_metadata: Annotated[dict[str, Any] | None, Field(alias="urlContextMetadata")] = None
    """
    The URLs the URL context tool retrieved and their status.
    """


class Gemini25FlashGenerateContentRequest(BaseModel):
    """
    Request body for Gemini 2.5 Flash (`gemini-2.5-flash`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    contents: Annotated[
        list[Content],
        Field(examples=[[{"role": "user", "parts": [{"text": "Please introduce yourself"}]}]], min_length=1),
    ]
    """
    The conversation so far, oldest turn first: one Content for a single-turn request, the whole history plus the new
    turn for a multi-turn one. Parts may mix text and media.
    """
    generation_config: Annotated[
        Gemini25FlashGenerationConfig | None,
        Field(
            alias="generationConfig", examples=[{"temperature": 0.7, "topP": 0.9, "topK": 40, "maxOutputTokens": 1024}]
        ),
    ] = None
    """
    Generation settings: sampling, output length, stop sequences, structured output, response modalities and the
    thinking configuration.
    """
    system_instruction: Annotated[
        Content | None,
        Field(alias="systemInstruction", examples=[{"parts": [{"text": "You are a concise assistant."}]}]),
    ] = None
    """
    Instructions for the whole conversation, given as a Content (text parts only are supported); its `role` is ignored.
    """
    tools: Annotated[
        list[NativeTool] | None,
        Field(
            examples=[
                [
                    {
                        "functionDeclarations": [
                            {
                                "name": "get_weather",
                                "description": "Current weather for a city.",
                                "parameters": {
                                    "type": "object",
                                    "properties": {"city": {"type": "string"}},
                                    "required": ["city"],
                                },
                            }
                        ]
                    }
                ]
            ]
        ),
    ] = None
    """
    Tools the model may use: function declarations the caller executes, and Google-run tools such as Google Search, code
    execution and URL context.
    """
    tool_config: Annotated[
        ToolConfig | None, Field(alias="toolConfig", examples=[{"functionCallingConfig": {"mode": "AUTO"}}])
    ] = None
    """
    How the declared functions may be called (the function calling mode and the allowed function names).
    """
    safety_settings: Annotated[
        list[SafetySetting] | None,
        Field(
            alias="safetySettings",
            examples=[[{"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "BLOCK_ONLY_HIGH"}]],
        ),
    ] = None
    """
    Per-category blocking thresholds for the prompt and the candidates; at most one setting per category. A category
    left out keeps the default threshold.
    """
    cached_content: Annotated[
        str | None, Field(alias="cachedContent", examples=["cachedContents/abc123"], pattern="^cachedContents/.+")
    ] = None
    """
    Name of a cached content to use as context for the prediction, in the form `cachedContents/{cachedContent}`.
    """


class Gemini25FlashLiteGenerateContentRequest(BaseModel):
    """
    Request body for Gemini 2.5 Flash Lite (`gemini-2.5-flash-lite`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    contents: Annotated[
        list[Content],
        Field(examples=[[{"role": "user", "parts": [{"text": "Please introduce yourself"}]}]], min_length=1),
    ]
    """
    The conversation so far, oldest turn first: one Content for a single-turn request, the whole history plus the new
    turn for a multi-turn one. Parts may mix text and media.
    """
    generation_config: Annotated[
        Gemini25FlashLiteGenerationConfig | None,
        Field(
            alias="generationConfig", examples=[{"temperature": 0.7, "topP": 0.9, "topK": 40, "maxOutputTokens": 1024}]
        ),
    ] = None
    """
    Generation settings: sampling, output length, stop sequences, structured output, response modalities and the
    thinking configuration.
    """
    system_instruction: Annotated[
        Content | None,
        Field(alias="systemInstruction", examples=[{"parts": [{"text": "You are a concise assistant."}]}]),
    ] = None
    """
    Instructions for the whole conversation, given as a Content (text parts only are supported); its `role` is ignored.
    """
    tools: Annotated[
        list[NativeTool] | None,
        Field(
            examples=[
                [
                    {
                        "functionDeclarations": [
                            {
                                "name": "get_weather",
                                "description": "Current weather for a city.",
                                "parameters": {
                                    "type": "object",
                                    "properties": {"city": {"type": "string"}},
                                    "required": ["city"],
                                },
                            }
                        ]
                    }
                ]
            ]
        ),
    ] = None
    """
    Tools the model may use: function declarations the caller executes, and Google-run tools such as Google Search, code
    execution and URL context.
    """
    tool_config: Annotated[
        ToolConfig | None, Field(alias="toolConfig", examples=[{"functionCallingConfig": {"mode": "AUTO"}}])
    ] = None
    """
    How the declared functions may be called (the function calling mode and the allowed function names).
    """
    safety_settings: Annotated[
        list[SafetySetting] | None,
        Field(
            alias="safetySettings",
            examples=[[{"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "BLOCK_ONLY_HIGH"}]],
        ),
    ] = None
    """
    Per-category blocking thresholds for the prompt and the candidates; at most one setting per category. A category
    left out keeps the default threshold.
    """
    cached_content: Annotated[
        str | None, Field(alias="cachedContent", examples=["cachedContents/abc123"], pattern="^cachedContents/.+")
    ] = None
    """
    Name of a cached content to use as context for the prediction, in the form `cachedContents/{cachedContent}`.
    """


class Gemini3ProPreviewGenerateContentRequest(BaseModel):
    """
    Request body for Gemini 3 Pro Preview (`gemini-3-pro-preview`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    contents: Annotated[
        list[Content],
        Field(examples=[[{"role": "user", "parts": [{"text": "Please introduce yourself"}]}]], min_length=1),
    ]
    """
    The conversation so far, oldest turn first: one Content for a single-turn request, the whole history plus the new
    turn for a multi-turn one. Parts may mix text and media.
    """
    generation_config: Annotated[
        Gemini3ProGenerationConfig | None,
        Field(
            alias="generationConfig", examples=[{"temperature": 0.7, "topP": 0.9, "topK": 40, "maxOutputTokens": 1024}]
        ),
    ] = None
    """
    Generation settings: sampling, output length, stop sequences, structured output, response modalities and the
    thinking configuration.
    """
    system_instruction: Annotated[
        Content | None,
        Field(alias="systemInstruction", examples=[{"parts": [{"text": "You are a concise assistant."}]}]),
    ] = None
    """
    Instructions for the whole conversation, given as a Content (text parts only are supported); its `role` is ignored.
    """
    tools: Annotated[
        list[NativeTool] | None,
        Field(
            examples=[
                [
                    {
                        "functionDeclarations": [
                            {
                                "name": "get_weather",
                                "description": "Current weather for a city.",
                                "parameters": {
                                    "type": "object",
                                    "properties": {"city": {"type": "string"}},
                                    "required": ["city"],
                                },
                            }
                        ]
                    }
                ]
            ]
        ),
    ] = None
    """
    Tools the model may use: function declarations the caller executes, and Google-run tools such as Google Search, code
    execution and URL context.
    """
    tool_config: Annotated[
        ToolConfig | None, Field(alias="toolConfig", examples=[{"functionCallingConfig": {"mode": "AUTO"}}])
    ] = None
    """
    How the declared functions may be called (the function calling mode and the allowed function names).
    """
    safety_settings: Annotated[
        list[SafetySetting] | None,
        Field(
            alias="safetySettings",
            examples=[[{"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "BLOCK_ONLY_HIGH"}]],
        ),
    ] = None
    """
    Per-category blocking thresholds for the prompt and the candidates; at most one setting per category. A category
    left out keeps the default threshold.
    """
    cached_content: Annotated[
        str | None, Field(alias="cachedContent", examples=["cachedContents/abc123"], pattern="^cachedContents/.+")
    ] = None
    """
    Name of a cached content to use as context for the prediction, in the form `cachedContents/{cachedContent}`.
    """


class Gemini31ProPreviewGenerateContentRequest(BaseModel):
    """
    Request body for Gemini 3.1 Pro Preview (`gemini-3.1-pro-preview`).
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    contents: Annotated[
        list[Content],
        Field(examples=[[{"role": "user", "parts": [{"text": "Please introduce yourself"}]}]], min_length=1),
    ]
    """
    The conversation so far, oldest turn first: one Content for a single-turn request, the whole history plus the new
    turn for a multi-turn one. Parts may mix text and media.
    """
    generation_config: Annotated[
        Gemini31ProGenerationConfig | None,
        Field(
            alias="generationConfig", examples=[{"temperature": 0.7, "topP": 0.9, "topK": 40, "maxOutputTokens": 1024}]
        ),
    ] = None
    """
    Generation settings: sampling, output length, stop sequences, structured output, response modalities and the
    thinking configuration.
    """
    system_instruction: Annotated[
        Content | None,
        Field(alias="systemInstruction", examples=[{"parts": [{"text": "You are a concise assistant."}]}]),
    ] = None
    """
    Instructions for the whole conversation, given as a Content (text parts only are supported); its `role` is ignored.
    """
    tools: Annotated[
        list[NativeTool] | None,
        Field(
            examples=[
                [
                    {
                        "functionDeclarations": [
                            {
                                "name": "get_weather",
                                "description": "Current weather for a city.",
                                "parameters": {
                                    "type": "object",
                                    "properties": {"city": {"type": "string"}},
                                    "required": ["city"],
                                },
                            }
                        ]
                    }
                ]
            ]
        ),
    ] = None
    """
    Tools the model may use: function declarations the caller executes, and Google-run tools such as Google Search, code
    execution and URL context.
    """
    tool_config: Annotated[
        ToolConfig | None, Field(alias="toolConfig", examples=[{"functionCallingConfig": {"mode": "AUTO"}}])
    ] = None
    """
    How the declared functions may be called (the function calling mode and the allowed function names).
    """
    safety_settings: Annotated[
        list[SafetySetting] | None,
        Field(
            alias="safetySettings",
            examples=[[{"category": "HARM_CATEGORY_HATE_SPEECH", "threshold": "BLOCK_ONLY_HIGH"}]],
        ),
    ] = None
    """
    Per-category blocking thresholds for the prompt and the candidates; at most one setting per category. A category
    left out keeps the default threshold.
    """
    cached_content: Annotated[
        str | None, Field(alias="cachedContent", examples=["cachedContents/abc123"], pattern="^cachedContents/.+")
    ] = None
    """
    Name of a cached content to use as context for the prediction, in the form `cachedContents/{cachedContent}`.
    """


class Content1(RootModel[list[ContentPart]]):
    root: Annotated[list[ContentPart], Field(min_length=1)]
    """
    The message, as text or a list of text and image parts.
    """


class UserMessage(BaseModel):
    """
    A message from the user; its content may mix text and images.
    """

    role: Literal["user"]
    content: str | Content1
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


class GenerateContentResponse(BaseModel):
    """
    The response of generateContent, and each chunk of streamGenerateContent: the candidates, feedback on the prompt,
    and token usage. No candidates at all means the prompt was blocked (see `promptFeedback`).
    """

    model_config = ConfigDict(
        extra="allow",
    )
    candidates: list[Candidate] | None = None
    """
    The response candidates.
    """
    prompt_feedback: Annotated[PromptFeedback | None, Field(alias="promptFeedback")] = None
    usage_metadata: Annotated[UsageMetadata | None, Field(alias="usageMetadata")] = None
    model_version: Annotated[str | None, Field(alias="modelVersion", examples=["gemini-3.1-pro-preview"])] = None
    """
    The model that produced the response. Evolink may report a model other than the one in the path (its samples show
    `gemini-3.1-pro-preview` on a gemini-3-flash page, and `gpt-5.4` for `evolink/auto`).
    """
    response_id: Annotated[str | None, Field(alias="responseId", examples=["l-LoaPu0BPmo1dkP6ZPHiQc"])] = None
    """
    The id of this response.
    """


class GenerateContentRequest(
    RootModel[
        Gemini25FlashGenerateContentRequest
        | Gemini25FlashLiteGenerateContentRequest
        | Gemini3ProPreviewGenerateContentRequest
        | Gemini31ProPreviewGenerateContentRequest
    ]
):
    root: (
        Gemini25FlashGenerateContentRequest
        | Gemini25FlashLiteGenerateContentRequest
        | Gemini3ProPreviewGenerateContentRequest
        | Gemini31ProPreviewGenerateContentRequest
    )
    """
    The request body: one schema per model, the model named in the path.
    """


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
