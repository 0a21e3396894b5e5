"""Provision the demo portals of An Giang and fill every mandatory section.

Used by `manage.py seed_demo` (which `make run` calls on every start): portals
that exist already are left as they are, so a second run takes seconds.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection, transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.rich_text import RichText

from home.models import HomePage, NewsIndexPage, NewsPage, SectionPage, StandardPage
from home.portal_tree import date_undated_pages
from tenants.provisioning import PortalRequest, provision_portal
from tenants.schema_clone import ensure_template
from vietnamese import slugify

from . import data

#: Shared password of the demo accounts; `make run` prints it. Demo only:
#: seed_demo refuses to run when DEBUG is off.
DEMO_PASSWORD = "AnGiang-Demo-2026"  # noqa: S105 - printed demo account
#: (username, full name, group) created on every demo portal beside "quantri".
DEMO_STAFF = (
    ("truongban", "Lê Thị Thu Trang", "Trưởng Ban biên tập"),
    ("photruongban", "Nguyễn Văn Đức", "Phó Trưởng Ban biên tập"),
    ("thanhvien", "Phạm Thị Mai", "Thành viên Ban biên tập"),
    ("bientap", "Trần Minh Khoa", "Biên tập viên"),
    ("congtacvien", "Huỳnh Ngọc Hân", "Cộng tác viên"),
)
OPERATOR_USERNAME = "vanhanh"


@dataclass
class SeededPortal:
    code: str
    name: str
    url: str
    created: bool


def seed(
    today: date | None = None,
    only: list[str] | None = None,
    operator: bool = True,
    languages: list[str] | None = None,
) -> list[SeededPortal]:
    """Provision and fill the demo portals (``only`` these codes), and the
    DIC's demo operator unless ``operator`` is False. ``languages`` replaces
    the foreign languages of the portals that have some (the browser tests
    take English only: each language mirrors every page, which takes time)."""
    today = today or timezone.localdate()
    if operator:
        ensure_operator()
    seeded = []
    ensure_template()  # outside the transactions below: it may migrate
    for entry in data.AGENCIES:
        if only and entry["code"] not in only:
            continue
        # One transaction per portal: provisioning and its content, or nothing.
        # It commits while the connection is still in the portal's schema, so
        # Wagtail's on-commit work (redirects on a slug change, for one) runs
        # there and not in public.
        with (
            override_settings(
                EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
            ),
            _schema_kept_until_commit() as stay_in,
            transaction.atomic(),
        ):
            request = portal_request(entry)
            if languages is not None and request.languages:
                request.languages = list(languages)
            result = provision_portal(request)
            stay_in(result.agency)
            if result.created:
                fill_portal(result.agency, entry, today)
            else:
                # A demo database seeded before pages had revisions: give
                # them one (the explorer's "Updated" column); idempotent.
                date_undated_pages()
        seeded.append(
            SeededPortal(
                result.agency.code,
                result.agency.name,
                result.agency.url,
                result.created,
            )
        )
    return seeded


@contextmanager
def _schema_kept_until_commit():
    """Yields ``stay_in(agency)``: switch the connection to that agency's
    schema until this block exits (after the transaction inside it)."""
    previous = connection.tenant
    try:
        yield connection.set_tenant
    finally:
        connection.set_tenant(previous)


def portal_request(entry) -> PortalRequest:
    return PortalRequest(
        name=entry["name"],
        kind=entry["kind"],
        parent=entry["parent"],
        code=entry["code"],
        decision_number=entry["decision_number"],
        decision_date=date.fromisoformat(entry["decision_date"]),
        description=entry["description"],
        address=entry["address"],
        phone=entry["phone"],
        email=entry["email"],
        responsible=entry["responsible"],
        admin_username="quantri",
        admin_email=entry["email"],
        admin_password=DEMO_PASSWORD,
        # Art. 9.3b: the Foreign Affairs portal in English, Chinese, French, Khmer.
        languages=["en", "zh-hans", "fr", "km"] if entry["code"] == "songoaivu" else [],
    )


def ensure_operator():
    """The DIC's demo operator in the public schema (console sign-in)."""
    User = get_user_model()
    if not User.objects.filter(username=OPERATOR_USERNAME).exists():
        User.objects.create_superuser(
            OPERATOR_USERNAME,
            email="vanhanh@angiang.gov.vn",
            password=DEMO_PASSWORD,
            full_name="Nguyễn Hoàng Phúc",
        )


def fill_portal(agency, entry, today: date) -> None:
    """Sample content in every mandatory section of one portal."""
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    home.intro = f"<p>{entry['description']}</p>"
    home.save_revision().publish()  # published, so the language aliases follow
    from services.models import ProcedureIndexPage

    sections = list(SectionPage.objects.child_of(home))
    sections += list(ProcedureIndexPage.objects.child_of(home))  # its usage guides
    for section in sections:
        content = data.SECTIONS.get(section.slug)
        if content is None:
            continue
        section.intro = f"<p>{_fill(content['intro'], agency)}</p>"
        section.save_revision().publish()
        for offset, page in enumerate(content["pages"]):
            published = _moment(today - timedelta(days=30 + offset))
            section.add_child(
                instance=StandardPage(
                    title=page["title"],
                    slug=slugify(page["title"])[:80],
                    summary=_fill(page["summary"], agency),
                    body=_paragraphs(page["body"], agency),
                    first_published_at=published,
                    last_published_at=published,
                )
            )
    news_index = NewsIndexPage.objects.child_of(home).get()
    articles = data.AGENCY_NEWS.get(agency.code, []) + data.NEWS
    for article in articles:
        day = today - timedelta(days=article["days_ago"])
        news_index.add_child(
            instance=NewsPage(
                title=article["title"],
                slug=slugify(article["title"])[:80],
                date=day,
                summary=_fill(article["summary"], agency),
                body=_paragraphs(article["body"], agency),
                source=agency.name,
                first_published_at=_moment(day),
                last_published_at=_moment(day),
            )
        )
    staff = {}
    for n, (username, full_name, group) in enumerate(DEMO_STAFF, start=1):
        user = get_user_model().objects.create_user(
            username,
            email=f"{username}.{agency.code}@angiang.gov.vn",
            password=DEMO_PASSWORD,
            full_name=full_name,
            decision_number=f"{n}{entry['decision_number']}",
            decision_date=date.fromisoformat(entry["decision_date"]),
        )
        user.groups.add(Group.objects.get(name=group))
        staff[username] = user
    seed_editorial_work(agency, home, staff)
    seed_documents(agency, today)
    seed_questions(agency, today)
    # Real procedures from the national data, where this portal carries some out.
    from .procedures import seed_procedures

    seed_procedures(agency, user=staff["truongban"])
    # A first revision for every page made above, dated as published, so
    # the page explorer's "Updated" column and the history show them.
    date_undated_pages()
    # Keep the foreign-language trees in step with the content just added.
    from home import languages

    for code in languages.enabled():
        if code != "vi":
            languages.enable(code)
    seed_translations(agency, staff)


def seed_translations(agency, staff) -> None:
    """Real translations of a few pages (Decree 42/2022: the introduction in
    English), made the way a translator does: wagtail-localize's segments
    filled from a PO file, then approved and published by the board's head."""
    from django.contrib.auth.models import Group
    from wagtail.models import Locale, Page
    from wagtail_localize.models import Translation
    from wagtail_localize.operations import translate_object

    entries = data.TRANSLATIONS.get(agency.code)
    if not entries:
        return
    translator = get_user_model().objects.create_user(
        "biendich",
        email=f"biendich.{agency.code}@angiang.gov.vn",
        password=DEMO_PASSWORD,
        full_name="Trần Thị Ngọc Anh",
        decision_number=f"6{staff['truongban'].decision_number[1:]}",
        decision_date=staff["truongban"].decision_date,
    )
    translator.groups.add(Group.objects.get(name="Biên dịch viên"))
    for code, pages in entries.items():
        locale = Locale.objects.get(language_code=code)
        for slug, fields in pages.items():
            source = Page.objects.get(slug=slug, locale__language_code="vi").specific
            translate_object(source, [locale], user=translator)
            translation = Translation.objects.get(
                source__object_id=source.translation_key, target_locale=locale
            )
            po = translation.export_po()
            for entry in po:
                entry.msgstr = fields.get(entry.msgctxt.split(".")[0], "")
            translation.import_po(po, user=translator, tool_name="PO")
            translation.save_target(user=translator, publish=False)
            # Published now rather than on commit (save_target's way), so the
            # English page is live inside the portal's seeding transaction.
            target = source.get_translation(locale)
            target.get_latest_revision().publish(user=staff["truongban"])


def seed_questions(agency, today: date) -> None:
    """Published Q&A from the sample content, and one question in the queue."""
    from datetime import timedelta

    from django.utils import timezone as tz

    from qa.models import Question
    from qa.pages import QAIndexPage, QAPage

    index = QAIndexPage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    for n, item in enumerate(data.SECTIONS["hoi-dap"]["pages"]):
        index.add_child(
            instance=QAPage(
                title=item["title"],
                slug=slugify(item["title"])[:80],
                question_text=_fill(item["summary"], agency),
                asker="N.V.T.",
                field="thu-tuc-hanh-chinh",
                answer="\n\n".join(_fill(p, agency) for p in item["body"]),
                asked_on=today - timedelta(days=40 + n),
                answered_on=today - timedelta(days=30 + n),
            )
        )
    Question.objects.create(
        name="Đỗ Thị Kim Loan",
        email="kimloan@example.vn",
        title="Hồ sơ đề nghị cấp giấy phép",
        question="Xin hỏi hồ sơ đề nghị cấp giấy phép gồm những giấy tờ gì và nộp ở đâu?",
        field="thu-tuc-hanh-chinh",
        consent_at=tz.now(),
        received_at=tz.now() - timedelta(days=12),
    )


def seed_documents(agency, today: date) -> None:
    """The register: real governing texts and the agency's own documents, some
    posted on time, some late, some still open (see demo.documents)."""
    from datetime import timedelta

    from documents.models import LegalDocumentIndexPage, LegalDocumentPage

    from .documents import COMMON, own_documents

    index = LegalDocumentIndexPage.objects.get(
        locale__language_code=settings.LANGUAGE_CODE
    )
    for item in COMMON + own_documents(agency.code, agency.name, today):
        page = index.add_child(
            instance=LegalDocumentPage(
                title=item["title"],
                number_symbol=item["number"],
                issuing_body_name=item["body"],
                signer=item["signer"],
                issued_on=item["issued"],
                effective_on=item["effective"],
                field=item["field"],
                legal_status=item.get("status", "in_force"),
                abstract=item["title"],
                deadline_rule=item["rule"],
                live=False,
            )
        )
        if item["posted_after_days"] is not None:
            page.save_revision().publish()
            # Dated as if posted that many days after issue, so the deadline
            # figures on the dashboards mean something.
            posted = _moment(item["issued"] + timedelta(days=item["posted_after_days"]))
            LegalDocumentPage.objects.filter(pk=page.pk).update(
                first_published_at=posted, last_published_at=posted
            )


def seed_editorial_work(agency, home, staff) -> None:
    """Something for the board to do on first run: a page waiting for review and
    a contribution in the inbox."""
    from editorial.models import Contribution

    section = SectionPage.objects.child_of(home).get(slug="chi-dao-dieu-hanh")
    draft = section.add_child(
        instance=StandardPage(
            title="Lịch công tác tuần sau của lãnh đạo",
            slug="lich-cong-tac-tuan-sau",
            summary=f"Lịch công tác tuần của lãnh đạo {agency.name}.",
            body=_paragraphs(
                [
                    "Thứ Hai: 7 giờ 30, họp giao ban; 14 giờ, làm việc với các phòng chuyên môn."
                ],
                agency,
            ),
            live=False,
            owner=staff["congtacvien"],
        )
    )
    draft.save_revision(user=staff["congtacvien"])
    draft.get_workflow().start(draft, staff["congtacvien"])
    Contribution.objects.create(
        provider_kind=Contribution.KIND_PERSON,
        provider_name="Lâm Văn Phúc",
        email="lamvanphuc@example.vn",
        title="Đề nghị đăng thông tin về mô hình trồng nấm rơm tại xã Mỹ Hòa Hưng",
        content=(
            "Kính gửi Ban biên tập,\n\nTôi xin gửi thông tin về mô hình trồng nấm rơm "
            "cho thu nhập ổn định của bà con trong xã."
        ),
        accuracy_statement=True,
    )


def _fill(text: str, agency) -> str:
    return text.format(agency=agency.name)


def _paragraphs(paragraphs, agency):
    return [("paragraph", RichText(f"<p>{_fill(p, agency)}</p>")) for p in paragraphs]


def _moment(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(8, 0)))


def demo_accounts() -> list[tuple[str, str]]:
    """(where, username) of every demo account, for `make run` to print."""
    accounts = [
        (
            f"console http://{settings.PORTAL_CONSOLE_DOMAIN}:{settings.PORTAL_PORT}/",
            OPERATOR_USERNAME,
        )
    ]
    accounts += [("each portal /admin/", "quantri (quản trị kỹ thuật)")]
    accounts += [("each portal /admin/", f"{u} ({g})") for u, _n, g in DEMO_STAFF]
    accounts += [
        (f"{code} /admin/", "biendich (Biên dịch viên)") for code in data.TRANSLATIONS
    ]
    return accounts
