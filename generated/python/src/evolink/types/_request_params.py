# generated from spec/ by evolink-codegen; do not edit
from __future__ import annotations

from typing import Any, Literal, NotRequired, TypeAlias

from typing_extensions import TypedDict


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


class BlobParam(TypedDict):
    """
    Media bytes sent inline with their MIME type.
    """

    mimeType: str
    """
    The IANA MIME type of the data, e.g. `image/png` or `application/pdf`.
    """
    data: str
    """
    The raw bytes, base64-encoded.
    """


class FileDataParam(TypedDict):
    """
    Media referenced by URI, such as a file uploaded through the Files API.
    """

    mimeType: NotRequired[str]
    """
    The IANA MIME type of the file.
    """
    fileUri: str
    """
    The file's URI.
    """


class NativeFunctionCallParam(TypedDict):
    """
    A call of a declared function that the model asks the caller to make, with its arguments as a JSON object.
    """

    id: NotRequired[str]
    """
    The call's id; send it back in the matching FunctionResponse.
    """
    name: str
    """
    The name of the function to call.
    """
    args: NotRequired[dict[str, Any]]
    """
    The arguments, as a JSON object.
    """


class FunctionResponseParam(TypedDict):
    """
    The result of a function call, sent back to the model in a later turn.
    """

    id: NotRequired[str]
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


class ExecutableCodeParam(TypedDict):
    """
    Code the model generated for the code execution tool; followed by a part with its CodeExecutionResult.
    """

    language: NotRequired[str]
    """
    The programming language; `PYTHON` is the one documented value.
    """
    code: NotRequired[str]
    """
    The code to run.
    """


class CodeExecutionResultParam(TypedDict):
    """
    The outcome and output of running an ExecutableCode part.
    """

    outcome: NotRequired[str]
    """
    How the run ended: `OUTCOME_OK`, `OUTCOME_FAILED`, `OUTCOME_DEADLINE_EXCEEDED` (a plain string, so new values pass).
    """
    output: NotRequired[str]
    """
    Standard output on success, standard error or a description otherwise.
    """


class ThinkingConfigParam(TypedDict, closed=True):
    """
    Thinking options. Gemini 2.5 models take `thinkingBudget`; Gemini 3 models take `thinkingLevel` (a budget is still
    accepted for backwards compatibility). Do not send both. Models that cannot think reject the whole object.
    """

    includeThoughts: NotRequired[bool]
    """
    Whether to return thought summaries as parts marked `thought: true` (only when the model produced any).
    """
    thinkingBudget: NotRequired[int]
    """
    Number of thinking tokens to aim for: `-1` lets the model decide (dynamic thinking), `0` turns thinking off on
    models that allow it; the range otherwise depends on the model, and the model may over- or undershoot it.
    """
    thinkingLevel: NotRequired[Literal["minimal", "low", "medium", "high"]]
    """
    Relative depth of reasoning for Gemini 3 models: `minimal` (close to no thinking, not a guaranteed off), `low`,
    `medium`, `high` (the usual default). Which levels a model accepts depends on the model. Google's REST examples send
    the values in lower case, as here (its API reference names them in upper case: send those through `extra_body`).
    """


class FunctionDeclarationParam(TypedDict):
    """
    A function the model may call: its name, what it does, and the schema of its arguments (and optionally of its
    result). Further Google fields pass through as given.
    """

    name: str
    """
    The function's name. Google's proto text: letters a-z and A-Z, digits, underscores and dashes, at most 63 characters
    (not enforced here: newer Google text may allow more).
    """
    description: NotRequired[str]
    """
    What the function does; the model reads it to decide when to call it.
    """
    parameters: NotRequired[dict[str, Any]]
    """
    The arguments, in Google's OpenAPI-subset Schema (upper-case `type` values); do not combine with
    `parametersJsonSchema`.
    """
    parametersJsonSchema: NotRequired[dict[str, Any]]
    """
    The arguments as JSON Schema; an alternative to `parameters`.
    """
    response: NotRequired[dict[str, Any]]
    """
    The result, in Google's OpenAPI-subset Schema.
    """
    responseJsonSchema: NotRequired[dict[str, Any]]
    """
    The result as JSON Schema; an alternative to `response`.
    """


class FunctionCallingConfigParam(TypedDict, closed=True):
    """
    How the model may call the declared functions.
    """

    mode: NotRequired[Literal["AUTO", "ANY", "NONE", "VALIDATED"]]
    """
    `AUTO` (default): the model chooses between a function call and a text answer. `ANY`: it must call a function (one
    of `allowedFunctionNames` when given). `NONE`: it calls no function. `VALIDATED`: like AUTO, but function calls are
    checked against their schemas by constrained decoding.
    """
    allowedFunctionNames: NotRequired[list[str]]
    """
    Restricts the functions the model may call; only with mode `ANY`. Each name must match a FunctionDeclaration's name.
    """


class SafetySettingParam(TypedDict, closed=True):
    """
    The blocking threshold for one harm category. The Gemini models honour the categories marked "Gemini" below
    (harassment, hate speech, sexually explicit, dangerous content, civic integrity); the others are PaLM-era values
    Google still lists.
    """

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


class Gemini25FlashLiteThinkingConfigParam(TypedDict, closed=True):
    """
    Thinking options of gemini-2.5-flash-lite (from Google's thinking guide; the vendor documents none).
    """

    includeThoughts: NotRequired[bool]
    """
    Whether to return thought summaries as parts marked `thought: true` (only when the model produced any).
    """
    thinkingBudget: NotRequired[Literal[-1, 0] | int]
    """
    Thinking tokens to aim for: -1 lets the model decide, 0 (the default) turns thinking off, otherwise 512 to 24576.
    """


class Gemini25FlashLiteGenerationConfigParam(TypedDict, closed=True):
    """
    Generation settings of gemini-2.5-flash-lite; its thinking options are Gemini25FlashLiteThinkingConfig.
    """

    stopSequences: NotRequired[list[str]]
    """
    Up to five strings that end generation at their first occurrence; the stop sequence is not part of the output.
    """
    responseMimeType: NotRequired[str]
    """
    MIME type of the generated text: `text/plain` (default), `application/json`, or `text/x.enum`.
    """
    responseSchema: NotRequired[dict[str, Any]]
    """
    Output schema in Google's subset of the OpenAPI 3.0 Schema object (`type` in upper case: STRING, NUMBER, INTEGER,
    BOOLEAN, ARRAY, OBJECT). Needs a compatible `responseMimeType`; do not combine with `responseJsonSchema`.
    """
    responseJsonSchema: NotRequired[dict[str, Any] | bool]
    """
    Output schema as JSON Schema, an alternative to `responseSchema` (which must then be left out); needs
    `responseMimeType`. Only part of JSON Schema is honoured ($id, $defs, $ref, $anchor, type, format, title,
    description, enum, items, prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, properties,
    additionalProperties, required, and the non-standard propertyOrdering).
    """
    responseModalities: NotRequired[list[Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]]]
    """
    The modalities the response must have, as an exact set; an empty list means text only. A combination the model does
    not support is an error.
    """
    candidateCount: NotRequired[int]
    """
    Number of response candidates to generate; 1 when unset.
    """
    maxOutputTokens: NotRequired[int]
    """
    Maximum number of tokens in a candidate; the default depends on the model.
    """
    temperature: NotRequired[float]
    """
    Randomness of the output, from 0.0 to 2.0; the default depends on the model (Google recommends keeping 1.0 for
    Gemini 3 models).
    """
    topP: NotRequired[float]
    """
    Nucleus sampling: the maximum cumulative probability of the tokens considered; the default depends on the model.
    """
    topK: NotRequired[int]
    """
    Top-k sampling: the number of most probable tokens considered. Models that use nucleus sampling only do not accept
    it.
    """
    seed: NotRequired[int]
    """
    Decoding seed; a random seed is used when unset.
    """
    presencePenalty: NotRequired[float]
    """
    Penalty on tokens already present in the response, the same whatever the number of uses; positive values widen the
    vocabulary, negative values narrow it.
    """
    frequencyPenalty: NotRequired[float]
    """
    Penalty on tokens proportional to how often they already appear in the response; large negative values make the
    model repeat itself.
    """
    responseLogprobs: NotRequired[bool]
    """
    Whether to return the log probabilities of the chosen tokens.
    """
    logprobs: NotRequired[int]
    """
    Number of top candidate tokens, with log probabilities, to return at each step; only with `responseLogprobs: true`.
    """
    enableEnhancedCivicAnswers: NotRequired[bool]
    """
    Turns on enhanced civic answers; not available for every model.
    """
    speechConfig: NotRequired[dict[str, Any]]
    """
    Speech generation options for audio output (`voiceConfig` with a prebuilt voice, `multiSpeakerVoiceConfig`,
    `languageCode`); passed through as given.
    """
    thinkingConfig: NotRequired[Gemini25FlashLiteThinkingConfigParam]
    imageConfig: NotRequired[dict[str, Any]]
    """
    Image generation options for models that output images (for example `aspectRatio`: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16,
    16:9, 21:9); other models reject it. Passed through as given.
    """
    mediaResolution: NotRequired[
        Literal[
            "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
        ]
    ]
    """
    Resolution at which input media is tokenised (low: 64 tokens per image or frame; medium: 256; high: zoomed reframing
    with 256).
    """


class Gemini25FlashThinkingConfigParam(TypedDict, closed=True):
    """
    Thinking options of gemini-2.5-flash (from Google's thinking guide; the vendor documents none).
    """

    includeThoughts: NotRequired[bool]
    """
    Whether to return thought summaries as parts marked `thought: true` (only when the model produced any).
    """
    thinkingBudget: NotRequired[int]
    """
    Thinking tokens to aim for: -1 (the default) lets the model decide, 0 turns thinking off, otherwise up to 24576.
    """


class Gemini25FlashGenerationConfigParam(TypedDict, closed=True):
    """
    Generation settings of gemini-2.5-flash; its thinking options are Gemini25FlashThinkingConfig.
    """

    stopSequences: NotRequired[list[str]]
    """
    Up to five strings that end generation at their first occurrence; the stop sequence is not part of the output.
    """
    responseMimeType: NotRequired[str]
    """
    MIME type of the generated text: `text/plain` (default), `application/json`, or `text/x.enum`.
    """
    responseSchema: NotRequired[dict[str, Any]]
    """
    Output schema in Google's subset of the OpenAPI 3.0 Schema object (`type` in upper case: STRING, NUMBER, INTEGER,
    BOOLEAN, ARRAY, OBJECT). Needs a compatible `responseMimeType`; do not combine with `responseJsonSchema`.
    """
    responseJsonSchema: NotRequired[dict[str, Any] | bool]
    """
    Output schema as JSON Schema, an alternative to `responseSchema` (which must then be left out); needs
    `responseMimeType`. Only part of JSON Schema is honoured ($id, $defs, $ref, $anchor, type, format, title,
    description, enum, items, prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, properties,
    additionalProperties, required, and the non-standard propertyOrdering).
    """
    responseModalities: NotRequired[list[Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]]]
    """
    The modalities the response must have, as an exact set; an empty list means text only. A combination the model does
    not support is an error.
    """
    candidateCount: NotRequired[int]
    """
    Number of response candidates to generate; 1 when unset.
    """
    maxOutputTokens: NotRequired[int]
    """
    Maximum number of tokens in a candidate; the default depends on the model.
    """
    temperature: NotRequired[float]
    """
    Randomness of the output, from 0.0 to 2.0; the default depends on the model (Google recommends keeping 1.0 for
    Gemini 3 models).
    """
    topP: NotRequired[float]
    """
    Nucleus sampling: the maximum cumulative probability of the tokens considered; the default depends on the model.
    """
    topK: NotRequired[int]
    """
    Top-k sampling: the number of most probable tokens considered. Models that use nucleus sampling only do not accept
    it.
    """
    seed: NotRequired[int]
    """
    Decoding seed; a random seed is used when unset.
    """
    presencePenalty: NotRequired[float]
    """
    Penalty on tokens already present in the response, the same whatever the number of uses; positive values widen the
    vocabulary, negative values narrow it.
    """
    frequencyPenalty: NotRequired[float]
    """
    Penalty on tokens proportional to how often they already appear in the response; large negative values make the
    model repeat itself.
    """
    responseLogprobs: NotRequired[bool]
    """
    Whether to return the log probabilities of the chosen tokens.
    """
    logprobs: NotRequired[int]
    """
    Number of top candidate tokens, with log probabilities, to return at each step; only with `responseLogprobs: true`.
    """
    enableEnhancedCivicAnswers: NotRequired[bool]
    """
    Turns on enhanced civic answers; not available for every model.
    """
    speechConfig: NotRequired[dict[str, Any]]
    """
    Speech generation options for audio output (`voiceConfig` with a prebuilt voice, `multiSpeakerVoiceConfig`,
    `languageCode`); passed through as given.
    """
    thinkingConfig: NotRequired[Gemini25FlashThinkingConfigParam]
    imageConfig: NotRequired[dict[str, Any]]
    """
    Image generation options for models that output images (for example `aspectRatio`: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16,
    16:9, 21:9); other models reject it. Passed through as given.
    """
    mediaResolution: NotRequired[
        Literal[
            "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
        ]
    ]
    """
    Resolution at which input media is tokenised (low: 64 tokens per image or frame; medium: 256; high: zoomed reframing
    with 256).
    """


class Gemini3ProThinkingConfigParam(TypedDict, closed=True):
    """
    Thinking options of gemini-3-pro-preview (from Google's thinking guide; the vendor documents none).
    """

    includeThoughts: NotRequired[bool]
    """
    Whether to return thought summaries as parts marked `thought: true` (only when the model produced any).
    """
    thinkingBudget: NotRequired[int]
    """
    Number of thinking tokens to aim for: `-1` lets the model decide (dynamic thinking), `0` turns thinking off on
    models that allow it; the range otherwise depends on the model, and the model may over- or undershoot it.
    """
    thinkingLevel: NotRequired[Literal["low", "high"]]
    """
    Depth of reasoning: `low` or `high` (the default); thinking cannot be turned off.
    """


class Gemini3ProGenerationConfigParam(TypedDict, closed=True):
    """
    Generation settings of gemini-3-pro-preview; its thinking options are Gemini3ProThinkingConfig.
    """

    stopSequences: NotRequired[list[str]]
    """
    Up to five strings that end generation at their first occurrence; the stop sequence is not part of the output.
    """
    responseMimeType: NotRequired[str]
    """
    MIME type of the generated text: `text/plain` (default), `application/json`, or `text/x.enum`.
    """
    responseSchema: NotRequired[dict[str, Any]]
    """
    Output schema in Google's subset of the OpenAPI 3.0 Schema object (`type` in upper case: STRING, NUMBER, INTEGER,
    BOOLEAN, ARRAY, OBJECT). Needs a compatible `responseMimeType`; do not combine with `responseJsonSchema`.
    """
    responseJsonSchema: NotRequired[dict[str, Any] | bool]
    """
    Output schema as JSON Schema, an alternative to `responseSchema` (which must then be left out); needs
    `responseMimeType`. Only part of JSON Schema is honoured ($id, $defs, $ref, $anchor, type, format, title,
    description, enum, items, prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, properties,
    additionalProperties, required, and the non-standard propertyOrdering).
    """
    responseModalities: NotRequired[list[Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]]]
    """
    The modalities the response must have, as an exact set; an empty list means text only. A combination the model does
    not support is an error.
    """
    candidateCount: NotRequired[int]
    """
    Number of response candidates to generate; 1 when unset.
    """
    maxOutputTokens: NotRequired[int]
    """
    Maximum number of tokens in a candidate; the default depends on the model.
    """
    temperature: NotRequired[float]
    """
    Randomness of the output, from 0.0 to 2.0; the default depends on the model (Google recommends keeping 1.0 for
    Gemini 3 models).
    """
    topP: NotRequired[float]
    """
    Nucleus sampling: the maximum cumulative probability of the tokens considered; the default depends on the model.
    """
    topK: NotRequired[int]
    """
    Top-k sampling: the number of most probable tokens considered. Models that use nucleus sampling only do not accept
    it.
    """
    seed: NotRequired[int]
    """
    Decoding seed; a random seed is used when unset.
    """
    presencePenalty: NotRequired[float]
    """
    Penalty on tokens already present in the response, the same whatever the number of uses; positive values widen the
    vocabulary, negative values narrow it.
    """
    frequencyPenalty: NotRequired[float]
    """
    Penalty on tokens proportional to how often they already appear in the response; large negative values make the
    model repeat itself.
    """
    responseLogprobs: NotRequired[bool]
    """
    Whether to return the log probabilities of the chosen tokens.
    """
    logprobs: NotRequired[int]
    """
    Number of top candidate tokens, with log probabilities, to return at each step; only with `responseLogprobs: true`.
    """
    enableEnhancedCivicAnswers: NotRequired[bool]
    """
    Turns on enhanced civic answers; not available for every model.
    """
    speechConfig: NotRequired[dict[str, Any]]
    """
    Speech generation options for audio output (`voiceConfig` with a prebuilt voice, `multiSpeakerVoiceConfig`,
    `languageCode`); passed through as given.
    """
    thinkingConfig: NotRequired[Gemini3ProThinkingConfigParam]
    imageConfig: NotRequired[dict[str, Any]]
    """
    Image generation options for models that output images (for example `aspectRatio`: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16,
    16:9, 21:9); other models reject it. Passed through as given.
    """
    mediaResolution: NotRequired[
        Literal[
            "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
        ]
    ]
    """
    Resolution at which input media is tokenised (low: 64 tokens per image or frame; medium: 256; high: zoomed reframing
    with 256).
    """


class Gemini31ProThinkingConfigParam(TypedDict, closed=True):
    """
    Thinking options of gemini-3.1-pro-preview (from Google's thinking guide; the vendor documents none).
    """

    includeThoughts: NotRequired[bool]
    """
    Whether to return thought summaries as parts marked `thought: true` (only when the model produced any).
    """
    thinkingBudget: NotRequired[int]
    """
    Number of thinking tokens to aim for: `-1` lets the model decide (dynamic thinking), `0` turns thinking off on
    models that allow it; the range otherwise depends on the model, and the model may over- or undershoot it.
    """
    thinkingLevel: NotRequired[Literal["low", "medium", "high"]]
    """
    Depth of reasoning: `low`, `medium` or `high` (the default); thinking cannot be turned off.
    """


class Gemini31ProGenerationConfigParam(TypedDict, closed=True):
    """
    Generation settings of gemini-3.1-pro-preview; its thinking options are Gemini31ProThinkingConfig.
    """

    stopSequences: NotRequired[list[str]]
    """
    Up to five strings that end generation at their first occurrence; the stop sequence is not part of the output.
    """
    responseMimeType: NotRequired[str]
    """
    MIME type of the generated text: `text/plain` (default), `application/json`, or `text/x.enum`.
    """
    responseSchema: NotRequired[dict[str, Any]]
    """
    Output schema in Google's subset of the OpenAPI 3.0 Schema object (`type` in upper case: STRING, NUMBER, INTEGER,
    BOOLEAN, ARRAY, OBJECT). Needs a compatible `responseMimeType`; do not combine with `responseJsonSchema`.
    """
    responseJsonSchema: NotRequired[dict[str, Any] | bool]
    """
    Output schema as JSON Schema, an alternative to `responseSchema` (which must then be left out); needs
    `responseMimeType`. Only part of JSON Schema is honoured ($id, $defs, $ref, $anchor, type, format, title,
    description, enum, items, prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, properties,
    additionalProperties, required, and the non-standard propertyOrdering).
    """
    responseModalities: NotRequired[list[Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]]]
    """
    The modalities the response must have, as an exact set; an empty list means text only. A combination the model does
    not support is an error.
    """
    candidateCount: NotRequired[int]
    """
    Number of response candidates to generate; 1 when unset.
    """
    maxOutputTokens: NotRequired[int]
    """
    Maximum number of tokens in a candidate; the default depends on the model.
    """
    temperature: NotRequired[float]
    """
    Randomness of the output, from 0.0 to 2.0; the default depends on the model (Google recommends keeping 1.0 for
    Gemini 3 models).
    """
    topP: NotRequired[float]
    """
    Nucleus sampling: the maximum cumulative probability of the tokens considered; the default depends on the model.
    """
    topK: NotRequired[int]
    """
    Top-k sampling: the number of most probable tokens considered. Models that use nucleus sampling only do not accept
    it.
    """
    seed: NotRequired[int]
    """
    Decoding seed; a random seed is used when unset.
    """
    presencePenalty: NotRequired[float]
    """
    Penalty on tokens already present in the response, the same whatever the number of uses; positive values widen the
    vocabulary, negative values narrow it.
    """
    frequencyPenalty: NotRequired[float]
    """
    Penalty on tokens proportional to how often they already appear in the response; large negative values make the
    model repeat itself.
    """
    responseLogprobs: NotRequired[bool]
    """
    Whether to return the log probabilities of the chosen tokens.
    """
    logprobs: NotRequired[int]
    """
    Number of top candidate tokens, with log probabilities, to return at each step; only with `responseLogprobs: true`.
    """
    enableEnhancedCivicAnswers: NotRequired[bool]
    """
    Turns on enhanced civic answers; not available for every model.
    """
    speechConfig: NotRequired[dict[str, Any]]
    """
    Speech generation options for audio output (`voiceConfig` with a prebuilt voice, `multiSpeakerVoiceConfig`,
    `languageCode`); passed through as given.
    """
    thinkingConfig: NotRequired[Gemini31ProThinkingConfigParam]
    imageConfig: NotRequired[dict[str, Any]]
    """
    Image generation options for models that output images (for example `aspectRatio`: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16,
    16:9, 21:9); other models reject it. Passed through as given.
    """
    mediaResolution: NotRequired[
        Literal[
            "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
        ]
    ]
    """
    Resolution at which input media is tokenised (low: 64 tokens per image or frame; medium: 256; high: zoomed reframing
    with 256).
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


class PartParam(TypedDict):
    """
    One piece of a turn. A part carries one kind of data (text, inline media, a file reference, a function call or
    response, generated code or its result); `thought` and `thoughtSignature` may accompany it.
    """

    text: NotRequired[str]
    """
    Inline text.
    """
    inlineData: NotRequired[BlobParam]
    fileData: NotRequired[FileDataParam]
    functionCall: NotRequired[NativeFunctionCallParam]
    functionResponse: NotRequired[FunctionResponseParam]
    executableCode: NotRequired[ExecutableCodeParam]
    codeExecutionResult: NotRequired[CodeExecutionResultParam]
    videoMetadata: NotRequired[dict[str, Any]]
    """
    Video options for a video part (start and end offsets, frame rate); passed through as given.
    """
    thought: NotRequired[bool]
    """
    Whether the part is a thought (a thought summary, returned when `includeThoughts` is on) rather than answer content.
    """
    thoughtSignature: NotRequired[str]
    """
    Opaque, base64-encoded signature of the model's reasoning. Send parts back with their signatures unchanged in later
    turns; required for function-call parts of Gemini 3 models.
    """


class GenerationConfigParam(TypedDict, closed=True):
    """
    Options for generation and output. Not every option is available on every model; defaults vary by model.
    """

    stopSequences: NotRequired[list[str]]
    """
    Up to five strings that end generation at their first occurrence; the stop sequence is not part of the output.
    """
    responseMimeType: NotRequired[str]
    """
    MIME type of the generated text: `text/plain` (default), `application/json`, or `text/x.enum`.
    """
    responseSchema: NotRequired[dict[str, Any]]
    """
    Output schema in Google's subset of the OpenAPI 3.0 Schema object (`type` in upper case: STRING, NUMBER, INTEGER,
    BOOLEAN, ARRAY, OBJECT). Needs a compatible `responseMimeType`; do not combine with `responseJsonSchema`.
    """
    responseJsonSchema: NotRequired[dict[str, Any] | bool]
    """
    Output schema as JSON Schema, an alternative to `responseSchema` (which must then be left out); needs
    `responseMimeType`. Only part of JSON Schema is honoured ($id, $defs, $ref, $anchor, type, format, title,
    description, enum, items, prefixItems, minItems, maxItems, minimum, maximum, anyOf, oneOf, properties,
    additionalProperties, required, and the non-standard propertyOrdering).
    """
    responseModalities: NotRequired[list[Literal["MODALITY_UNSPECIFIED", "TEXT", "IMAGE", "AUDIO"]]]
    """
    The modalities the response must have, as an exact set; an empty list means text only. A combination the model does
    not support is an error.
    """
    candidateCount: NotRequired[int]
    """
    Number of response candidates to generate; 1 when unset.
    """
    maxOutputTokens: NotRequired[int]
    """
    Maximum number of tokens in a candidate; the default depends on the model.
    """
    temperature: NotRequired[float]
    """
    Randomness of the output, from 0.0 to 2.0; the default depends on the model (Google recommends keeping 1.0 for
    Gemini 3 models).
    """
    topP: NotRequired[float]
    """
    Nucleus sampling: the maximum cumulative probability of the tokens considered; the default depends on the model.
    """
    topK: NotRequired[int]
    """
    Top-k sampling: the number of most probable tokens considered. Models that use nucleus sampling only do not accept
    it.
    """
    seed: NotRequired[int]
    """
    Decoding seed; a random seed is used when unset.
    """
    presencePenalty: NotRequired[float]
    """
    Penalty on tokens already present in the response, the same whatever the number of uses; positive values widen the
    vocabulary, negative values narrow it.
    """
    frequencyPenalty: NotRequired[float]
    """
    Penalty on tokens proportional to how often they already appear in the response; large negative values make the
    model repeat itself.
    """
    responseLogprobs: NotRequired[bool]
    """
    Whether to return the log probabilities of the chosen tokens.
    """
    logprobs: NotRequired[int]
    """
    Number of top candidate tokens, with log probabilities, to return at each step; only with `responseLogprobs: true`.
    """
    enableEnhancedCivicAnswers: NotRequired[bool]
    """
    Turns on enhanced civic answers; not available for every model.
    """
    speechConfig: NotRequired[dict[str, Any]]
    """
    Speech generation options for audio output (`voiceConfig` with a prebuilt voice, `multiSpeakerVoiceConfig`,
    `languageCode`); passed through as given.
    """
    thinkingConfig: NotRequired[ThinkingConfigParam]
    imageConfig: NotRequired[dict[str, Any]]
    """
    Image generation options for models that output images (for example `aspectRatio`: 1:1, 2:3, 3:2, 3:4, 4:3, 9:16,
    16:9, 21:9); other models reject it. Passed through as given.
    """
    mediaResolution: NotRequired[
        Literal[
            "MEDIA_RESOLUTION_UNSPECIFIED", "MEDIA_RESOLUTION_LOW", "MEDIA_RESOLUTION_MEDIUM", "MEDIA_RESOLUTION_HIGH"
        ]
    ]
    """
    Resolution at which input media is tokenised (low: 64 tokens per image or frame; medium: 256; high: zoomed reframing
    with 256).
    """


class NativeToolParam(TypedDict):
    """
    One tool the model may use. Set one kind per entry: function declarations the caller executes, or a Google-run tool
    (the Google-run tools take mostly empty or small option objects, passed as given). Tool kinds not listed here pass
    through as given.
    """

    functionDeclarations: NotRequired[list[FunctionDeclarationParam]]
    """
    Functions the model may ask the caller to call.
    """
    googleSearch: NotRequired[dict[str, Any]]
    """
    Grounding with Google Search; `{}` turns it on.
    """
    googleSearchRetrieval: NotRequired[dict[str, Any]]
    """
    The older Google Search retrieval tool (dynamic retrieval options); kept for backwards compatibility, `googleSearch`
    is preferred.
    """
    codeExecution: NotRequired[dict[str, Any]]
    """
    Lets the model write and run Python code; `{}` turns it on.
    """
    urlContext: NotRequired[dict[str, Any]]
    """
    Lets the model read the URLs given in the prompt; `{}` turns it on.
    """
    fileSearch: NotRequired[dict[str, Any]]
    """
    Retrieval from File Search stores; passed as given.
    """
    googleMaps: NotRequired[dict[str, Any]]
    """
    Grounding with Google Maps; passed as given.
    """
    computerUse: NotRequired[dict[str, Any]]
    """
    Computer-use tool (environment and excluded actions); passed as given.
    """


class ToolConfigParam(TypedDict, closed=True):
    """
    Settings for the tools given in the request.
    """

    functionCallingConfig: NotRequired[FunctionCallingConfigParam]


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


class ContentParam(TypedDict):
    """
    One turn of the conversation: who produced it and its ordered parts.
    """

    role: NotRequired[str]
    """
    The producer of the turn: `user` or `model`. May be left out for a single-turn request. Known values: `user`,
    `model`.
    """
    parts: NotRequired[list[PartParam]]
    """
    The ordered parts that make up the turn; they may have different MIME types.
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
