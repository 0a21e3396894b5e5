"""The national database's JSON package and the dispatch of read_paths: which
reader a file goes to, and what a file that cannot be read becomes."""

from __future__ import annotations

import json

from services.importer import read_data, read_paths
from services.records import ProcedureRecord

from .readers_data import FIXTURES, blocks, by_code, records, rejections, tthc_dir


def reasons(items) -> list[tuple[str, int, str]]:
    return [(r.source, r.line, r.reason) for r in rejections(items)]


def test_a_national_package_of_a_real_procedure():
    (record,) = read_paths([FIXTURES / "national" / "1.000080.json"])
    assert (record.source, record.line, record.code) == ("1.000080.json", 1, "1.000080")
    assert record.sector_name == "Tư pháp"  # from SOQUYETDINH 163/QĐ-BTP
    assert (record.field_code, record.field_name) == ("G15-TP03", "Hộ tịch")
    assert record.government_levels == ["xa"]
    assert record.applicants == "Công dân Việt Nam, Người nước ngoài"
    assert record.level is None
    channels = blocks(record.channels, "channel")
    assert [c["channel"] for c in channels] == ["online", "postal", "direct"]
    direct = channels[2]["times"][0]
    assert (direct["amount"], direct["unit"]) == ("7", "working_days")
    assert [(f["amount"], f["unit"]) for f in direct["fees"]] == [
        ("0", "Đồng"),
        ("8000", "Đồng"),
    ]
    cases = blocks(record.dossier, "case")
    assert [c["case"] for c in cases] == ["Giấy tờ phải nộp", "Giấy tờ phải xuất trình"]
    form = cases[0]["documents"][0]
    assert form["form_name"] == "Tờ khai đăng ký nhận cha, mẹ, con"
    assert form["form_url"].startswith("https://csdl.dichvucong.gov.vn/")
    assert (form["originals"], form["copies"]) == (1, 0)
    assert (
        cases[1]["documents"][1]["originals"],
        cases[1]["documents"][1]["copies"],
    ) == (
        0,
        1,
    )
    steps = blocks(record.steps, "case")
    assert [s["case"] for s in steps] == ["Nộp hồ sơ trực tiếp", "Nộp hồ sơ trực tuyến"]
    assert [b["number"] for b in blocks(record.legal_bases, "basis")] == [
        "60/2014/QH13",
        "123/2015/NĐ-CP",
        "85/2019/TT-BTC",
        "04/2020/TT-BTP",
    ]
    assert blocks(record.results, "result") == [
        {"code": "KQ.G15.000033", "name": "Trích lục đăng ký nhận cha, mẹ, con"}
    ]


def test_the_package_and_the_npsp_record_agree_on_the_facts():
    """The same procedure in both shapes: the same code, name, results and
    the legal bases of the package are among those of the portal's page."""
    (package,) = read_paths([FIXTURES / "national" / "1.000080.json"])
    (page,) = read_paths([tthc_dir() / "json" / "bo-tu-phap" / "1.000080.json"])
    assert (package.code, package.name) == (page.code, page.name)
    assert package.results == page.results
    numbers = {b["number"] for b in blocks(page.legal_bases, "basis")}
    assert {b["number"] for b in blocks(package.legal_bases, "basis")} <= numbers


def test_a_wrapped_list_with_levels_and_a_bad_record():
    items = list(read_paths([FIXTURES / "national" / "danh-sach.json"]))
    first, second = records(items)
    assert (first.line, first.code, first.level) == (1, "1.001193", 4)
    assert first.sector_name == "Tư pháp"  # NGANH
    online = blocks(first.channels, "channel")[1]
    assert online["times"][0] == {
        "amount": "4",
        "unit": "hours",
        "description": "",
        "fees": [],
    }
    assert blocks(first.channels, "channel")[0]["times"][0]["amount"] == "0.5"
    assert (second.line, second.level, second.sector_name) == (2, 3, "Xây dựng")
    # KENH 5 is no channel: kept as words, not dropped, not guessed.
    assert second.channels[1] == {
        "type": "original",
        "value": "Hình thức nộp không rõ (KENH 5): 20 Ngày",
    }
    assert reasons(items) == [("danh-sach.json", 3, "Thiếu mã thủ tục")]


def test_a_plain_list_lines_are_positions():
    items = list(read_paths([FIXTURES / "national" / "list.json"]))
    assert [(r.line, r.code) for r in records(items)] == [
        (1, "2.000930"),
        (2, "1.000080"),
    ]
    ranged = blocks(records(items)[0].channels, "channel")[0]["times"][0]
    assert ranged["amount"] is None
    assert ranged["description"] == "5 - 10 Ngày làm việc"
    assert reasons(items) == [
        ("list.json", 3, "Mức độ không đúng: Mức 9 (1–4, Toàn trình, Một phần)"),
        ("list.json", 4, "Trùng mã 2.000930 với dòng 1"),
    ]


def test_directories_are_walked_in_order_with_relative_sources(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / "README.md").write_text("# not a procedure")
    (tmp_path / "~$lock.xlsx").write_bytes(b"lock")
    (tmp_path / "b" / "x.json").write_text(
        json.dumps({"MATTHC": "1.000002", "TENTTHC": "Hai"})
    )
    (tmp_path / "a" / "z.json").write_text(
        json.dumps({"ma_thu_tuc": "1.000001", "ten_thu_tuc": "Một"})
    )
    items = list(read_paths([tmp_path]))
    assert [(r.source, r.code) for r in items] == [
        ("a/z.json", "1.000001"),
        ("b/x.json", "1.000002"),
    ]


def test_a_list_may_mix_shapes_and_holds_strays():
    data = json.dumps(
        [
            {"ma_thu_tuc": "1.000001", "ten_thu_tuc": "NPSP"},
            {"MATTHC": "1.000002", "TENTTHC": "Quốc gia"},
            {"foo": "bar"},
            "chữ",
            {"ma_thu_tuc": 1.000003, "ten_thu_tuc": "Mã là số"},
            {"ma_thu_tuc": "1.000004", "ten_thu_tuc": ["không", "phải", "chữ"]},
        ]
    ).encode()
    items = list(read_data(data, "tron.json"))
    assert [(r.line, r.code) for r in records(items)] == [
        (1, "1.000001"),
        (2, "1.000002"),
    ]
    assert reasons(items) == [
        (
            "tron.json",
            3,
            "Không nhận ra bản ghi thủ tục (không có ma_thu_tuc hay MATTHC)",
        ),
        (
            "tron.json",
            4,
            "Không nhận ra bản ghi thủ tục (không có ma_thu_tuc hay MATTHC)",
        ),
        (
            "tron.json",
            5,
            "Mã thủ tục là một số (1.000003), không phải chữ: hãy định dạng cột mã"
            " là Văn bản (Text) để giữ các chữ số 0",
        ),
        ("tron.json", 6, "Thiếu tên thủ tục"),
    ]


def test_files_that_cannot_be_read_are_one_rejection_each_and_reading_goes_on(
    tmp_path,
):
    (tmp_path / "1-hong.json").write_bytes(b'{"ma_thu_tuc": "1.000080",')
    (tmp_path / "2-latin.json").write_bytes(
        '{"ma_thu_tuc": "1.000080", "ten_thu_tuc": "Đăng ký"}'.encode(
            "cp1258", errors="replace"
        )
    )
    (tmp_path / "3-nul.json").write_bytes(b'{"ma_thu_tuc": "1.0\x0000080"}')
    (tmp_path / "4-rong.json").write_bytes(b"  \n")
    (tmp_path / "5-sau.json").write_bytes(b"[" * 100000 + b"]" * 100000)
    (tmp_path / "6-so.json").write_bytes(b"42")
    (tmp_path / "7-tot.json").write_text(
        json.dumps({"ma_thu_tuc": "\u00a01.000080 ", "ten_thu_tuc": "Tốt\u00a0lành"})
    )
    items = list(read_paths([tmp_path]))
    got = reasons(items)
    assert [(source, line) for source, line, _ in got] == [
        ("1-hong.json", 1),
        ("2-latin.json", 1),
        ("3-nul.json", 1),
        ("4-rong.json", 1),
        ("5-sau.json", 1),
        ("6-so.json", 1),
    ]
    assert got[0][2].startswith("Tệp không phải JSON hợp lệ: ")
    assert got[1][2].startswith("Tệp không mã hóa UTF-8")
    assert got[2][2].startswith("Tệp không phải JSON hợp lệ: ")
    assert got[3][2] == "Tệp rỗng"
    assert got[4][2].startswith("Tệp không phải JSON hợp lệ")
    assert got[5][2] == "Tệp JSON không chứa thủ tục (cần một đối tượng hoặc danh sách)"
    (good,) = records(items)
    assert (good.source, good.code, good.name) == ("7-tot.json", "1.000080", "Tốt lành")


def test_missing_files_huge_names_and_unknown_formats(tmp_path):
    items = list(read_paths([tmp_path / "khong-co.json"]))
    assert reasons(items) == [("khong-co.json", 1, "Không tìm thấy tệp")]
    huge = "a" * 5000 + ".json"
    (item,) = read_paths([tmp_path / huge])
    assert item.line == 1
    assert item.reason.startswith(("Không đọc được tệp", "Không tìm thấy tệp"))
    assert len(item.source) < 300
    (item,) = read_data(b"{}", "x" * 10000)
    assert len(item.source) < 300
    (text,) = read_data(b"just some notes", "ghi-chu.txt")
    assert text.reason == (
        "Không nhận ra định dạng tệp (cần JSON, Excel .xlsx hoặc CSV)"
    )


def test_npsp_record_with_wrong_types_does_not_stop_reading():
    data = json.dumps(
        {
            "ma_thu_tuc": "1.000080",
            "ten_thu_tuc": "Thủ tục",
            "cap_thuc_hien": ["Cấp tỉnh", 3],
            "cach_thuc_thuc_hien": 7,
            "thanh_phan_ho_so": {"a": 1},
            "can_cu_phap_ly": None,
            "ket_qua_xu_ly": True,
            "detail_url": "javascript:alert(1)",
        }
    ).encode()
    (record,) = read_data(data, "kieu.json")
    assert record.government_levels == ["tinh"]
    assert record.national_url == ""
    assert record.dossier == [] and record.legal_bases == [] and record.results == []
    assert record.channels == [{"type": "original", "value": "7"}]


def test_reading_the_data_twice_gives_the_same_records():
    source = tthc_dir() / "json" / "bo-xay-dung"
    first = [r.content_hash() for r in read_paths([source])]
    second = [r.content_hash() for r in read_paths([source])]
    assert first == second and len(first) == 525
    assert by_code(read_paths([source]), "1.009794").sector_name == "Xây dựng"


def test_mangled_real_records_and_random_bytes_never_reach_the_catch_all():
    """Real records with cut, doubled or wrongly typed fields, damaged
    workbooks and random bytes: every item is a record or a rejection the
    readers meant (never the dispatcher's "Lỗi khi đọc tệp" for a bug)."""
    import random

    rng = random.Random(12)
    sources = sorted((tthc_dir() / "json" / "bo-tu-phap").glob("*.json"))[:30]
    originals = [json.loads(path.read_bytes()) for path in sources]
    inserts = ["(", ")", "Mã: ", "Trực tuyến", "1 bản chính", ".docx", "\x00", "\u00a0"]
    inputs = []
    for i in range(150):
        record = dict(rng.choice(originals))
        key = rng.choice(sorted(record))
        value = record[key]
        if isinstance(value, str) and value and i % 3:
            cut = rng.randrange(len(value))
            record[key] = value[:cut] + rng.choice(inserts) + value[cut + i % 7 :]
        else:
            record[key] = rng.choice([None, 1, [1, {}], {"a": "b"}, True, 1.5])
        inputs.append((json.dumps(record).encode(), f"m{i}.json"))
    workbook = (tthc_dir() / "xlsx" / "danh-sach-tthc-BoTuPhap.xlsx").read_bytes()
    for i in range(20):
        damaged = bytearray(workbook)
        for _ in range(4):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        inputs.append((bytes(damaged[: rng.randrange(len(damaged))]), f"x{i}.xlsx"))
    for i in range(40):
        noise = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 200)))
        inputs.append((noise, f"r{i}.csv" if i % 2 else f"r{i}.json"))
    for data, name in inputs:
        for item in read_data(data, name):
            if not isinstance(item, ProcedureRecord):
                assert item.source == name
                assert not item.reason.startswith("Lỗi khi đọc tệp"), item
