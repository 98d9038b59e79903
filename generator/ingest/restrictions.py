"""Sentences that restrict one of a page's models: "deepseek-reasoner does not support temperature, top_p".

A sentence is a candidate when it names one of the page's model ids and one or more parameters (the page's
optional parameters, and the catalogue's names the caller knows: a page cut short may restrict parameters
it never reached), as whole words; ids and parameter names are not translated, so this works in every
language. A run of letters that is several names run together (`temperaturetop_ptools`, as some rendered
pages lose the separators between code spans) names each of them.
Every candidate is reported. It *applies* (sync --write leaves the parameters out of that model) only
when it names exactly one of the ids and says, in one of the phrasings below, that the model does not
support them; a sentence that says anything else about an id and a parameter is only reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from generator.ingest.page import PageParameter, Restriction

NOT_SUPPORTED: dict[str, tuple[str, ...]] = {
    "en": (
        r"\b(?:does|do|is|are)\s*(?:not|n't)\s+(?:support(?:ed)?|accept(?:ed)?|available)\b",
        r"\bnot\s+supported\b",
        r"\bunsupported\b",
        r"\bno\s+support\s+for\b",
    ),
    "zh": (r"不支持", r"不支援"),
    "ja": (r"サポートしていません", r"サポートされていません", r"サポートされません", r"非対応", r"対応していません"),
    "ko": (r"지원하지\s*않", r"지원되지\s*않", r"미지원"),
    "de": (r"\bnicht\s+unterstützt", r"\bunterstützt\b[^.;]*\bnicht\b", r"\bunterstützt\s+kein"),
    "fr": (
        r"\bne\s+(?:prend|prennent)\s+pas\s+en\s+charge\b",
        r"\bne\s+supporte(?:nt)?\s+pas\b",
        r"\bpas\s+pris\s+en\s+charge",
    ),
    "es": (
        r"\bno\s+(?:admite|admiten|soporta|soportan)\b",
        r"\bno\s+(?:es|son)\s+compatibles?\b",
        r"\bno\s+se\s+admiten?\b",
        r"\bno\s+(?:está|están)\s+soportad[oa]s?\b",
    ),
}
"""How each language the reader knows says "does not support", as regular expressions (case-insensitive)."""
_NOT_SUPPORTED = re.compile("|".join(p for patterns in NOT_SUPPORTED.values() for p in patterns), re.IGNORECASE)
_SENTENCE_END = re.compile("(?<=[.!?])\\s+|(?<=[\u3002\uff01\uff1f])")  # and the CJK full stop, ! and ?
_WORD = "A-Za-z0-9_"
"""Identifier characters: ASCII only, so `deepseek-reasonerは` still names `deepseek-reasoner`."""
_RUN = re.compile(f"(?<![{_WORD}.\\-/])[{_WORD}]+(?![{_WORD}\\-/]|\\.[{_WORD}])")
_LONGEST = 1000
"""Longer "sentences" are run-on text (a table, a code sample), not prose."""


def sentences(text: str) -> list[str]:
    """`text` split into sentences (at `.`, `!`, `?` before white space, and at CJK full stops)."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]


def find_restrictions(
    prose: Iterable[tuple[int | None, str]],
    models: Sequence[str],
    parameters: Sequence[PageParameter],
    known: Iterable[str] = (),
) -> tuple[Restriction, ...]:
    """Every sentence of `prose` ((line, text) pairs) that names a model id and a parameter, once each."""
    required = {p.name for p in parameters if p.required} | {"model"}
    names = {name for name in (*(p.name for p in parameters), *known) if name not in required and len(name) > 1}
    id_patterns = {model_id: _word(model_id) for model_id in models}
    found: dict[str, Restriction] = {}
    for line, text in prose:
        for sentence in sentences(text):
            if sentence in found or len(sentence) > _LONGEST:
                continue
            named_ids = tuple(model_id for model_id, pattern in id_patterns.items() if pattern.search(sentence))
            named = _names_in(sentence, names) if named_ids else ()
            if named_ids and named:
                applies = len(named_ids) == 1 and _NOT_SUPPORTED.search(sentence) is not None
                found[sentence] = Restriction(line, sentence, named_ids, named, applies)
    return tuple(found.values())


def _names_in(sentence: str, names: set[str]) -> tuple[str, ...]:
    """The names `sentence` mentions, in order: each identifier run that is a name, or several run together."""
    found: dict[str, None] = {}
    for run in _RUN.findall(sentence):
        found.update(dict.fromkeys(_tiling(run, names)))
    return tuple(found)


def _tiling(run: str, names: set[str]) -> list[str]:
    """`run` as a sequence of `names` (`temperaturetop_p` -> temperature, top_p), or [] when it is not one."""
    if run in names:
        return [run]
    ways: list[list[str] | None] = [[], *([None] * len(run))]  # ways[i]: a tiling of run[:i]
    for end in range(1, len(run) + 1):
        for start in range(end):
            before = ways[start]
            if before is not None and run[start:end] in names:
                ways[end] = [*before, run[start:end]]
                break
    return ways[-1] or []


def _word(token: str) -> re.Pattern[str]:
    """`token` as a whole word: not inside a longer id or name (`gpt-5.1` does not match `gpt-5.1-chat`)."""
    return re.compile(f"(?<![{_WORD}.\\-/]){re.escape(token)}(?![{_WORD}\\-/]|\\.[{_WORD}])")
