"""generator.emit.formatting: generated Python laid out as `make lint` wants it, and names sorted as ruff sorts them."""

from __future__ import annotations

import pytest
from black.parsing import InvalidInput

from generator.emit.formatting import LINE_LENGTH, format_python, natural_key, wrap_docstrings

MESSY = """\
import pydantic
from typing import Any
import json
from evolink._types import NOT_GIVEN
def f(a,b = 1) :
    '''Short.'''
    return {'a':a,'b':b}
"""


def test_format_python_sorts_imports_in_sections_and_applies_black() -> None:
    assert format_python(MESSY) == (
        "import json\n"
        "from typing import Any\n"
        "\n"
        "import pydantic\n"
        "\n"
        "from evolink._types import NOT_GIVEN\n"
        "\n"
        "\n"
        "def f(a, b=1):\n"
        '    """Short."""\n'
        '    return {"a": a, "b": b}\n'
    )


def test_format_python_is_stable() -> None:
    once = format_python(MESSY)
    assert format_python(once) == once


def test_format_python_raises_on_invalid_python() -> None:
    with pytest.raises(InvalidInput):
        format_python("def f(:\n")


def test_a_long_docstring_line_is_wrapped_at_the_line_length_keeping_its_indentation() -> None:
    words = " ".join(f"word{n}" for n in range(40))
    source = f'class C:\n    """{words}\n\n    Second paragraph.\n    """\n'
    wrapped = wrap_docstrings(source)
    lines = wrapped.splitlines()
    assert all(len(line) <= LINE_LENGTH for line in lines)
    assert lines[1].startswith('    """word0 ') and all(line.startswith("    ") for line in lines[1:] if line)
    assert " ".join(wrapped.split()) == " ".join(source.split()), "only whitespace changes"
    assert "\n\n    Second paragraph.\n" in wrapped


def test_short_docstrings_strings_and_comments_are_left_alone() -> None:
    long = "x" * (LINE_LENGTH + 10)
    source = (
        f'"""Module."""\n\nVALUE = """{long}"""\n# {long}\n\n\ndef f() -> str:\n    """Short."""\n    return "{long}"\n'
    )
    assert wrap_docstrings(source) == source


def test_an_attribute_docstring_after_an_assignment_is_wrapped_too() -> None:
    words = " ".join(f"w{n}" for n in range(60))
    source = f'X = 1\n"""{words}"""\n'
    assert all(len(line) <= 40 for line in wrap_docstrings(source, width=40).splitlines())


def test_a_word_longer_than_the_line_is_not_broken() -> None:
    word = "u" * 50
    assert word in wrap_docstrings(f'"""{word} and more words here"""\n', width=20)


@pytest.mark.parametrize(
    ("names", "ordered"),
    [
        (["Gemini25", "Gemini3", "Gemini10"], ["Gemini3", "Gemini10", "Gemini25"]),
        (["a2b10", "a2b9", "a10b1"], ["a2b9", "a2b10", "a10b1"]),
        (["B", "a", "A1", "A"], ["A", "A1", "B", "a"]),
    ],
)
def test_natural_key_orders_embedded_numbers_by_value(names: list[str], ordered: list[str]) -> None:
    assert sorted(names, key=natural_key) == ordered


def test_natural_key_splits_a_name_into_words_and_numbers() -> None:
    assert natural_key("Gemini25Flash") == ("Gemini", 25, "Flash")
    assert natural_key("7up") == ("", 7, "up")
