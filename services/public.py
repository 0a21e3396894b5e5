"""What the public pages of the catalogue show, computed once per request.

``catalogue_context`` serves ProcedureIndexPage (groups by sector and field
with counts, filters with counts on their options, the listing, the section's
usage guides) in a constant number of queries whatever the number of
procedures; ``procedure_context`` serves ProcedurePage (every part, in the
shape the template and a citizen read it, with the level rules applied).
Both are called from the pages' ``get_context``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from urllib.parse import urlencode, urlsplit

from django.db.models import Count, F, Q
from django.urls import reverse
from django.utils.translation import gettext as _

from home.languages import translated
from home.models import paginate
from vietnamese import nfc, unaccent

from . import blocks as service_blocks
from . import levels
from .filters import CatalogueFilterForm

PER_PAGE = 20
#: Fields the listing does not need (large JSON and text): left in the table.
_LISTING_DEFERRED = (
    "steps",
    "channels",
    "dossier",
    "results",
    "legal_bases",
    "description",
    "requirements",
    "related",
    "reception_address",
    "applicants",
)
_CHANNEL_LABELS = dict(service_blocks.CHANNEL_CHOICES)
_TIME_UNITS = dict(service_blocks.TIME_UNIT_CHOICES)
#: A document number inside a legal basis's title ("Luật Hộ tịch số 60/2014/QH13").
_NUMBER_IN_TEXT = re.compile(
    r"(?<!\d)\d{1,6}(?:/\d{4})?/[A-Za-zĐđ][A-Za-zĐđ0-9&]*(?:-[A-Za-zĐđ0-9&]+)*"
)


# Level rules as a citizen reads them -----------------------------------------


def level_label(level: int) -> str:
    """Both vocabularies: "Mức độ 3 – Dịch vụ công trực tuyến một phần"."""
    return f"{dict(levels.LEVEL_CHOICES)[level]} – {levels.kind_label(level)}"


def government_level_labels(codes) -> list[str]:
    from .models.procedures import GOVERNMENT_LEVEL_CHOICES

    names = dict(GOVERNMENT_LEVEL_CHOICES)
    return [str(names[code]) for code in codes if code in names]


# Redirect targets -------------------------------------------------------------


def external_target(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) address, else None (no javascript:,
    data:, ftp:, protocol-relative or malformed address is ever offered)."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    if any(ch in url for ch in "\x00\r\n\t\\ ") or len(url) > 2000:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def internal_target(url: str | None) -> str | None:
    """``url`` if it is a path on this host ("/documents/…"), else None."""
    if not url or not isinstance(url, str) or not url.startswith("/"):
        return None
    if url.startswith("//") or any(ch in url for ch in "\x00\r\n\t\\"):
        return None
    return url


def form_entries(page) -> list[tuple[int, object]]:
    """The dossier components of ``page`` that carry a form (a file on the
    portal or a national address), numbered from 1 in the page's order: the
    ``<n>`` of the form-download view."""
    entries = []
    for block in page.dossier:
        if block.block_type != "case":
            continue
        for document in block.value["documents"]:
            if document.get("form_document") or document.get("form_url"):
                entries.append((len(entries) + 1, document))
    return entries


def form_target(document) -> str | None:
    """Where the form of a dossier component is downloaded: the portal's file
    first, else the national address; None when neither is usable."""
    file = document.get("form_document")
    if file is not None:
        target = internal_target(file.url) or external_target(file.url)
        if target:
            return target
    return external_target(document.get("form_url"))


def submission_target(page, request) -> str | None:
    """The one-stop shop's address for ``page`` (ServicesSettings of the
    portal), if it is an http(s) address."""
    from .models.procedures import ServicesSettings

    settings = ServicesSettings.for_request(request)
    if not settings.submission_url:
        return None
    return external_target(settings.submission_link(page.code))


def postal_request_url(page) -> str:
    """Where a citizen asks for this procedure's result by post: the dossier
    lookup (code and receipt secret), from which the request is made for that
    dossier (services.dossier_views.postal_request)."""
    return reverse("services-dossier-lookup")


# The catalogue ----------------------------------------------------------------


def _query(params: dict, **changes) -> str:
    """``?…`` of ``params`` with ``changes`` (None removes a key)."""
    merged = {**params, **changes}
    return "?" + urlencode({k: v for k, v in merged.items() if v not in (None, "")})


def _filtered(procedures, valid: dict, skip=()):
    if "q" not in skip:
        for word in unaccent(nfc(valid.get("q", ""))).lower().split()[:8]:
            procedures = procedures.filter(search_text__contains=word)
    if "nganh" in valid and "nganh" not in skip:
        procedures = procedures.filter(field__sector__slug=valid["nganh"])
    if "linh_vuc" in valid and "linh_vuc" not in skip:
        procedures = procedures.filter(field_id=int(valid["linh_vuc"]))
    if "muc_do" in valid and "muc_do" not in skip:
        procedures = procedures.filter(level=valid["muc_do"])
    if "cap" in valid and "cap" not in skip:
        procedures = procedures.filter(government_levels__contains=[valid["cap"]])
    return procedures


def _groups(procedures, params: dict) -> list[dict]:
    """Sectors, each with its fields, and their counts (one query)."""
    rows = (
        procedures.order_by()
        .values("field_id", "field__name", "field__sector__name", "field__sector__slug")
        .annotate(n=Count("pk"))
    )
    sectors: dict = {}
    unclassified = 0
    for row in rows:
        if row["field_id"] is None:
            unclassified += row["n"]
            continue
        sector = sectors.setdefault(
            row["field__sector__slug"],
            {
                "slug": row["field__sector__slug"],
                "name": row["field__sector__name"],
                "count": 0,
                "fields": [],
                "url": _query(params, nganh=row["field__sector__slug"], linh_vuc=None),
            },
        )
        sector["count"] += row["n"]
        sector["fields"].append(
            {
                "id": str(row["field_id"]),
                "name": row["field__name"],
                "count": row["n"],
                "url": _query(
                    params,
                    nganh=row["field__sector__slug"],
                    linh_vuc=str(row["field_id"]),
                ),
            }
        )
    result = sorted(sectors.values(), key=lambda s: s["name"])
    for sector in result:
        sector["fields"].sort(key=lambda f: f["name"])
    return result, unclassified


def catalogue_context(index, request) -> dict:
    from .models.procedures import GOVERNMENT_LEVEL_CHOICES, Field

    vocabulary = list(Field.objects.values_list("pk", "sector__slug"))
    form = CatalogueFilterForm(
        request.GET,
        sectors=sorted({slug for _pk, slug in vocabulary}),
        fields=[pk for pk, _slug in vocabulary],
    )
    valid = form.filters()
    params = {k: str(v) for k, v in valid.items()}
    procedures = index.procedures()

    groups, unclassified = _groups(
        _filtered(procedures, valid, skip=("nganh", "linh_vuc")), params
    )
    level_counts = _filtered(procedures, valid, skip=("muc_do",)).aggregate(
        **{
            f"l{n}": Count("pk", filter=Q(level=n))
            for n, _label in levels.LEVEL_CHOICES
        }
    )
    cap_counts = _filtered(procedures, valid, skip=("cap",)).aggregate(
        **{
            code: Count("pk", filter=Q(government_levels__contains=[code]))
            for code, _label in GOVERNMENT_LEVEL_CHOICES
        }
    )
    listing = (
        _filtered(procedures, valid)
        .select_related("field__sector")
        .defer(*_LISTING_DEFERRED)
        .order_by(
            F("field__sector__name").asc(nulls_last=True),
            F("field__name").asc(nulls_last=True),
            "code",
            "pk",
        )
    )
    items = paginate(request, listing, per_page=PER_PAGE)
    for item in items:
        item.level_text = level_label(item.level)
        item.government_level_names = government_level_labels(item.government_levels)

    from home.models import StandardPage

    guides = translated(StandardPage.objects.live().child_of(index)).order_by("path")
    chosen_field = next(
        (f for s in groups for f in s["fields"] if f["id"] == params.get("linh_vuc")),
        None,
    )
    return {
        "form": form,
        "params": params,
        "items": items,
        "page_query": _query(params)[1:] + "&" if params else "",
        # A long catalogue lists pages 1 2 … 9 10 11 … 79 80, not 80 links.
        "page_numbers": list(
            items.paginator.get_elided_page_range(items.number, on_each_side=2)
        ),
        "groups": groups,
        "unclassified": unclassified,
        "chosen_field": chosen_field,
        "sector_choices": [(s["slug"], s["name"], s["count"]) for s in groups],
        "field_choices": [
            (f["id"], f"{s['name']} › {f['name']}", f["count"])
            for s in groups
            for f in s["fields"]
        ],
        "level_choices": [
            (str(n), level_label(n), level_counts[f"l{n}"])
            for n, _label in levels.LEVEL_CHOICES
        ],
        "cap_choices": [
            (code, str(label), cap_counts[code])
            for code, label in GOVERNMENT_LEVEL_CHOICES
        ],
        "clear_url": request.path,
        "guides": guides,
    }


# The procedure page -----------------------------------------------------------


def _number(value) -> str:
    """5.00 → "5", 0.5 → "0,5" (Vietnamese decimal comma)."""
    if value is None:
        return ""
    value = Decimal(value).normalize()
    if value == value.to_integral():
        return f"{int(value):,}".replace(",", ".")
    return format(value, "f").replace(".", ",")


def _fee_text(fee) -> str:
    parts = []
    if fee.get("amount") is not None:
        parts.append(f"{_number(fee['amount'])} {fee.get('unit') or ''}".strip())
    if fee.get("description"):
        parts.append(fee["description"])
    return " – ".join(parts)


def _channels(page) -> tuple[list[dict], list[str]]:
    rows, originals = [], []
    for block in page.channels:
        if block.block_type == "original":
            originals.append(block.value)
            continue
        channel = str(_CHANNEL_LABELS.get(block.value["channel"], ""))
        times = list(block.value["times"]) or [None]
        for time in times:
            row = {"channel": channel, "time": "", "description": "", "fees": []}
            if time is not None:
                if time.get("amount") is not None:
                    row["time"] = (
                        f"{_number(time['amount'])} "
                        f"{_TIME_UNITS.get(time.get('unit'), '')}".strip()
                    )
                row["description"] = time.get("description") or ""
                row["fees"] = [t for t in map(_fee_text, time.get("fees") or []) if t]
            rows.append(row)
    return rows, originals


def _dossier(page) -> tuple[list[dict], list[str]]:
    from .urls_public import form_url

    downloadable = page.forms_downloadable
    cases, originals = [], []
    n = 0  # numbered as form_entries numbers them
    for block in page.dossier:
        if block.block_type == "original":
            originals.append(block.value)
            continue
        documents = []
        for document in block.value["documents"]:
            file = document.get("form_document")
            has_form = bool(file or document.get("form_url"))
            n += has_form
            link = None
            if downloadable and has_form and form_target(document):
                link = form_url(page.code, n)
            documents.append(
                {
                    "name": document.get("name") or "",
                    "originals": document.get("originals"),
                    "copies": document.get("copies"),
                    "form_name": document.get("form_name")
                    or (file.title if file else "")
                    or (_("Mẫu đơn, tờ khai") if has_form else ""),
                    "form_link": link,
                }
            )
        cases.append({"case": block.value.get("case") or "", "documents": documents})
    return cases, originals


def _normal_number(number: str) -> str:
    """The key a legal basis and a register entry are matched on: no spaces,
    upper case, Đ as D (national data writes QĐ and QD alike)."""
    return "".join(nfc(number).split()).replace("đ", "d").replace("Đ", "D").upper()


def _legal_bases(page, request) -> tuple[list[dict], list[str], str | None]:
    """The bases (each with the URL of its register page, if there), the
    bases kept as national text, and the URL of the announcing decision."""
    from django.db.models import Func, Value
    from django.db.models.functions import Upper
    from wagtail.models import Locale

    from documents.models import LegalDocumentPage

    bases, originals = [], []
    for block in page.legal_bases:
        if block.block_type == "original":
            originals.append(block.value)
            continue
        number = (block.value.get("number") or "").strip()
        if not number:
            found = _NUMBER_IN_TEXT.search(block.value.get("title") or "")
            number = found.group(0) if found else ""
        bases.append(
            {
                "number": block.value.get("number") or "",
                "title": block.value.get("title") or "",
                "key": _normal_number(number) if number else "",
                "url": None,
            }
        )
    decision_key = _normal_number(page.decision_number) if page.decision_number else ""
    keys = {basis["key"] for basis in bases if basis["key"]} | {decision_key} - {""}
    decision_url = None
    if keys:
        # One query for all bases: the register's entries whose number,
        # normalised the same way in SQL, is one of the bases' numbers; an
        # entry in the page's language wins over the Vietnamese one.
        key = Upper(
            Func(
                F("number_symbol"),
                Value("đĐ "),
                Value("dD"),
                function="translate",
            )
        )
        vietnamese = Locale.objects.filter(language_code="vi").values("pk")
        documents = (
            LegalDocumentPage.objects.live()
            .annotate(number_key=key)
            .filter(number_key__in=keys)
            .filter(Q(locale_id=page.locale_id) | Q(locale_id__in=vietnamese))
        )
        found: dict = {}
        for document in documents:
            best = found.get(document.number_key)
            if best is None or document.locale_id == page.locale_id:
                found[document.number_key] = document
        for basis in bases:
            document = found.get(basis["key"])
            if document is not None:
                basis["url"] = document.get_url(request)
        if decision_key in found:
            decision_url = found[decision_key].get_url(request)
    return bases, originals, decision_url


def procedure_context(page, request) -> dict:
    steps = [
        {
            "kind": block.block_type,
            "case": block.value.get("case") if block.block_type == "case" else "",
            "steps": list(block.value["steps"]) if block.block_type == "case" else [],
            "text": block.value if block.block_type == "original" else "",
        }
        for block in page.steps
    ]
    channels, channel_originals = _channels(page)
    dossier, dossier_originals = _dossier(page)
    results, result_originals = [], []
    for block in page.results:
        if block.block_type == "original":
            result_originals.append(block.value)
        else:
            results.append(block.value)
    bases, basis_originals, decision_url = _legal_bases(page, request)
    submission = None
    if page.online_submission and submission_target(page, request):
        from .urls_public import submission_url

        submission = submission_url(page.code)
    return {
        "level_text": level_label(page.level),
        "level_meaning": levels.LEVEL_MEANING[page.level],
        "government_level_names": government_level_labels(page.government_levels),
        "steps": steps,
        "channel_rows": channels,
        "channel_originals": channel_originals,
        "dossier_cases": dossier,
        "dossier_originals": dossier_originals,
        "results": results,
        "result_originals": result_originals,
        "legal_bases_list": bases,
        "decision_link": decision_url,
        "legal_basis_originals": basis_originals,
        "submission_link": submission,
        "postal_offer": page.postal_delivery,
        "postal_link": postal_request_url(page) if page.postal_delivery else None,
        "national_link": external_target(page.national_url),
        "catalogue": page.get_parent(),
    }
