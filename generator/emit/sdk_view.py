"""Spec -> what the SDK templates print: the package, and each endpoint (`endpoint_view`).

Type annotations come from `annotations`; the resource modules and each method's overloads are `resource_view`'s,
built on this view.

Templates only loop over these values; every identifier and annotation is computed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.emit.annotations import annotation, names_by_module
from generator.emit.endpoint_view import EndpointView, build_endpoint_view
from generator.emit.formatting import natural_key
from generator.ir import JSON, CatalogueEntry, Spec
from generator.schema_refs import referenced_closure

PACKAGE = "evolink"
REPOSITORY = "https://github.com/evolink-codegen/evolink-codegen"
"""This project's repository (a placeholder until it has a public home), the one source of the package's URLs.

It is the publisher's address, not the vendor's API, so it lives here rather than in spec/.
"""
CLIENT_CLASS = "Evolink"
"""The synchronous client's class name; the asynchronous one is `Async` + this."""
PYTHON_VERSIONS = ("3.11", "3.12", "3.13")
"""The Python versions the SDK supports, oldest first: the oldest is `requires-python`, each a classifier."""
DEPENDENCIES = (("httpx", ">=0.27,<1"), ("pydantic", ">=2.7,<3"))
"""The SDK's runtime dependencies, (name, version range): pyproject's `dependencies`, named by the docs."""


@dataclass(frozen=True)
class SdkView:
    """Everything the package templates need."""

    package: str
    version: str
    title: str
    description: str
    default_base_url: str
    fallback_base_urls: tuple[str, ...]
    api_key_env: str
    base_url_env: str
    endpoints: tuple[EndpointView, ...]
    type_names: tuple[str, ...]
    param_type_names: tuple[str, ...]
    argument_types: tuple[tuple[str, str], ...]
    """(argument, request TypedDict) for each argument of the primary endpoint whose annotation names one of
    `param_type_names`, in catalogue order: `("messages", "ChatMessageParam")`, ..."""

    client_class: str = CLIENT_CLASS
    async_client_class: str = f"Async{CLIENT_CLASS}"

    @property
    def primary(self) -> EndpointView:
        """The first endpoint api.yaml declares: the one the README's and the index's examples call."""
        return self.endpoints[0]

    @property
    def with_models(self) -> tuple[EndpointView, ...]:
        """The endpoints that take a model (so have kwargs TypedDicts and rules)."""
        return tuple(endpoint for endpoint in self.endpoints if endpoint.model_in is not None)

    @property
    def package_description(self) -> str:
        """The distribution's one-line summary (pyproject's `description`)."""
        return f"Typed Python SDK for {self.title}"

    @property
    def fallback_text(self) -> str:
        """The fallback base URLs as every page and docstring names them: comma-separated, or `no other server`."""
        return ", ".join(self.fallback_base_urls) or "no other server"

    @property
    def requires_python(self) -> str:
        """pyproject's `requires-python`: `>=` the oldest supported version."""
        return f">={PYTHON_VERSIONS[0]}"

    @property
    def python_text(self) -> str:
        """The supported versions as the docs say them: `Python 3.11+`."""
        return f"Python {PYTHON_VERSIONS[0]}+"

    @property
    def python_versions(self) -> tuple[str, ...]:
        """Every supported Python version, oldest first (pyproject's classifiers)."""
        return PYTHON_VERSIONS

    @property
    def dependency_specs(self) -> tuple[str, ...]:
        """pyproject's `dependencies`: `httpx>=0.27,<1`, ..."""
        return tuple(name + versions for name, versions in DEPENDENCIES)

    @property
    def dependency_names(self) -> tuple[str, ...]:
        """The runtime dependencies' names, as the docs list them."""
        return tuple(name for name, _ in DEPENDENCIES)

    @property
    def create_params_typing(self) -> tuple[str, ...]:
        """What `types/_create_params.py` imports from `typing`."""
        return tuple(sorted({*self.create_params_imports["typing"], "Required", "TypedDict"}))

    @property
    def project_urls(self) -> dict[str, str]:
        """The package index's links: labels PyPI shows with an icon, all under this project's repository."""
        return {
            "Homepage": REPOSITORY,
            "Documentation": f"{REPOSITORY}/tree/main/generated/docs",
            "Repository": REPOSITORY,
            "Issues": f"{REPOSITORY}/issues",
            "Changelog": f"{REPOSITORY}/blob/main/CHANGELOG.md",
        }

    @property
    def params_classes(self) -> list[str]:
        """The kwargs TypedDicts of every endpoint (one per model, and the any-model one), in `__all__` order."""
        return sorted((name for endpoint in self.endpoints for name in endpoint.params_classes), key=natural_key)

    @property
    def public_type_names(self) -> list[str]:
        """Everything `evolink.types` exports, in `__all__` order."""
        return sorted([*self.type_names, *self.param_type_names, *self.params_classes], key=natural_key)

    @property
    def create_params_imports(self) -> dict[str, tuple[str, ...]]:
        """What the kwargs TypedDicts' annotations use, by module: typing, collections.abc, request params."""
        return names_by_module(p.annotation for e in self.endpoints for m in e.models for p in m.unpacked_parameters)

    @property
    def endpoint_path_prefixes(self) -> tuple[str, ...]:
        """The endpoints' paths' leading literal segments, `/v1`, `/v1/chat`, ...: a base URL ending with one loses
        it."""
        prefixes: dict[str, None] = {}
        for endpoint in self.endpoints:
            segments = []
            for segment in (segment for segment in endpoint.path.split("/") if segment):
                if "{" in segment or ":" in segment:
                    break
                segments.append(segment)
                prefixes["/" + "/".join(segments)] = None
        return tuple(prefixes)


def request_schema_names(spec: Spec) -> list[str]:
    """The shared schemas that request parameters refer to (messages, tools, ...), in spec order."""
    roots: list[JSON] = [p.schema for endpoint in spec.api.endpoints for p in endpoint.catalogue]
    roots += [p.schema for variant in spec.variants for p in variant.parameters]
    return referenced_closure(roots, spec.api.schemas)


def response_schema_names(spec: Spec) -> list[str]:
    """The shared schemas the server sends (responses, stream chunks, error bodies), in spec order."""
    roots: list[JSON] = [
        {"$ref": name}
        for endpoint in spec.api.endpoints
        for name in (endpoint.response, endpoint.chunk, endpoint.error, *(h.response_if_true for h in endpoint.headers))
        if name is not None
    ]
    return referenced_closure(roots, spec.api.schemas)


def build_sdk_view(spec: Spec, type_names: list[str], param_type_names: list[str]) -> SdkView:
    """The view of `spec` for the package templates, given the names the generated type modules define."""
    api = spec.api
    return SdkView(
        package=PACKAGE,
        version=api.revision,
        title=api.title,
        description=api.description,
        default_base_url=api.default_server.url,
        fallback_base_urls=tuple(server.url for server in api.alternate_servers),
        api_key_env=api.auth_env,
        base_url_env=api.base_url_env,
        endpoints=tuple(build_endpoint_view(spec, endpoint) for endpoint in api.endpoints),
        type_names=tuple(sorted(type_names, key=natural_key)),
        param_type_names=tuple(sorted(param_type_names, key=natural_key)),
        argument_types=argument_types(api.endpoints[0].catalogue, api.schemas, param_type_names),
    )


def argument_types(
    catalogue: Iterable[CatalogueEntry], schemas: Mapping[str, JSON], param_type_names: Iterable[str]
) -> tuple[tuple[str, str], ...]:
    """(Python argument name, TypedDict name) of each generated request TypedDict an argument's annotation names."""
    known = set(param_type_names)
    found = (
        (parameter.python_name, name)
        for parameter in catalogue
        for name in re.findall(r"\w+", annotation(parameter, schemas))
        if name in known
    )
    return tuple(dict.fromkeys(found))
