"""``vietnamese.fold``: the one folding function of search (issue 14)."""

import unicodedata

import pytest

from vietnamese import fold, nfc

VOWELS = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # ` ´ ̉ ~ .


def every_vietnamese_letter():
    """Every precomposed Vietnamese letter, lower and upper case, with its base."""
    for vowel in VOWELS:
        base = unaccent_base(vowel)
        for tone in TONES:
            letter = nfc(vowel + tone)
            assert len(letter) == 1, letter
            yield letter, base
            yield letter.upper(), base
    yield "đ", "d"
    yield "Đ", "d"


def unaccent_base(vowel):
    return unicodedata.normalize("NFD", vowel)[0]


def test_there_are_134_letters():
    assert len(list(every_vietnamese_letter())) == 12 * 6 * 2 + 2


@pytest.mark.parametrize(("letter", "base"), list(every_vietnamese_letter()))
def test_every_vietnamese_letter_folds_to_one_ascii_letter(letter, base):
    assert fold(letter) == base
    assert len(fold(letter)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thủ tục đăng ký kinh doanh", "thu tuc dang ki kinh doanh"),
        ("Quyết định 03/2017/QĐ-UBND", "quyet dinh 03/2017/qd-ubnd"),
        ("ĐƯỜNG Đinh Tiên Hoàng", "duong dinh tien hoang"),
        ("Mã thủ tục 1.000080", "ma thu tuc 1.000080"),
    ],
)
def test_sentences(text, expected):
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Đăng ký kết hôn", "đăng kí kết hôn"),
        ("Lý lịch tư pháp", "lí lịch tư pháp"),
        ("Tỷ lệ", "tỉ lệ"),
        ("Hoa Kỳ", "Hoa Kì"),
        ("Mỹ Bình", "Mĩ Bình"),
        ("hy vọng", "hi vọng"),
    ],
)
def test_both_spellings_of_the_final_i_y_fold_alike(one, other):
    assert fold(one) == fold(other)
    assert len(fold(one)) == len(one)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quy định", "quy dinh"),  # y after a vowel: another word
        ("Thủy lợi", "thuy loi"),
        ("Y tế", "y te"),
        ("Kỹ thuật", "ki thuat"),
        ("kyoto", "kyoto"),  # not a syllable ending in y
    ],
)
def test_the_i_y_rule_touches_only_a_consonant_and_a_final_y(text, expected):
    assert fold(text) == expected


def test_fold_letters_keeps_the_spelling():
    from vietnamese import fold_letters

    assert fold_letters("Đăng ký") == "dang ky"
    assert fold("Đăng ký") == "dang ki"


def test_decomposed_input_folds_as_its_composed_form():
    text = "Tuyển dụng viên chức Đợt 2 năm 2026"
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text and len(decomposed) > len(text)
    assert fold(decomposed) == fold(text) == "tuyen dung vien chuc dot 2 nam 2026"
    assert len(fold(decomposed)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "安江省人民委员会",
        "ខេត្តអានយ៉ាង",
        "Hello, World! 42 — «ok»",
        "Ünïcode ÉTÉ",
        "İstanbul",
    ],
)
def test_length_is_kept_on_any_text(text):
    assert len(fold(text)) == len(nfc(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("安江省人民委员会", "安江省人民委员会"),
        ("ខេត្តអានយ៉ាង", nfc("ខេត្តអានយ៉ាង")),
        ("Hello, World! 42 — «ok»", "hello, world! 42 — «ok»"),
        ("ΑΘΗΝΑ", "αθηνα"),
    ],
)
def test_other_text_is_unchanged_but_lower_case(text, expected):
    assert fold(text) == expected


def test_a_letter_whose_lower_case_is_longer_keeps_the_length():
    # "İ".lower() is "i" + a combining dot (two characters); its NFD is I + a
    # combining mark, so it folds to one "i".
    assert "İ".lower() != "i"
    assert fold("İzmir") == "izmir"


def test_offsets_in_the_folded_text_are_offsets_in_the_original():
    original = "Thông báo TUYỂN DỤNG công chức"
    start = fold(original).index("tuyen dung")
    assert original[start : start + len("tuyen dung")] == "TUYỂN DỤNG"
