"""Spec -> the code examples the docs and the package README print: the model each calls, and its keyword
arguments as Python source, with values the spec says the model accepts (its examples, defaults, enums, ranges).

A maintainer who changes spec/ never edits an example: a new range, a renamed argument or another model moves
the examples with it. Templates only lay the argument lines out (`templates/_macros/examples.jinja`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from generator.escaping import py_str, py_value
from generator.ir import JSON, ModelVariant, Parameter, TypeNames

EXAMPLE_PREFERENCE = ("temperature", "max_completion_tokens", "max_tokens", "top_k", "reasoning_effort")
"""Parameters shown in a model's examples, in this order of preference, at most three."""
PROMPT = "Please introduce yourself"
"""What a model page's examples ask."""
NEWER_MODEL = "a-model-newer-than-this-sdk"
"""The id the README's example of a model the SDK does not know sends."""


def valid_value(parameter: Parameter) -> JSON:
    """A value `parameter` accepts on its model: the spec's example, else its default, first enum value, minimum
    or maximum, the first of them inside the model's range and enum; None when the spec gives none."""
    candidates = (parameter.example, parameter.default, *(parameter.enum or ()), parameter.minimum, parameter.maximum)
    return next((value for value in candidates if value is not None and accepts(parameter, value)), None)


def accepts(parameter: Parameter, value: JSON) -> bool:
    """True when `value` is inside `parameter`'s enum and range (the checks the SDK makes for a known model)."""
    if parameter.enum is not None and value not in parameter.enum:
        return False
    if isinstance(value, bool) or not isinstance(value, int | float):
        return True
    low, high = parameter.minimum, parameter.maximum
    return (low is None or value >= low) and (high is None or value <= high)


def messages_argument(prompt: str, *, key: bool = False) -> str:
    """`messages=[...]` (or `"messages": [...]` for a TypedDict) with one user message asking `prompt`."""
    value = py_value([{"role": "user", "content": prompt}])
    return f'"messages": {value}' if key else f"messages={value}"


def scalar_examples(model: ModelVariant) -> tuple[Parameter, ...]:
    """Up to three scalar parameters of `model` with a valid value, in `EXAMPLE_PREFERENCE` order (never both
    token limits)."""
    chosen: list[Parameter] = []
    for name in EXAMPLE_PREFERENCE:
        parameter = model.parameter(name)
        if parameter is None or not isinstance(valid_value(parameter), str | int | float) or len(chosen) == 3:
            continue
        if name == "max_tokens" and any(p.name == "max_completion_tokens" for p in chosen):
            continue
        chosen.append(parameter)
    return tuple(chosen)


def argument(parameter: Parameter) -> str:
    """`python_name=<valid value>` as Python source."""
    return f"{parameter.python_name}={py_value(valid_value(parameter))}"


@dataclass(frozen=True)
class ModelExamples:
    """What a model page's examples send: each call's keyword arguments as Python source, and the curl body."""

    params: tuple[tuple[str, str, JSON], ...]
    """(wire name, Python name, value) of the parameters the examples send beyond `model` and `messages`."""
    call_args: tuple[str, ...]
    """The keyword arguments of the example call, as Python source: `model="..."`, `messages=[...]`, ..."""
    tools_call: tuple[str, ...]
    """`model=` and `messages=` of the function calling example; empty when the model takes no `tools`."""
    json_mode_call: tuple[str, ...]
    """`model=`, `messages=` and `response_format=` of the JSON mode example; empty without JSON mode."""
    curl_body: str

    @property
    def tools(self) -> bool:
        """True when the model takes `tools`."""
        return bool(self.tools_call)

    @property
    def json_mode(self) -> bool:
        """True when the model takes `response_format` and the spec gives a value for it."""
        return bool(self.json_mode_call)


def model_examples(model: ModelVariant) -> ModelExamples:
    """Up to three documented scalar parameters with valid values; the tools and JSON mode calls where they apply."""
    scalars = scalar_examples(model)
    chosen = tuple((p.name, p.python_name, valid_value(p)) for p in scalars)
    body: dict[str, JSON] = {"model": model.id, "messages": [{"role": "user", "content": PROMPT}]}
    body.update({wire: example for wire, _, example in chosen})
    json_format = json_mode_argument(model)
    return ModelExamples(
        params=chosen,
        call_args=(*call(model.id, PROMPT), *(argument(p) for p in scalars)),
        tools_call=call(model.id, "What is the weather in Paris?") if model.parameter("tools") is not None else (),
        json_mode_call=(*call(model.id, "List three colours as a JSON object."), json_format) if json_format else (),
        curl_body=json.dumps(body, ensure_ascii=False, indent=2),
    )


def json_mode_argument(model: ModelVariant) -> str:
    """`response_format=<the spec's example>` when `model` takes it and the spec gives a valid value, else empty."""
    parameter = model.parameter("response_format")
    if parameter is None or not isinstance(valid_value(parameter), dict):
        return ""
    return argument(parameter)


@dataclass(frozen=True)
class OutOfRange:
    """A call argument just past a model's maximum, for the example of `InvalidParameterError`."""

    argument: str
    """Python source: `temperature=3.5`."""
    accepted: str
    """The range in Python terms: `0 <= temperature <= 2`."""


def out_of_range_example(model: ModelVariant) -> OutOfRange | None:
    """The first example parameter with a maximum, set past it; None when none has one."""
    for name in EXAMPLE_PREFERENCE:
        parameter = model.parameter(name)
        if parameter is None or parameter.maximum is None:
            continue
        step = 1.5 if "number" in parameter.json_types else 1
        low = f"{number_text(parameter.minimum)} <= " if parameter.minimum is not None else ""
        accepted = f"{low}{parameter.python_name} <= {number_text(parameter.maximum)}"
        return OutOfRange(f"{parameter.python_name}={py_value(parameter.maximum + step)}", accepted)
    return None


def number_text(value: float) -> str:
    """`2` for 2.0, `0.5` for 0.5."""
    return str(int(value)) if float(value).is_integer() else str(value)


@dataclass(frozen=True)
class ExampleModel:
    """The model a page's general examples call, chosen from the spec, and what those examples print of it."""

    id: str
    params_class: str
    """Its kwargs TypedDict, `<ClassStem>Params`."""
    out_of_range: OutOfRange | None
    renamed: tuple[tuple[str, str], ...]
    """(wire name, Python name) of its parameters whose Python name differs."""
    streams: bool
    """True when it takes `stream`."""

    def call(self, prompt: str) -> tuple[str, ...]:
        """The keyword arguments of a call of this model asking `prompt`: `model=...`, `messages=[...]`."""
        return call(self.id, prompt)


def call(model_id: str, prompt: str) -> tuple[str, ...]:
    """`model=...` and `messages=[...]` of a call of `model_id` asking `prompt`, as Python source."""
    return (f"model={py_str(model_id)}", messages_argument(prompt))


def example_model(model: ModelVariant, type_names: TypeNames) -> ExampleModel:
    """What the general examples print of `model` (its endpoint names its types `type_names`)."""
    renamed = tuple((p.name, p.python_name) for p in model.parameters if p.aliased)
    streams = model.parameter("stream") is not None
    params_class = type_names.params_for(model.class_stem)
    return ExampleModel(model.id, params_class, out_of_range_example(model), renamed, streams)


def first_taking(models: Sequence[ModelVariant], name: str) -> ModelVariant:
    """The first model that takes `name` (the first model when none does)."""
    return next((model for model in models if model.parameter(name) is not None), models[0])


def every_model_parameters(models: Sequence[ModelVariant]) -> Iterable[Parameter]:
    """The first model's parameters that every model takes, in its order."""
    return (p for p in models[0].parameters if all(m.parameter(p.name) is not None for m in models))


def mistyped_argument(parameter: Parameter) -> str:
    """`name=<a value of a type the parameter never takes>` as Python source (for the type check of any model)."""
    wrong = '"hot"' if "string" not in parameter.json_types else "[]"
    return f"{parameter.python_name}={wrong}"


@dataclass(frozen=True)
class ReadmeExamples:
    """What the package README's examples call and send, each call's keyword arguments as Python source."""

    model: ExampleModel
    quick_start: tuple[str, ...]
    """`model=`, `messages=` and one scalar parameter the model documents."""
    typed_dict: tuple[str, ...]
    """The entries of the kwargs TypedDict example: `"messages": [...]`, then JSON mode and a scalar when taken."""
    newer_model_id: str
    """The id of a model the SDK does not know."""
    newer_model: tuple[str, ...]
    """`messages=` and a parameter every known model takes, for a call of that model."""
    mistyped: str
    """That parameter with a value of the wrong type (it raises even for an unknown model); empty without one."""
    renamed: tuple[tuple[str, str], ...]
    """(argument as Python source, wire name) of the model's renamed parameters the spec gives a value for."""
    required: tuple[str, ...]
    """The arguments every model requires, `model` first."""
    not_everywhere: str
    """The first argument some models take and others do not; empty when every model takes the same."""


def readme_model(models: Sequence[ModelVariant]) -> ModelVariant:
    """The README's model: the first that streams (if any does) and documents the most parameters with a value."""

    def score(model: ModelVariant) -> tuple[bool, int]:
        documented = sum(1 for p in model.parameters if not p.inferred and valid_value(p) is not None)
        return model.parameter("stream") is not None, documented

    return max(models, key=score)  # the first of the best, in spec order


def readme_examples(models: Sequence[ModelVariant], type_names: TypeNames) -> ReadmeExamples:
    """The README's examples for the spec's `models` (of an endpoint naming its types `type_names`)."""
    model = readme_model(models)
    scalars = scalar_examples(model)
    json_mode = json_mode_argument(model)
    entries = [messages_argument("Reply in JSON" if json_mode else "Reply in one sentence", key=True)]
    entries += [_entry(json_mode)] if json_mode else []
    entries += [_entry(argument(scalars[0]))] if scalars else []
    shared = {p.name for p in every_model_parameters(models)}
    newer = next((p for p in scalar_examples(models[0]) if p.name in shared), None)
    renamed = tuple((argument(p), p.name) for p in model.parameters if p.aliased and valid_value(p) is not None)
    required = [p.python_name for p in every_model_parameters(models) if all(_requires(m, p.name) for m in models)]
    return ReadmeExamples(
        model=example_model(model, type_names),
        quick_start=(*call(model.id, PROMPT), *(argument(p) for p in scalars[:1])),
        typed_dict=tuple(entries),
        newer_model_id=NEWER_MODEL,
        newer_model=(messages_argument("hi"), *((argument(newer),) if newer else ())),
        mistyped=mistyped_argument(newer) if newer else "",
        renamed=renamed,
        required=("model", *required),
        not_everywhere=next((p.python_name for p in _all_parameters(models) if p.name not in shared), ""),
    )


def _entry(argument_source: str) -> str:
    """`name=value` as a TypedDict entry, `"name": value`."""
    name, value = argument_source.split("=", 1)
    return f"{py_str(name)}: {value}"


def _requires(model: ModelVariant, name: str) -> bool:
    parameter = model.parameter(name)
    return parameter is not None and parameter.required


def _all_parameters(models: Sequence[ModelVariant]) -> Iterable[Parameter]:
    """Every parameter some model takes, once, in first-seen order."""
    return {p.name: p for model in models for p in model.parameters}.values()
