"""The "Danh sách TTHC" list export, as the portal gives it (.xlsx) and as an
office saves it (CSV): rows read with only the fields they carry, each bad
row rejected with its Excel row number."""

from __future__ import annotations

import io

import openpyxl
import pytest

from services.importer import read_data, read_paths

from .readers_data import by_code, records, rejections, tthc_dir, whole_data

HEADER = ["Mã số", "Tên", "Cơ quan ban hành", "Cơ quan thực hiện", "Lĩnh vực"]
LIST_FIELDS = {"name", "sector_name", "implementing_agency", "field_name"}


def xlsx(rows) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách TTHC"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def reasons(items) -> list[tuple[str, int, str]]:
    return [(r.source, r.line, r.reason) for r in rejections(items)]


def test_the_two_real_exports_read_every_row():
    folder = tthc_dir() / "xlsx"
    justice = list(read_paths([folder / "danh-sach-tthc-BoTuPhap.xlsx"]))
    building = list(read_paths([folder / "danh-sach-tthc-BoXayDung.xlsx"]))
    assert (len(records(justice)), len(rejections(justice))) == (271, 0)
    assert (len(records(building)), len(rejections(building))) == (525, 0)
    first = records(justice)[0]
    # Title block in row 1, header in row 2: the first procedure is row 3.
    assert (first.source, first.line, first.code) == (
        "danh-sach-tthc-BoTuPhap.xlsx",
        3,
        "1.014966",
    )
    assert first.provided == frozenset(LIST_FIELDS)
    # Trailing spaces gone; several agencies kept one a line.
    assert first.name == (
        "Cấp lại chứng chỉ hành nghề Quản tài viên trong trường hợp bị thu hồi"
        " chứng chỉ hành nghề"
    )
    assert first.implementing_agency == "Chủ tịch ủy ban nhân dân cấp tỉnh\nSở Tư Pháp"
    assert first.sector_name == "Tư pháp"
    assert first.field_name == "Quản tài viên"


def test_the_former_transport_ministry_is_the_construction_sector():
    record = by_code(whole_data(), "6.006597", listed=True)
    assert record.sector_name == "Xây dựng"
    assert record.implementing_agency == "UBND cấp xã"  # "UBND cấp  xã"
    leading = by_code(whole_data(), "1.115151", listed=True)
    assert leading.name.startswith("Thủ tục bán, cho thuê mua")
    assert {r.sector_name for r in records(whole_data()) if r.provided} == {
        "Tư pháp",
        "Xây dựng",
    }


def test_the_header_row_is_found_and_columns_read_by_name():
    data = xlsx(
        [
            ["DANH SÁCH THỦ TỤC HÀNH CHÍNH"],
            [],
            ["Xuất ngày 01/12/2026"],
            ["Lĩnh vực", "Tên thủ tục", "Mã thủ tục", "Cấp thực hiện", "Mức độ"],
            ["Hộ tịch", "Đăng ký khai sinh", "1.001193", "Cấp xã", "Toàn trình"],
        ]
    )
    (record,) = read_data(data, "tai-len.xlsx")
    assert (record.line, record.code, record.name) == (
        5,
        "1.001193",
        "Đăng ký khai sinh",
    )
    assert record.field_name == "Hộ tịch"
    assert record.government_levels == ["xa"]
    assert record.level == 4
    assert record.provided == frozenset(
        {"name", "field_name", "government_levels", "level"}
    )


def test_bad_rows_are_rejected_with_their_excel_row():
    data = xlsx(
        [
            ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nDANH SÁCH THỦ TỤC HÀNH CHÍNH"],
            HEADER,
            ["1.000080", "Đăng ký nhận cha, mẹ, con ", "Bộ Tư pháp", "UBND cấp xã", ""],
            ["", "Không có mã", "Bộ Tư pháp", "", ""],
            ["1.00008", "Mã thiếu chữ số", "Bộ Tư pháp", "", ""],
            [1.000080, "Mã là một số", "Bộ Tư pháp", "", ""],
            ["\u00a01.000094 ", "Mã có NBSP và khoảng trắng", "Bộ Tư pháp", "", ""],
            ["1.000094", "", "Bộ Tư pháp", "", ""],
            [None, None, None, None, None],
            ["1.000080", "Trùng mã", "Bộ Tư pháp", "", ""],
            ["1.000095", 12345, "Bộ Y tế", "", "Khám bệnh"],
        ]
    )
    items = list(read_data(data, "danh-sach.xlsx"))
    assert [(r.line, r.code) for r in records(items)] == [
        (3, "1.000080"),
        (7, "1.000094"),
        (11, "1.000095"),
    ]
    assert reasons(items) == [
        ("danh-sach.xlsx", 4, "Thiếu mã thủ tục"),
        ("danh-sach.xlsx", 5, "Mã thủ tục không đúng dạng: 1.00008 (ví dụ 1.000080)"),
        (
            "danh-sach.xlsx",
            6,
            "Mã thủ tục là một số (1.00008), không phải chữ: hãy định dạng cột mã"
            " là Văn bản (Text) để giữ các chữ số 0",
        ),
        ("danh-sach.xlsx", 8, "Thiếu tên thủ tục"),
        ("danh-sach.xlsx", 10, "Trùng mã 1.000080 với dòng 3"),
    ]
    # A number where text is expected is its text; an unknown ministry's
    # sector is its name without "Bộ".
    assert records(items)[2].name == "12345"
    assert records(items)[2].sector_name == "Y tế"


def test_a_truncated_or_empty_or_headerless_workbook_is_one_rejection():
    real = (tthc_dir() / "xlsx" / "danh-sach-tthc-BoTuPhap.xlsx").read_bytes()
    (cut,) = read_data(real[: len(real) // 2], "cut.xlsx")
    assert cut.line == 1
    assert cut.reason.startswith("Tệp Excel bị hỏng")
    (empty,) = read_data(b"", "rong.xlsx")
    assert (empty.source, empty.reason) == ("rong.xlsx", "Tệp rỗng")
    (headerless,) = read_data(xlsx([["a", "b"], ["1.000080", "x"]]), "h.xlsx")
    assert headerless.reason == (
        "Không tìm thấy dòng tiêu đề (cần các cột “Mã số” và “Tên”)"
    )
    (not_zip,) = read_data(b"this is not a workbook", "gia.xlsx")
    assert not_zip.reason.startswith("Tệp Excel bị hỏng hoặc không phải .xlsx")


CSV_ROWS = (
    "DANH SÁCH THỦ TỤC HÀNH CHÍNH{d}{d}{d}{d}\r\n"
    "Mã số{d}Tên{d}Cơ quan ban hành{d}Cơ quan thực hiện{d}Lĩnh vực\r\n"
    '1.003976{d}"Giải quyết việc nuôi con nuôi; có yếu tố nước ngoài"{d}Bộ Tư pháp'
    '{d}"Bộ Tư pháp\nỦy ban nhân dân cấp tỉnh"{d}Nuôi con nuôi\r\n'
    "1.0039{d}Mã sai{d}Bộ Tư pháp{d}{d}\r\n"
    "1.000094{d}Đăng ký kết hôn{d}Bộ Tư pháp{d}Ủy ban nhân dân cấp xã{d}Hộ tịch\r\n"
)


@pytest.mark.parametrize(
    "delimiter,bom", [(";", True), (";", False), (",", True), (",", False)]
)
def test_csv_with_or_without_bom_comma_or_semicolon(delimiter, bom):
    data = CSV_ROWS.format(d=delimiter).encode()
    if bom:
        data = b"\xef\xbb\xbf" + data
    items = list(read_data(data, "danh-sach.csv"))
    first, second = records(items)
    assert (first.line, first.code) == (3, "1.003976")
    assert first.name == "Giải quyết việc nuôi con nuôi; có yếu tố nước ngoài"
    assert first.implementing_agency == "Bộ Tư pháp\nỦy ban nhân dân cấp tỉnh"
    assert first.sector_name == "Tư pháp"
    assert first.provided == frozenset(LIST_FIELDS)
    # The quoted cell with a line break is one row in Excel: row 5 is 5.
    assert (second.line, second.code) == (5, "1.000094")
    assert reasons(items) == [
        ("danh-sach.csv", 4, "Mã thủ tục không đúng dạng: 1.0039 (ví dụ 1.000080)")
    ]


def test_csv_in_another_encoding_or_with_nul_bytes_is_one_rejection():
    legacy = CSV_ROWS.format(d=";").encode("cp1258", errors="replace")
    (item,) = read_data(legacy, "cu.csv")
    assert item.reason.startswith("Tệp CSV không mã hóa UTF-8")
    assert "CSV UTF-8" in item.reason
    (item,) = read_data(b"M\x00a\x00 \x00s\x00o\x00", "nul.csv")
    assert item.reason == "Tệp chứa ký tự NUL: không phải văn bản CSV"
    # Excel's "Unicode text" (UTF-16 with a BOM) is read.
    utf16 = CSV_ROWS.format(d="\t").encode("utf-16")
    assert [r.code for r in records(read_data(utf16, "unicode.csv"))] == [
        "1.003976",
        "1.000094",
    ]


def test_a_header_without_rows_and_an_old_xls_are_rejected():
    (item,) = read_data(xlsx([HEADER]), "chi-tieu-de.xlsx")
    assert item.reason == "Tệp không có thủ tục nào"
    (item,) = read_data(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "cu.xls")
    assert item.reason == (
        "Tệp Excel cũ (.xls) chưa đọc được: hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8"
    )
