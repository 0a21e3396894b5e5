"""The importer's writer: records become procedure pages, once, atomically,
and an editor's change is never overwritten silently (issue 12, point 2)."""

from __future__ import annotations

import pytest
from wagtail.models import TaskState, WorkflowState

from editorial import roles
from services.importer.writer import ImportFailed, import_records, short_title
from services.models import Field, ProcedurePage, Sector
from services.records import ProcedureRecord, Rejection
from tests.portals import A_HOST, B_HOST, inside
from tests.staff import make_staff

pytestmark = pytest.mark.django_db


def record(code="1.000080", line=1, **fields) -> ProcedureRecord:
    values = {
        "name": "Cấp bản sao trích lục hộ tịch",
        "source": "bo-tu-phap/1.000080.json",
        "line": line,
        "sector_name": "Tư pháp",
        "field_name": "Hộ tịch",
        "field_code": "G15-TP01",
        "implementing_agency": "Ủy ban nhân dân cấp xã",
        "channels": [
            {
                "type": "channel",
                "value": {
                    "channel": "direct",
                    "times": [
                        {
                            "amount": "1",
                            "unit": "working_days",
                            "description": "",
                            "fees": [],
                        }
                    ],
                },
            }
        ],
    }
    values.update(fields)
    return ProcedureRecord(code=code, **values)


def the_page(code="1.000080") -> ProcedurePage:
    return ProcedurePage.objects.get(unique_code=f"vi:{code}")


def test_an_import_creates_published_procedures_with_their_vocabulary(client):
    with inside("sotttt"):
        report = import_records(
            [record(), record("1.000081", name="Đăng ký khai sinh")]
        )
        page = the_page()
        assert report.created == ["1.000080", "1.000081"]
        assert page.live and page.title == "Cấp bản sao trích lục hộ tịch"
        assert page.slug.startswith("1-000080-cap-ban-sao-trich-luc-ho-tich")
        assert page.field.code == "G15-TP01" and page.field.sector.name == "Tư pháp"
        assert page.level == 1  # direct channel only, no form
        assert page.imported_revision_id == page.latest_revision_id
        assert Field.objects.filter(code="G15-TP01").count() == 1
        url = page.url
    response = client.get(url, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Cấp bản sao trích lục hộ tịch" in response.content.decode()


def test_the_level_is_the_records_or_derived_from_channels_and_forms():
    online = record(
        "1.000082", channels=[{"type": "original", "value": "Trực tuyến 5"}]
    )
    form = record(
        "1.000083",
        dossier=[
            {
                "type": "case",
                "value": {
                    "case": "",
                    "documents": [{"name": "Tờ khai", "form_name": "Mẫu 01"}],
                },
            }
        ],
    )
    given = record("1.000084", level=4)
    with inside("sotttt"):
        import_records([online, form, given])
        assert the_page("1.000082").level == 3
        assert the_page("1.000083").level == 2
        assert the_page("1.000084").level == 4


def test_a_long_name_makes_a_title_cut_at_a_word_and_keeps_the_whole_name():
    name = "Thủ tục " + " ".join(["cấp giấy chứng nhận"] * 40)
    with inside("sotttt"):
        import_records([record(name=name)])
        page = the_page()
        assert page.name == name
        assert len(page.title) <= 255 and page.title.endswith("…")
        assert name.startswith(page.title[:-1])
        assert page.title == short_title(name)


def test_a_second_run_creates_no_duplicate_and_reports_unchanged():
    with inside("sotttt"):
        import_records([record()])
        revisions = the_page().revisions.count()
        again = import_records([record()])
        assert again.unchanged == ["1.000080"] and not again.created
        assert ProcedurePage.objects.filter(code="1.000080").count() == 1
        assert Sector.objects.filter(name="Tư pháp").count() == 1
        assert the_page().revisions.count() == revisions


def test_a_changed_record_updates_the_live_page(client):
    with inside("sotttt"):
        import_records([record()])
        report = import_records(
            [
                record(
                    name="Cấp bản sao trích lục hộ tịch đã đăng ký",
                    implementing_agency="Phòng Tư pháp cấp huyện",
                    level=3,
                )
            ]
        )
        page = the_page()
        assert report.updated == ["1.000080"]
        assert page.implementing_agency == "Phòng Tư pháp cấp huyện"
        assert page.level == 3 and not page.has_unpublished_changes
        url = page.url
    response = client.get(url, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "Cấp bản sao trích lục hộ tịch đã đăng ký" in response.content.decode()
    assert "Dịch vụ công trực tuyến một phần" in response.content.decode()


def test_a_partial_record_changes_only_what_it_carries():
    with inside("sotttt"):
        import_records([record()])
        partial = record(
            implementing_agency="Sở Tư pháp",
            channels=[],
            provided=frozenset({"implementing_agency"}),
        )
        report = import_records([partial])
        page = the_page()
        assert report.updated == ["1.000080"]
        assert page.implementing_agency == "Sở Tư pháp"
        assert len(page.channels) == 1  # not in the partial record: kept
        assert import_records([partial]).unchanged == ["1.000080"]


def test_a_hand_edited_procedure_is_kept_and_the_change_goes_to_the_board(client):
    editor = make_staff("sotttt", "truongban", roles.HEAD, "Lê Thị Thu Trang")
    with inside("sotttt"):
        import_records([record()])
        page = the_page()
        edited = page.get_latest_revision_as_object()
        edited.applicants = "Công dân Việt Nam (biên tập viên bổ sung)"
        edited.name = "Cấp bản sao trích lục hộ tịch (biên tập viên sửa)"
        edited.save_revision(user=editor).publish(user=editor)
        changed = record(name="Cấp bản sao trích lục", implementing_agency="Sở Tư pháp")
        report = import_records([changed])
        page = the_page()
        assert report.drafted and not report.updated
        assert "đã được biên tập viên sửa" in report.lines()[0]
        # Live content is the editor's; the import's change is the new draft.
        assert page.applicants == "Công dân Việt Nam (biên tập viên bổ sung)"
        assert page.implementing_agency == "Ủy ban nhân dân cấp xã"
        draft = page.get_latest_revision_as_object()
        assert draft.implementing_agency == "Sở Tư pháp"
        assert draft.name == "Cấp bản sao trích lục"
        state = WorkflowState.objects.get(
            object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
        )
        task = state.current_task_state
        assert task.status == TaskState.STATUS_IN_PROGRESS
        assert task.revision_id == page.latest_revision_id
        # The same record again: already with the board, no second draft.
        again = import_records([changed])
        assert again.unchanged == ["1.000080"]
        assert WorkflowState.objects.filter(object_id=str(page.pk)).count() == 1
        url = page.url
    response = client.get(url, HTTP_HOST=A_HOST)
    assert response.status_code == 200
    assert "(biên tập viên sửa)" in response.content.decode()
    assert "<h1>Cấp bản sao trích lục</h1>" not in response.content.decode()


def test_an_import_without_publishing_makes_drafts_in_the_workflow(client):
    with inside("sotttt"):
        report = import_records([record()], publish=False)
        page = the_page()
        assert report.created == ["1.000080"] and not report.published
        assert not page.live
        assert WorkflowState.objects.filter(
            object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
        ).exists()
        url = page.url
    assert client.get(url, HTTP_HOST=A_HOST).status_code == 404


def test_a_failure_midway_leaves_nothing_behind():
    broken = record(
        "1.000099", sector_name="Xây dựng", field_name="Nhà ở", description="a\x00b"
    )
    with inside("sotttt"):
        sectors = Sector.objects.count()
        with pytest.raises(ImportFailed) as failure:
            import_records([record(), broken])
        assert "không có thay đổi nào được lưu" in str(failure.value)
        assert "dòng 1" in str(failure.value) and "1.000099" in str(failure.value)
        assert not ProcedurePage.objects.filter(code__in=["1.000080", "1.000099"])
        assert Sector.objects.count() == sectors
        assert not Field.objects.filter(code="G15-TP01").exists()
        assert not Field.objects.filter(name="Nhà ở").exists()


def test_rejections_are_listed_by_file_and_line_and_do_not_fail_the_import():
    items = [
        Rejection("danh-sach.csv", 7, "thiếu mã thủ tục"),
        record(),
        record("1.2345", source="danh-sach.csv", line=9),
        record(line=12, source="khac.json"),
    ]
    with inside("sotttt"):
        report = import_records(items)
        assert report.created == ["1.000080"]
        lines = report.lines()
    assert lines[0] == "danh-sach.csv, dòng 7: thiếu mã thủ tục"
    assert lines[1].startswith("danh-sach.csv, dòng 9: mã thủ tục “1.2345”")
    assert lines[2].startswith("khac.json, dòng 12: mã thủ tục 1.000080 trùng với")


def test_progress_is_reported_as_the_import_goes():
    calls = []
    with inside("sotttt"):
        import_records(
            [record(), record("1.000081")], progress=lambda d, t: calls.append((d, t))
        )
    assert calls == [(1, 2), (2, 2)]


def test_a_procedure_imported_on_one_portal_is_not_on_another(client):
    with inside("sotttt"):
        import_records([record()])
        url = the_page().url
    with inside("soyte"):
        assert not ProcedurePage.objects.filter(code="1.000080").exists()
        assert not Field.objects.filter(code="G15-TP01").exists()
    assert client.get(url, HTTP_HOST=A_HOST).status_code == 200
    assert client.get(url, HTTP_HOST=B_HOST).status_code == 404
