"""TCVN3 (ABC) and VNI samples from old government files are recognised and converted."""

import pytest

from vietnamese.legacy import detect, to_unicode


@pytest.mark.parametrize(
    ("legacy", "encoding", "unicode"),
    [
        (
            "Céng hoµ x· héi chñ nghÜa ViÖt Nam",
            "tcvn3",
            "Cộng hoà xã hội chủ nghĩa Việt Nam",
        ),
        ("§éc lËp - Tù do - H¹nh phóc", "tcvn3", "Độc lập - Tự do - Hạnh phúc"),
        (
            "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam",
            "vni",
            "Cộng hòa xã hội chủ nghĩa Việt Nam",
        ),
    ],
)
def test_legacy_samples_are_converted(legacy, encoding, unicode):
    found = detect(legacy)
    assert found is not None and found.encoding == encoding
    assert found.converted == unicode
    assert to_unicode(legacy) == unicode


def test_unicode_text_is_left_alone():
    text = "Ủy ban nhân dân tỉnh An Giang thông báo tuyển dụng viên chức"
    assert detect(text) is None
    assert to_unicode(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Señor García, ñandú",  # one stray character is not an encoding
        "Le ministère des Affaires étrangères a été informé",
        "Ủy ban nhân dân tỉnh An Giang – “Thông báo” số 12",
    ],
)
def test_other_text_is_not_mistaken_for_a_legacy_encoding(text):
    assert detect(text) is None
