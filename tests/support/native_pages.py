"""Native-api pages built in tests, in the layout of the vendor's `.md` twins (tests/ingest/pages/native)."""

from __future__ import annotations


def nested_page(model: str, temperature_max: float, budget_max: int) -> str:
    """A `.md` twin of a native page whose OpenAPI document shows generationConfig's fields."""
    return f"""# Native API

````yaml /en/x.json POST /v1beta/models/{model}:generateContent
openapi: 3.1.0
info: {{title: t, version: 1.0.0}}
servers:
  - url: https://direct.evolink.ai
paths:
  /v1beta/models/{model}:generateContent:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [contents]
              properties:
                contents:
                  type: array
                  minItems: 1
                  items: {{type: object}}
                generationConfig:
                  $ref: '#/components/schemas/GenerationConfig'
components:
  schemas:
    GenerationConfig:
      type: object
      properties:
        temperature: {{type: number, minimum: 0, maximum: {temperature_max}}}
        thinkingConfig:
          type: object
          properties:
            thinkingBudget: {{type: integer, minimum: 0, maximum: {budget_max}}}
        madeUp: {{type: string}}
````
"""
