import pytest

from documents.numbering import NumberError, parse


@pytest.mark.parametrize(
    ("text", "number", "year", "type_code", "body"),
    [
        ("03/2017/QĐ-UBND", 3, 2017, "QĐ", "UBND"),
        ("45/2022/NĐ-CP", 45, 2022, "NĐ", "CP"),
        ("42/2022/NĐ-CP", 42, 2022, "NĐ", "CP"),
        ("1582/QĐ-UBND", 1582, None, "QĐ", "UBND"),
        ("02/TTr-STTTT", 2, None, "TTr", "STTTT"),
        ("86/2015/QH13", 86, 2015, "L", "QH13"),
        ("1234/UBND-KTN", 1234, None, "CV", "UBND-KTN"),
        ("12/2024/TTLT-BTC-BTTTT", 12, 2024, "TTLT", "BTC-BTTTT"),
        (" 03 / 2017 / QĐ-UBND ", 3, 2017, "QĐ", "UBND"),
    ],
)
def test_valid_numbers(text, number, year, type_code, body):
    parsed = parse(text)
    assert (parsed.number, parsed.year, parsed.type_code, parsed.issuing_body) == (
        number,
        year,
        type_code,
        body,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "không đúng định dạng"),
        ("QĐ-UBND", "không đúng định dạng"),
        ("03/2017", "không đúng định dạng"),
        ("03/2017/UBND", "thiếu cơ quan ban hành"),
        ("03/2017/XY-UBND", "không có trong danh mục"),
        ("0/2017/QĐ-UBND", "lớn hơn 0"),
        ("03/17/QĐ-UBND", "không đúng định dạng"),
    ],
)
def test_malformed_numbers_get_a_vietnamese_error(text, message):
    with pytest.raises(NumberError, match=message):
        parse(text)
