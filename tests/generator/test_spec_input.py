"""What a spec file can be before it is data: empty, mis-encoded, bad YAML, misnamed, huge. One located error each.

Each case is the message a user sees, as a snapshot: where, what, and what to do about it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from generator.load.loader import load_spec
from generator.load.yaml_source import MAX_FILE_BYTES
from tests.support.files import edit, replaced
from tests.support.specs import messages

MODEL_SHAPE = "a mapping with the keys id, title, summary, server, endpoints (README.md, 'Add a model', shows one)"


@pytest.mark.parametrize(
    ("file", "text", "expected"),
    [
        pytest.param(
            "models/alpha.yaml",
            "",
            f"spec/models/alpha.yaml:1: /: the file is empty; it must hold {MODEL_SHAPE}",
            id="empty",
        ),
        pytest.param(
            "models/alpha.yaml",
            "# TODO: write the model\n",
            f"spec/models/alpha.yaml:1: /: the file is empty; it must hold {MODEL_SHAPE}",
            id="only-a-comment",
        ),
        pytest.param(
            "models/alpha.yaml",
            "- id: alpha\n",
            f"spec/models/alpha.yaml:1: /: the file holds a list; it must hold {MODEL_SHAPE}",
            id="a-list-instead-of-a-mapping",
        ),
        pytest.param(
            "changelog.yaml",
            "",
            "spec/changelog.yaml:1: /: the file is empty; it must hold a list of entries, each with version, changes"
            " (`make changelog` writes it; or delete the file)",
            id="empty-changelog",
        ),
    ],
)
def test_an_empty_file_says_what_it_must_hold(minimal_spec: Path, file: str, text: str, expected: str) -> None:
    (minimal_spec / file).write_text(text, encoding="utf-8")
    assert messages(minimal_spec) == [expected]


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        pytest.param(
            "models/beta.yaml",
            "    maximum: 1.5",
            "    maximim: 1.5",
            "spec/models/beta.yaml:11: /parameters/temperature/maximim: unknown key 'maximim' (did you mean"
            " 'maximum'?); the keys allowed here are description, minimum, maximum, enum, schema, default, example",
            id="override-key",
        ),
        pytest.param(
            "api.yaml",
            "    default: low",
            "    Default: low",
            "spec/api.yaml:50: /parameters/reasoning_effort/Default: unknown key 'Default' (did you mean 'default'?);"
            " the keys allowed here are description, schema, python_name, required, minimum, maximum, enum, default,"
            " example",
            id="catalogue-key-in-the-wrong-case",
        ),
        pytest.param(
            "models/alpha.yaml",
            "  temperature: {}",
            "  temperature: {description: Low, warm values}",
            "spec/models/alpha.yaml:9: /parameters/temperature/warm values: unknown key 'warm values'; the keys"
            " allowed here are description, minimum, maximum, enum, schema, default, example (in a {...} mapping a"
            " comma ends a value: quote a value that contains a comma)",
            id="comma-in-a-flow-mapping",
        ),
        pytest.param(
            "api.yaml",
            "    schema: {type: number}",
            "    schema: {type: numbr}",
            "spec/api.yaml:42: /parameters/temperature/schema/type: 'numbr' is not one of ['array', 'boolean',"
            " 'integer', 'null', 'number', 'object', 'string'] (did you mean 'number'?)",
            id="schema-type",
        ),
        pytest.param(
            "api.yaml",
            "      content: {type: string}",
            "      content: {type: string, pattern: '[a-'}",
            "spec/api.yaml:61: /schemas/Message/properties/content/pattern: '[a-' is not a 'regex'",
            id="schema-pattern-is-not-a-regex",
        ),
    ],
)
def test_a_misspelt_key_or_keyword_value_suggests_the_closest(
    minimal_spec: Path, file: str, old: str, new: str, expected: str
) -> None:
    edit(minimal_spec / file, old, new)
    assert messages(minimal_spec) == [expected]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "  messages: {}",
            "\tmessages: {}",
            "spec/models/alpha.yaml:8: /: invalid YAML at column 1: found character '\\t' that cannot start any token;"
            " indent with spaces: YAML does not allow tabs in indentation",
            id="tab-indentation",
        ),
        pytest.param(
            "title: Alpha",
            "title: Alpha: the fast one",
            "spec/models/alpha.yaml:2: /: invalid YAML at column 13: mapping values are not allowed here; quote a value"
            " that contains ': ' (title: \"A: B\"), or indent the line",
            id="colon-in-a-plain-value",
        ),
        pytest.param(
            "  temperature: {}",
            "  temperature: {enum: [a, #b]}",
            "spec/models/alpha.yaml:11: /: invalid YAML at column 3: expected ',' or ']', but got '<scalar>' (while"
            " parsing a flow sequence on line 9); inside [...] and {...} a comma separates entries and every bracket"
            " must be closed: quote a value that holds a comma, a colon or a bracket, and remember that ' #' starts a"
            " comment that hides the rest of the line",
            id="hash-in-a-flow-sequence",
        ),
        pytest.param(
            "  temperature: {}",
            "  temperature: {maximum: 1",
            "spec/models/alpha.yaml:10: /: invalid YAML at column 19: expected ',' or '}', but got ':' (while parsing a"
            " flow mapping on line 9); inside [...] and {...} a comma separates entries and every bracket must be"
            " closed: quote a value that holds a comma, a colon or a bracket, and remember that ' #' starts a comment"
            " that hides the rest of the line",
            id="unclosed-brace",
        ),
        pytest.param(
            "summary: The full page.",
            "summary: 'The full page.",
            "spec/models/alpha.yaml:12: /: invalid YAML at column 1: found unexpected end of stream (while scanning a"
            " quoted scalar on line 3); a quote is not closed: end the value with the quote it starts with",
            id="unclosed-quote",
        ),
        pytest.param(
            "id: alpha",
            "id: alpha\n---\nid: again",
            "spec/models/alpha.yaml:2: /: invalid YAML at column 1: but found another document (expected a single"
            " document in the stream on line 1); a spec file holds one YAML document: remove the `---` line and what"
            " follows it",
            id="two-documents",
        ),
        pytest.param(
            "server: direct",
            "server: direct\n1: one",
            "spec/models/alpha.yaml:5: /1: the key 1 is read as a number, not text; quote it: '1':",
            id="number-as-a-key",
        ),
        pytest.param(
            "title: Alpha",
            "title: 2025-01-31",
            "spec/models/alpha.yaml:2: /title: 2025-01-31 is read as a date; quote it if it is text (the spec holds"
            " JSON values only)",
            id="date-as-a-value",
        ),
    ],
)
def test_invalid_yaml_comes_with_a_hint(minimal_spec: Path, old: str, new: str, expected: str) -> None:
    edit(minimal_spec / "models/alpha.yaml", old, new)
    assert messages(minimal_spec) == [expected]


CUT = (
    "YAML reads ' #' and the rest of the line as a comment; quote the whole text, or move the comment to a line"
    " of its own"
)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            "title: Alpha\n",
            "title: Alpha  # the #1 model\n",
            f"spec/models/alpha.yaml:2: /title: the text stops before '# the #1 model': {CUT}",
            id="title",
        ),
        pytest.param(
            "summary: The full page.\n",
            "summary: The full\n  page, C # sharp\n",
            f"spec/models/alpha.yaml:4: /summary: the text stops before '# sharp': {CUT}",
            id="second-line-of-a-plain-text",
        ),
        pytest.param(
            "server: direct\n",
            "server: direct\nnotes:\n  - Ranked #1, then # 2\n",
            f"spec/models/alpha.yaml:6: /notes/0: the text stops before '#1, then # 2': {CUT}",
            id="notes-item",
        ),
    ],
)
def test_a_sentence_cut_by_a_comment_is_an_error(minimal_spec: Path, old: str, new: str, expected: str) -> None:
    edit(minimal_spec / "models/alpha.yaml", old, new)
    assert messages(minimal_spec) == [expected]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        pytest.param("server: direct\n", "server: direct  # the default\n", id="comment-after-a-word-value"),
        pytest.param("title: Alpha\n", "title: 'Alpha  # one'  # a comment\n", id="quoted-text"),
        pytest.param("summary: The full page.\n", "summary: >-\n  The full # page.\n", id="folded-text"),
        pytest.param("summary: The full page.\n", "summary: The full#page.\n", id="hash-inside-a-word"),
    ],
)
def test_comments_and_hashes_that_cut_no_sentence_are_fine(minimal_spec: Path, old: str, new: str) -> None:
    edit(minimal_spec / "models/alpha.yaml", old, new)
    assert load_spec(minimal_spec).errors == []


def test_a_byte_that_is_not_utf8_is_located_at_its_line_and_column(minimal_spec: Path) -> None:
    path = minimal_spec / "models/alpha.yaml"
    path.write_bytes(
        replaced(path.read_bytes(), b"summary: The full page.", "summary: Caf\u00e9 page.".encode("latin-1"))
    )
    assert messages(minimal_spec) == [
        "spec/models/alpha.yaml:3: /: byte 0xe9 at column 13 is not UTF-8; save the file as UTF-8"
    ]


def test_a_control_character_is_located_at_its_line_and_column(minimal_spec: Path) -> None:
    edit(minimal_spec / "models/alpha.yaml", "summary: The full page.", "summary: The f\x07ull page.")
    assert messages(minimal_spec) == [
        "spec/models/alpha.yaml:3: /: the character U+0007 at column 15 is not allowed in YAML; delete it (write it as"
        " an escape such as \\x07 inside double quotes if you need it)"
    ]


@pytest.mark.parametrize(
    ("moves", "expected"),
    [
        pytest.param(
            {"models/alpha.yaml": "models/alpha.yml"},
            ["spec/models/alpha.yml:1: /: model files end in .yaml: rename it to models/alpha.yaml"],
            id="yml-model-that-another-inherits",
        ),
        pytest.param(
            {"models/beta.yaml": "models/beta.json"},
            ["spec/models/beta.json:1: /: model files end in .yaml: rename it to models/beta.yaml"],
            id="json-model",
        ),
        pytest.param(
            {"api.yaml": "api.yml"},
            ["spec/api.yml:1: /: rename it to api.yaml; the spec reads no other name"],
            id="yml-api",
        ),
        pytest.param(
            {"models/beta.yaml": "models/extra/beta.yaml"},
            [
                "spec/models/extra/beta.yaml:1: /id: the file of model 'beta' must be models/beta.yaml",
            ],
            id="model-in-a-sub-folder",
        ),
    ],
)
def test_a_spec_file_under_another_name_is_rejected_by_name(
    minimal_spec: Path, moves: dict[str, str], expected: list[str]
) -> None:
    for old, new in moves.items():
        (minimal_spec / new).parent.mkdir(parents=True, exist_ok=True)
        (minimal_spec / old).rename(minimal_spec / new)
    assert messages(minimal_spec) == expected


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        pytest.param(
            lambda path: path.symlink_to("gone.yaml"),
            "spec/models/zeta.yaml:1: /: a symbolic link to gone.yaml, which does not exist: fix or remove the link",
            id="dangling-symlink",
        ),
        pytest.param(
            lambda path: path.mkdir(),
            "spec/models/zeta.yaml:1: /: a folder, not a file: spec files are YAML files",
            id="folder",
        ),
    ],
)
def test_a_model_path_that_is_not_a_file_is_an_error_not_skipped(
    minimal_spec: Path, make: Callable[[Path], None], expected: str
) -> None:
    make(minimal_spec / "models" / "zeta.yaml")
    assert messages(minimal_spec) == [expected]


def test_editor_files_beside_the_models_are_ignored(minimal_spec: Path) -> None:
    (minimal_spec / "models" / ".alpha.yaml.swp").write_bytes(b"\0")
    (minimal_spec / "models" / "README.md").write_text("notes\n")
    assert load_spec(minimal_spec).errors == []


def test_an_over_long_text_is_located_with_its_length_and_the_limit(minimal_spec: Path) -> None:
    edit(minimal_spec / "api.yaml", "    description: Sampling temperature.", "    description: " + "x" * 6000)
    edit(minimal_spec / "models/alpha.yaml", "title: Alpha", "title: " + "A" * 201)
    assert messages(minimal_spec) == [
        "spec/api.yaml:41: /parameters/temperature/description: 6,000 characters, over the limit of 5,000; shorten"
        " it to 5,000",
        "spec/models/alpha.yaml:2: /title: 201 characters, over the limit of 200; shorten it to 200",
    ]


def test_an_over_long_text_in_an_example_is_located(minimal_spec: Path) -> None:
    edit(minimal_spec / "api.yaml", "error: {error: {message: bad}}", f"error: {{error: {{message: {'b' * 5001}}}}}")
    assert messages(minimal_spec) == [
        "spec/api.yaml:31: /endpoint/examples/error/error/message: 5,001 characters, over the limit of 5,000; shorten"
        " it to 5,000"
    ]


def test_an_over_large_file_is_rejected_before_it_is_parsed(minimal_spec: Path) -> None:
    path = minimal_spec / "models/alpha.yaml"
    path.write_text(path.read_text() + "notes:\n  - " + "x" * MAX_FILE_BYTES + "\n")
    size = path.stat().st_size
    assert messages(minimal_spec) == [
        f"spec/models/alpha.yaml:1: /: the file is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,}; a spec file"
        " holds one API or one model: shorten its text or split it"
    ]


def test_an_alias_bomb_is_stopped(minimal_spec: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    (minimal_spec / "models/alpha.yaml").write_text("\n".join(lines) + "\n")
    [error] = messages(minimal_spec)
    assert error.startswith("spec/models/alpha.yaml:") and error.endswith(
        ": the file expands to more than 100,000 values (YAML aliases repeat what they point to); write it out"
    )


def test_deep_nesting_is_an_error_not_a_recursion_error(minimal_spec: Path) -> None:
    for depth in (60, 5000):
        (minimal_spec / "models/alpha.yaml").write_text("notes: " + "[" * depth + "]" * depth + "\n")
        [error] = messages(minimal_spec)
        assert error.endswith(": the file nests mappings and lists more than 40 levels deep; flatten it"), error
