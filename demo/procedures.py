"""The demo catalogues: real procedures from the national data (data/tthc),
imported into the portals that carry them out, the way an operator would
(`manage.py import_procedures`), so the demo shows what the importer makes.

- Sở Tư pháp: the Ministry of Justice's procedures carried out at provincial level;
- Sở Xây dựng: the Ministry of Construction's, at provincial level;
- district portals: the commune-level procedures of both (their communes'
  one-stop shops; the data has no district level since the 2025 reform);
- commune portals: a small share of the Ministry of Justice's commune-level
  procedures (certification and grassroots mediation, 17 of them), so the
  district's and the province's catalogues show a commune's procedures
  beside the district's without the demo's seeding growing much.
"""

from __future__ import annotations

from django.conf import settings

from services.records import ProcedureRecord

#: portal kind or code → (ministry folders, government level a procedure must
#: have, and optionally the only fields taken)
CATALOGUES = {
    "sotuphap": (("bo-tu-phap",), "tinh"),
    "soxaydung": (("bo-xay-dung",), "tinh"),
    "district": (("bo-tu-phap", "bo-xay-dung"), "xa"),
    "commune": (("bo-tu-phap",), "xa", ("Chứng thực", "Hòa giải ở cơ sở")),
}


def catalogue_for(agency) -> tuple | None:
    return CATALOGUES.get(agency.code) or CATALOGUES.get(agency.kind.code)


def seed_procedures(agency, user=None):
    """Import this portal's share of the national data; None if it has none."""
    from services.importer import read_paths
    from services.importer.writer import import_records

    catalogue = catalogue_for(agency)
    if catalogue is None:
        return None
    folders, level, *only = catalogue
    fields = set(only[0]) if only else None
    paths = [settings.TTHC_DATA_DIR / "json" / folder for folder in folders]
    if not all(path.is_dir() for path in paths):
        return None  # TTHC_DATA_DIR elsewhere and empty: a demo without catalogue
    records = [
        item
        for item in read_paths(paths)
        if isinstance(item, ProcedureRecord)
        and level in item.government_levels
        and (fields is None or item.field_name in fields)
    ]
    return import_records(records, portal_user=user, publish=True)
