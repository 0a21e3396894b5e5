"""The NPSP records (json/): the whole data reads, and the flattened tables of
real records come apart into the facts their pages show."""

from __future__ import annotations

import unicodedata

from services.importer import npsp, read_paths
from services.importer.common import government_levels

from .readers_data import blocks, by_code, records, rejections, tthc_dir, whole_data


def test_the_whole_data_reads_every_record_without_a_rejection():
    items = whole_data()
    json_records = [r for r in records(items) if r.provided is None]
    listed = [r for r in records(items) if r.provided is not None]
    assert len(json_records) == 796
    assert len(listed) == 796  # 271 + 525 list rows
    assert rejections(items) == []
    sources = {r.source.split("/")[1] for r in json_records}
    assert sources == {"bo-tu-phap", "bo-xay-dung"}
    sectors = {(r.source.split("/")[1], r.sector_name) for r in json_records}
    assert sectors == {("bo-tu-phap", "Tư pháp"), ("bo-xay-dung", "Xây dựng")}
    # The order of the items is the walk's: sorted folders, then files.
    assert [r.source for r in json_records] == sorted(r.source for r in json_records)


def test_all_text_is_nfc_without_nbsp_or_no_information():
    for record in records(whole_data()):
        for value in (record.name, record.competent_authority, record.applicants):
            assert "\u00a0" not in value
            assert unicodedata.is_normalized("NFC", value)
        assert record.related != "Không có thông tin"
        assert record.requirements != "Không có thông tin"


def test_1_000080_channels_times_and_fees():
    record = by_code(whole_data(), "1.000080")
    channels = blocks(record.channels, "channel")
    # The page lists the three channels in this order, each "7" with no unit
    # (the portal prints no unit), "Miễn phí" with the council's note.
    assert [c["channel"] for c in channels] == ["online", "postal", "direct"]
    for channel in channels:
        (time,) = channel["times"]
        assert time["amount"] == "7"
        assert time["unit"] == ""
        (fee,) = time["fees"]
        assert fee["amount"] == "0"
        assert "Mức lệ phí cụ thể do Hội đồng nhân dân" in fee["description"]
        assert "281/2016/TT-BTC" in fee["description"]
    # The postal row's note says "(Đồng (Mức lệ phí…))" on the page: as it is.
    assert channels[1]["times"][0]["fees"][0]["description"].startswith("Đồng (Mức")


def test_1_000080_legal_bases_results_and_levels():
    record = by_code(whole_data(), "1.000080")
    bases = blocks(record.legal_bases, "basis")
    numbers = [b["number"] for b in bases]
    assert "85/2019/TT-BTC" in numbers
    assert "123/2015/NĐ-CP" in numbers
    assert len(bases) == 16
    # A number cell glued to a title that ends in the same number.
    assert bases[-1] == {"number": "60/2014/QH13", "title": "Luật 60/2014/QH13"}
    # A number cell written in words ("Thông tư số 03/2023/TT-BTP").
    assert {
        "number": "03/2023/TT-BTP",
        "title": "Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư pháp",
    } in bases
    assert record.results == [
        {
            "type": "result",
            "value": {
                "code": "KQ.G15.000033",
                "name": "Trích lục đăng ký nhận cha, mẹ, con",
            },
        }
    ]
    assert record.government_levels == ["xa"]
    assert record.competent_authority == "Ủy ban Nhân dân xã, phường, thị trấn."
    assert record.related == ""
    assert record.decision_number == "163/QĐ-BTP"
    assert record.level is None
    assert record.national_url.startswith(
        "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/"
    )


def test_1_000080_dossier_cases_and_counts():
    record = by_code(whole_data(), "1.000080")
    cases = blocks(record.dossier, "case")
    assert [c["case"] for c in cases] == [
        "Giấy tờ phải nộp",
        "Giấy tờ phải xuất trình",
        "Lưu ý",
        "",
    ]
    first = cases[0]["documents"][0]
    assert first["name"].startswith("+ Trường hợp không có văn bản nêu trên")
    assert (first["originals"], first["copies"]) == (1, 0)
    shown = cases[1]["documents"]
    assert shown[4]["name"].startswith("Hộ chiếu/Thẻ căn cước công dân/Thẻ căn cước")
    assert shown[4]["originals"] == 1


def test_1_000080_steps_are_the_lines_of_the_text():
    record = by_code(whole_data(), "1.000080")
    (case,) = blocks(record.steps, "case")
    assert case["case"] == ""
    assert case["steps"][0].startswith("- Nếu lựa chọn hình thức nộp hồ sơ trực tiếp")
    assert case["steps"][4].startswith("(i) Trường hợp hồ sơ đầy đủ, hợp lệ")


def test_times_with_units_amounts_and_descriptions():
    items = whole_data()
    online = blocks(by_code(items, "1.011427").channels, "channel")[0]
    assert online["channel"] == "online"
    time = online["times"][0]
    assert (time["amount"], time["unit"]) == ("3", "working_days")
    assert time["fees"][0]["amount"] == "1800000"
    assert "193/2016/TT-BTC" in time["fees"][0]["description"]

    days = blocks(by_code(items, "6.006584").channels, "channel")
    assert [c["channel"] for c in days] == ["direct", "online", "postal"]
    assert days[0]["times"][0]["amount"] == "5"
    assert days[0]["times"][0]["unit"] == "days"
    assert days[0]["times"][0]["fees"] == []  # "Không có thông tin"
    assert days[0]["times"][0]["description"].startswith("Chậm nhất sau 05 ngày")

    hours = blocks(by_code(items, "1.002886").channels, "channel")
    assert {"amount": "24", "unit": "hours"}.items() <= hours[0]["times"][0].items()

    decimal = blocks(by_code(items, "1.013097").channels, "channel")
    assert decimal[0]["times"][0]["amount"] == "1.5"


def test_dossier_forms_and_cases_named_by_the_text():
    record = by_code(whole_data(), "1.008886")
    cases = blocks(record.dossier, "case")
    assert [c["case"] for c in cases] == [
        "a) Hồ sơ thành lập Chi nhánh bao gồm",
        "b) Hồ sơ thành lập Văn phòng đại diện bao gồm",
    ]
    first = cases[0]["documents"][0]
    assert first["name"] == (
        "Văn bản đề nghị thành lập Chi nhánh của Tổ chức trọng tài nước ngoài"
        " tại Việt Nam"
    )
    assert first["form_name"] == "Mẫu số 03-PLIII-TTTM.docx"
    second = cases[0]["documents"][1]
    assert (second["originals"], second["copies"]) == (0, 1)
    # Several forms glued together are split at their extensions.
    ships = by_code(whole_data(), "1.003785")
    documents = blocks(ships.dossier, "case")[0]["documents"]
    assert documents[0]["form_name"] == (
        "MauDanhsachhanhkhach.docx; MauDanhsachthuyenvien.docx; MauBankhaichung.docx"
    )


def test_several_results_with_the_codes_the_data_has():
    record = by_code(whole_data(), "1.002198")
    results = blocks(record.results, "result")
    assert [r["code"] for r in results] == [
        "KQ.G15.000118",
        "KQ.G15.000091",
        "KQ.G15.000120",
        "000.00.00.G15-KQ0187",
    ]
    assert results[0]["name"] == (
        "Giấy ĐKHĐ của Công ty Luật TNHH 100% vốn nước ngoài tại Việt Nam"
    )
    for record in records(whole_data()):
        for result in blocks(record.results, "result"):
            assert "Nộp hồ sơ" not in result["name"]
            assert "Chọn cơ quan thực hiện" not in result["name"]


def test_what_cannot_be_taken_apart_is_kept_as_original_text():
    # "Trực tuyến1200 VNĐ": 1 day and 200 đồng, or 12 and 00? Kept whole.
    record = by_code(whole_data(), "1.004757")
    assert record.channels == [
        {"type": "original", "value": record.channels[0]["value"]}
    ]
    assert "Trực tuyến1200 VNĐ" in record.channels[0]["value"]
    # A count glued to a date ("22/12/20211 bản chính"): kept whole.
    record = by_code(whole_data(), "5.003807")
    assert [b["type"] for b in record.dossier] == ["original"]
    assert record.dossier[0]["value"].startswith("--Tên giấy tờ")


def test_parsed_share_over_the_whole_data():
    """What the readers take apart (measured: channels 760, dossier 764 of
    777 non-empty, legal bases 776 of 792, results 795 of 795)."""
    counts = {}
    for record in (r for r in records(whole_data()) if r.provided is None):
        for part in ("channels", "dossier", "legal_bases", "results", "steps"):
            stream = getattr(record, part)
            if stream:
                kept = any(block["type"] == "original" for block in stream)
                counts.setdefault(part, [0, 0])[kept] += 1
    assert counts["channels"][0] >= 750
    assert counts["dossier"][0] >= 755
    assert counts["legal_bases"][0] >= 765
    assert counts["results"][0] >= 790
    assert counts["steps"][0] == 796


def test_no_information_and_nbsp_at_the_field_level():
    assert npsp.parse_channels("Không có thông tin") == []
    assert npsp.parse_dossier("--") == []
    assert npsp.parse_results(
        "Giấy\u00a0phépMã: KQ.G17.000001Từ khóaKhông có thông tinMô tả"
        "Không có thông tinChọn cơ quan thực hiệnTỉnh/ Thành phốNộp hồ sơ"
    ) == [{"type": "result", "value": {"code": "KQ.G17.000001", "name": "Giấy phép"}}]
    text = "Hình thức nộpThời gianPhí, lệ phíMô tảTrực tiếp2 - 3 Ngày làm việcMiễn phí"
    (channel,) = blocks(npsp.parse_channels(text), "channel")
    assert channel["times"][0]["amount"] is None
    assert channel["times"][0]["unit"] == "working_days"
    assert channel["times"][0]["description"] == "2 - 3 ngày làm việc"


def test_government_levels_vocabulary():
    assert government_levels("Cấp bộ, Cấp tỉnh") == ["bo", "tinh"]
    assert government_levels("Cơ quan khác") == ["khac"]
    assert government_levels("Cấp Huyện;\nCấp xã") == ["huyen", "xa"]
    assert government_levels(12) == []


def test_a_single_record_file_is_read_with_its_folder_sector(tmp_path):
    source = tthc_dir() / "json" / "bo-xay-dung" / "1.009794.json"
    (record,) = read_paths([source])
    assert record.source == "1.009794.json"
    assert record.line == 1
    assert record.sector_name == "Xây dựng"


def test_every_stream_read_is_one_an_editor_can_save():
    """The readers' stream values pass the page's own blocks (to_python and
    clean, what the admin's form does on save), so no imported procedure is
    one an editor cannot publish; a time with no unit is allowed blank."""
    from services.models import ProcedurePage

    fields = ("steps", "channels", "dossier", "results", "legal_bases")
    stream_blocks = {
        name: ProcedurePage._meta.get_field(name).stream_block for name in fields
    }
    checked = 0
    for record in records(whole_data()):
        for name, block in stream_blocks.items():
            raw = getattr(record, name)
            if raw:
                value = block.to_python(raw)
                block.clean(value)
                assert block.get_prep_value(value)
                checked += 1
    assert checked > 3000


def test_steps_per_case_where_the_text_names_its_cases():
    record = by_code(whole_data(), "1.008904")
    cases = blocks(record.steps, "case")
    assert [c["case"][:3] for c in cases] == ["a) ", "b) ", "c) "]
    assert cases[0]["case"].startswith(
        "a) Trường hợp thay đổi nội dung Giấy đăng ký hoạt động của Trung tâm"
    )
    # "…của Trung tâm.b) Trường hợp…": the glued heading opens the next case.
    assert cases[0]["steps"][-1].endswith("Giấy đăng ký hoạt động của Trung tâm.")
    assert cases[0]["steps"][0].startswith("- Trong thời hạn 10 ngày làm việc")
    intro = blocks(by_code(whole_data(), "1.003236").steps, "case")
    assert intro[0]["case"] == ""
    assert intro[1]["case"].startswith("Trường hợp tổ chức con nuôi nước ngoài")
