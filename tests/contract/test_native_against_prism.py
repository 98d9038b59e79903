"""`client.models.generate_content` and `client.tasks` against Prism serving generated/openapi.yaml.

Prism rejects a request that does not conform to the document (422; 401 without the bearer token) and answers its
examples, so every endpoint's SDK method and its OpenAPI path check each other. The endpoints, models and examples
come from the loaded spec and the document, never from their text.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from evolink import Evolink, UnprocessableEntityError
from evolink.types import ContentParam

from generator.ir import Endpoint
from generator.json_values import members
from tests.support.openapi_params import load_document
from tests.support.paths import ROOT
from tests.support.prism import PRISM_API_KEY
from tests.support.specs import load

API_KEY = PRISM_API_KEY


SPEC = load(ROOT / "spec")
NATIVE = next(endpoint for endpoint in SPEC.api.endpoints if endpoint.sdk.dotted == "models.generate_content")
TASKS = next(endpoint for endpoint in SPEC.api.endpoints if endpoint.sdk.dotted == "tasks.retrieve")
MODELS = [variant.id for variant in SPEC.variants_of(NATIVE)]
SWITCH = next(header for header in NATIVE.headers if header.response_if_true is not None)
CONTENTS: list[ContentParam] = [{"role": "user", "parts": [{"text": "Say hello"}]}]


def _dumped(model: Any) -> Any:
    return model.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _operation(path: str, endpoint: Endpoint) -> dict[str, Any]:
    operation: dict[str, Any] = load_document()["paths"][path][endpoint.method]
    return operation


@pytest.mark.parametrize("model", MODELS)
def test_every_model_generates_the_documents_example(client: Evolink, model: str) -> None:
    example = NATIVE.entry("generationConfig")
    arguments = {"generation_config": example.example} if example is not None and example.example else {}
    generate: Any = client.models.generate_content  # Any: the keywords are picked at run time from the spec
    response = generate(model=model, contents=CONTENTS, **arguments)
    assert _dumped(response) == NATIVE.examples["response"]
    assert response.candidates and response.usage_metadata is not None


@pytest.mark.parametrize("model", MODELS)
def test_every_model_streams_the_documents_example(client: Evolink, model: str) -> None:
    with client.models.generate_content(model=model, contents=CONTENTS, stream=True) as stream:
        assert stream.response.request.url.params["alt"] == "sse"
        chunks = [_dumped(chunk) for chunk in stream]
    assert chunks == list(members(NATIVE.examples["stream"]))


def test_async_mode_sends_the_header_the_document_declares(client: Evolink) -> None:
    generate: Any = client.models.generate_content  # Any: the header's argument name comes from the spec
    task = generate(
        model=MODELS[0],
        contents=CONTENTS,
        extra_headers={"Prefer": f"example={SWITCH.python_name}"},
        **{SWITCH.python_name: True},
    )
    assert _dumped(task) == NATIVE.examples["switched"]
    parameters = _operation(NATIVE.path, NATIVE)["parameters"]
    assert {"name": SWITCH.name, "in": "header"}.items() <= next(p for p in parameters if p["in"] == "header").items()


def test_prism_refuses_a_body_the_sdk_would_refuse(prism_url: str) -> None:
    path = NATIVE.path.replace("{model}", MODELS[0])
    headers = {"Authorization": f"Bearer {API_KEY}"}
    refused = httpx.post(prism_url + path, json={"contents": []}, headers=headers, timeout=30)
    assert refused.status_code == 422
    accepted = httpx.post(prism_url + path, json={"contents": CONTENTS}, headers=headers, timeout=30)
    assert accepted.status_code == 200


def test_a_task_is_retrieved_and_waited_for(client: Evolink) -> None:
    task_id = str(TASKS.examples["response"]["id"])  # type: ignore[index,call-overload]
    task = client.tasks.retrieve(task_id)
    assert _dumped(task) == TASKS.examples["response"]
    assert TASKS.polling is not None and task.status in TASKS.polling.succeeded
    assert client.tasks.wait(task_id, interval=0.01).id == task_id


def test_an_unknown_parameter_sent_through_extra_body_is_refused(client: Evolink) -> None:
    with pytest.raises(UnprocessableEntityError):
        client.models.generate_content(model=MODELS[0], contents=CONTENTS, extra_body={"notAField": 1})
