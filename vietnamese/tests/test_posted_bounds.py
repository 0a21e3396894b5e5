"""The posted-JSON decoder is bounded: deep or huge values stay raw text."""

import unicodedata

from vietnamese.posted import MAX_DEPTH, map_text, texts

NFD = unicodedata.normalize("NFD", "Việt Nam")


def nfc(text):
    return unicodedata.normalize("NFC", text)


def test_too_deep_json_is_left_raw_and_never_raises():
    deep = "[" * 100_000 + '"' + NFD + '"'
    assert texts(deep) == [deep]
    # Left undecoded, the raw text itself is still normalised.
    assert map_text(deep, nfc) == nfc(deep)


def test_json_within_the_depth_is_still_decoded_and_normalised():
    nested = "[" * MAX_DEPTH + '"Vi\\u1ec7\\u0323t"' + "]" * MAX_DEPTH
    assert texts(nested) == ["Vi\u1ec7\u0323t"]
    assert "\\u1ec7" in map_text('["Vie\\u0302\\u0323t"]', nfc)


def test_brackets_inside_strings_do_not_count_as_depth():
    value = '["' + "[" * 500 + '"]'
    assert texts(value) == ["[" * 500]
