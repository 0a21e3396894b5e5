import unicodedata

import pytest

from vietnamese import nfc, slugify, syllables, unaccent


class TestNormalisation:
    def test_decomposed_input_is_stored_composed(self):
        decomposed = unicodedata.normalize("NFD", "Thông báo tuyển dụng")
        assert decomposed != "Thông báo tuyển dụng"
        assert nfc(decomposed) == "Thông báo tuyển dụng"
        assert unicodedata.is_normalized("NFC", nfc(decomposed))

    def test_non_strings_pass_through(self):
        assert nfc(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Châu Đốc", "Chau Doc"),
        ("đường Đinh Tiên Hoàng", "duong Dinh Tien Hoang"),
        ("Thoại Sơn", "Thoai Son"),
        ("Nguyễn Thị Hường", "Nguyen Thi Huong"),
    ],
)
def test_unaccent(text, expected):
    assert unaccent(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thông báo tuyển dụng", "thong-bao-tuyen-dung"),
        ("Tin tức – Sự kiện", "tin-tuc-su-kien"),
        ("Đề án số 03/2017", "de-an-so-03-2017"),
    ],
)
def test_slugify(text, expected):
    assert slugify(text) == expected


def test_syllables_drop_punctuation():
    assert syllables("Thông tin và Truyền thông, (tỉnh)") == [
        "Thông",
        "tin",
        "và",
        "Truyền",
        "thông",
        "tỉnh",
    ]
