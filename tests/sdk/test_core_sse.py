"""The incremental SSE decoder against the WHATWG parsing rules, including a property test."""

from __future__ import annotations

from itertools import pairwise

from evolink._sse import ServerSentEvent, SSEDecoder
from hypothesis import given, settings
from hypothesis import strategies as st


def decode(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    events = [event for chunk in chunks for event in decoder.feed(chunk)]
    return events + decoder.end()


def test_basic_event_and_defaults() -> None:
    assert decode(b"data: hello\n\n") == [ServerSentEvent("hello", "message", None, None)]


def test_every_line_ending_including_cr_split_from_lf() -> None:
    expected = [ServerSentEvent("a"), ServerSentEvent("b"), ServerSentEvent("c")]
    assert decode(b"data: a\r\n\r\ndata: b\r\rdata: c\n\n") == expected
    assert decode(b"data: a\r", b"\n\r", b"\ndata: b\r", b"\r", b"data: c\n", b"\n") == expected


def test_comments_are_ignored_and_fields_parsed() -> None:
    stream = b": keep-alive\n\nevent: update\nid: 7\nretry: 1500\ndata: x\n\n:ping\ndata: y\n\n"
    assert decode(stream) == [ServerSentEvent("x", "update", "7", 1500), ServerSentEvent("y", "message", "7", None)]


def test_multi_line_data_and_space_rules() -> None:
    assert decode(b"data:one\ndata:  two\ndata\ndata:\n\n") == [ServerSentEvent("one\n two\n\n")]


def test_field_without_colon_and_unknown_fields() -> None:
    assert decode(b"data\n\nfoo: bar\ndata: z\n\n") == [ServerSentEvent(""), ServerSentEvent("z")]


def test_event_without_data_is_not_dispatched_and_resets_type() -> None:
    assert decode(b"event: a\n\ndata: b\n\n") == [ServerSentEvent("b", "message")]


def test_invalid_id_and_retry_are_ignored() -> None:
    assert decode(b"id: 1\ndata: a\n\nid: x\x00y\nretry: 1e3\ndata: b\n\n") == [
        ServerSentEvent("a", id="1"),
        ServerSentEvent("b", id="1"),
    ]


def test_bom_is_stripped_once() -> None:
    assert decode(b"\xef\xbb", b"\xbfdata: a\n\n") == [ServerSentEvent("a")]
    assert decode("\ufeffdata: \ufeff\n\n".encode()) == [ServerSentEvent("\ufeff")]


def test_multibyte_characters_split_at_every_byte() -> None:
    text = "こんにちは、世界。안녕하세요 👋"
    raw = f"data: {text}\n\n".encode()
    for cut in range(len(raw)):
        assert decode(raw[:cut], raw[cut:]) == [ServerSentEvent(text)]
    assert decode(*(raw[i : i + 1] for i in range(len(raw)))) == [ServerSentEvent(text)]


def test_incomplete_event_is_discarded_at_end() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n\ndata: partial\n") == [ServerSentEvent("a")]
    assert decoder.end() == []
    assert decoder.feed(b"data: fresh\n\n") == [ServerSentEvent("fresh")]  # end() also resets


def test_invalid_utf8_is_replaced() -> None:
    assert decode(b"data: \xff\xfe ok\n\n") == [ServerSentEvent("\ufffd\ufffd ok")]


_text = st.text(st.characters(codec="utf-8", exclude_characters="\r\n\x00"), max_size=30)
_events = st.lists(
    st.tuples(
        st.lists(_text, min_size=1, max_size=3),  # data lines
        st.none() | _text.filter(lambda t: t != ""),  # event type
        st.none() | _text,  # id
        st.none() | st.integers(0, 10**6),  # retry
        st.sampled_from(["\n", "\r", "\r\n"]),  # line ending
        st.booleans(),  # a comment before the event
    ),
    max_size=8,
)


def _serialize(event: tuple[list[str], str | None, str | None, int | None, str, bool]) -> str:
    lines, kind, event_id, retry, end, comment = event
    out = [": keep-alive"] if comment else []
    out += [f"event: {kind}"] if kind is not None else []
    out += [f"id: {event_id}"] if event_id is not None else []
    out += [f"retry: {retry}"] if retry is not None else []
    out += [f"data: {line}" for line in lines]
    return end.join(out) + end + end


@settings(max_examples=300, deadline=None, derandomize=True)  # the same examples in every CI run
@given(events=_events, cuts=st.lists(st.integers(0, 10_000), max_size=12))
def test_any_event_list_split_anywhere_decodes_the_same(
    events: list[tuple[list[str], str | None, str | None, int | None, str, bool]], cuts: list[int]
) -> None:
    raw = "".join(_serialize(event) for event in events).encode()
    positions = sorted({cut % (len(raw) + 1) for cut in cuts} | {0, len(raw)})
    chunks = [raw[a:b] for a, b in pairwise(positions)]
    expected, last_id = [], None
    for lines, kind, event_id, retry, _, _ in events:
        last_id = event_id if event_id is not None else last_id
        expected.append(ServerSentEvent("\n".join(lines), kind or "message", last_id, retry))
    assert decode(*chunks) == expected
