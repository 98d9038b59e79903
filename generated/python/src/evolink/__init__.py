# generated from spec/ by evolink-codegen; do not edit
"""Evolink Gemini Chat Completions: the typed Python SDK.

Evolink serves Google's Gemini models through an OpenAI-compatible chat completions endpoint. Each model accepts its own
set of parameters with its own ranges; this spec records them per model.
"""

from evolink import types
from evolink._version import __version__

__all__ = ["__version__", "types"]
