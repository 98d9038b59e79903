# generated from spec/ by evolink-codegen; do not edit
"""The API's resources, reached from a client: `client.chat.completions`."""

from evolink.resources.async_chat import (
    AsyncChat,
    AsyncCompletions,
    AsyncCompletionsWithRawResponse,
    AsyncCompletionsWithStreamingResponse,
)
from evolink.resources.chat import Chat, Completions, CompletionsWithRawResponse, CompletionsWithStreamingResponse

__all__ = [
    "AsyncChat",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "Chat",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
]
