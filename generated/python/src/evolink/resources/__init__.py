# generated from spec/ by evolink-codegen; do not edit
"""The API's resources, reached from a client: `client.chat`, `client.models`, `client.tasks`."""

from evolink.resources.async_chat import (
    AsyncChat,
    AsyncCompletions,
    AsyncCompletionsWithRawResponse,
    AsyncCompletionsWithStreamingResponse,
)
from evolink.resources.async_models import (
    AsyncModels,
    AsyncModelsWithRawResponse,
    AsyncModelsWithStreamingResponse,
)
from evolink.resources.async_tasks import (
    AsyncTasks,
    AsyncTasksWithRawResponse,
    AsyncTasksWithStreamingResponse,
)
from evolink.resources.chat import (
    Chat,
    Completions,
    CompletionsWithRawResponse,
    CompletionsWithStreamingResponse,
)
from evolink.resources.models import (
    Models,
    ModelsWithRawResponse,
    ModelsWithStreamingResponse,
)
from evolink.resources.tasks import (
    Tasks,
    TasksWithRawResponse,
    TasksWithStreamingResponse,
)

__all__ = [
    "AsyncChat",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "AsyncTasks",
    "AsyncTasksWithRawResponse",
    "AsyncTasksWithStreamingResponse",
    "Chat",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "Tasks",
    "TasksWithRawResponse",
    "TasksWithStreamingResponse",
]
