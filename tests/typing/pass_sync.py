"""Calls that must type-check: documented parameters, streaming, raw responses, typed messages."""

from __future__ import annotations

from evolink import Evolink, Stream
from evolink.types import ChatCompletion, ChatCompletionChunk, ChatMessageParam, Gemini3ProPreviewParams


def plain(client: Evolink) -> str | None:
    completion: ChatCompletion = client.chat.completions.create(
        model="gemini-2.5-flash-lite",
        messages=[{"role": "user", "content": "hi"}],
        temperature=0.2,
        max_completion_tokens=None,
        reasoning_effort="none",
        stop=["\n\n"],
        tool_choice="auto",
        tools=[{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}],
        response_format={"type": "json_object"},
        gemini_extensions={"google": {"thinking_config": {"thinking_budget": 0}}},
        extra_headers={"x-trace": "1"},
        timeout=30.0,
    )
    usage = completion.usage
    if usage is not None and usage.completion_tokens_details is not None:
        print(usage.completion_tokens_details.reasoning_tokens)
    return completion.choices[0].message.content


def top_k_on_a_model_that_documents_it(client: Evolink) -> ChatCompletion:
    return client.chat.completions.create(
        model="gemini-3-pro-preview", messages=[{"role": "user", "content": "hi"}], top_k=40
    )


def inherited_parameters_on_a_quick_chat_model(client: Evolink) -> ChatCompletion:
    return client.chat.completions.create(
        model="gemini-2.5-flash", messages=[{"role": "user", "content": "hi"}], seed=7
    )


def streaming(client: Evolink) -> str:
    stream: Stream[ChatCompletionChunk] = client.chat.completions.create(
        model="gemini-3.1-pro-preview", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    parts: list[str] = []
    with stream:
        for chunk in stream:
            parts.append(chunk.choices[0].delta.content or "")
    return "".join(parts)


def stream_flag_from_a_variable(client: Evolink, flag: bool) -> ChatCompletion | Stream[ChatCompletionChunk]:
    return client.chat.completions.create(
        model="gemini-2.5-flash-lite", messages=[{"role": "user", "content": "x"}], stream=flag
    )


def multimodal_and_tool_messages(client: Evolink) -> None:
    messages: list[ChatMessageParam] = [
        {"role": "system", "content": "Be brief."},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": "https://x/y.png"}},
            ],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}],
        },
        {"role": "tool", "content": "42", "tool_call_id": "c1"},
    ]
    client.chat.completions.create(model="gemini-2.5-flash-lite", messages=messages)


def params_as_a_typed_dict(client: Evolink) -> None:
    params: Gemini3ProPreviewParams = {"messages": [{"role": "user", "content": "hi"}], "top_k": 3}
    client.chat.completions.create(model="gemini-3-pro-preview", **params)


def raw_response(client: Evolink) -> int:
    raw = client.chat.completions.with_raw_response.create(
        model="gemini-2.5-flash-lite", messages=[{"role": "user", "content": "hi"}]
    )
    remaining: str | None = raw.headers.get("x-ratelimit-remaining-requests")
    completion: ChatCompletion = raw.parse()
    print(remaining, raw.request_id, completion.id)
    return raw.status_code


def options(client: Evolink) -> Evolink:
    return client.with_options(max_retries=5, timeout=10.0)
