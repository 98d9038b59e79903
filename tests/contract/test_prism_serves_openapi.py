"""Prism, a third-party mock server, serves generated/openapi.yaml and enforces it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support.paths import ROOT
from tests.support.prism import prism_server

AUTH = {"Authorization": "Bearer test-key"}
BODY = {"model": "gemini-3-pro-preview", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with prism_server(ROOT / "generated" / "openapi.yaml") as url:
        yield url


def test_a_conforming_request_gets_the_documented_completion(prism_url: str) -> None:
    response = httpx.post(f"{prism_url}/v1/chat/completions", json={**BODY, "top_k": 40}, headers=AUTH)
    assert response.status_code == 200
    assert response.json()["object"] == "chat.completion"


def test_a_parameter_outside_the_models_range_is_rejected(prism_url: str) -> None:
    response = httpx.post(f"{prism_url}/v1/chat/completions", json={**BODY, "temperature": 2.5}, headers=AUTH)
    assert response.status_code == 422


def test_a_parameter_the_model_does_not_take_is_rejected(prism_url: str) -> None:
    response = httpx.post(f"{prism_url}/v1/chat/completions", json={**BODY, "seed": 1}, headers=AUTH)
    assert response.status_code == 422


def test_a_request_without_the_bearer_token_is_rejected(prism_url: str) -> None:
    assert httpx.post(f"{prism_url}/v1/chat/completions", json=BODY).status_code == 401


def test_the_stream_example_is_served_as_server_sent_events(prism_url: str) -> None:
    headers = {**AUTH, "Accept": "text/event-stream"}
    response = httpx.post(f"{prism_url}/v1/chat/completions", json={**BODY, "stream": True}, headers=headers)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    assert response.text.endswith("data: [DONE]\n\n")
