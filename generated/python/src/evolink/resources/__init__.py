# generated from spec/ by evolink-codegen; do not edit
"""The API's resources, reached from a client: `client.chat.completions`."""

from evolink.resources.async_chat import AsyncChat, AsyncCompletions, AsyncCompletionsWithRawResponse
from evolink.resources.chat import Chat, Completions, CompletionsWithRawResponse

__all__ = [
    "AsyncChat",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "Chat",
    "Completions",
    "CompletionsWithRawResponse",
]
