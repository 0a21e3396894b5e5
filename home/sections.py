"""The mandatory sections of a state agency portal (Decree 42/2022, Art. 11).

Provisioning creates one index page for each, in this order, under the
portal's home page; the slugs are the stable public URLs (``/tin-tuc-su-kien/``).
``in_menu`` sections form the main navigation; the others are in the footer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    in_menu: bool
    # "section" (SectionPage), "news" (NewsIndexPage), "documents" (the register),
    # "qa" (QAIndexPage), "services" (the procedures catalogue)
    kind: str = "section"


SECTIONS: tuple[Section, ...] = (
    Section("gioi-thieu", "Giới thiệu", True),
    Section("tin-tuc-su-kien", "Tin tức – Sự kiện", True, kind="news"),
    Section("chi-dao-dieu-hanh", "Chỉ đạo – Điều hành", True),
    Section("van-ban", "Văn bản quy phạm pháp luật", True, kind="documents"),
    Section(
        "dich-vu-cong",
        "Thủ tục hành chính – Dịch vụ công trực tuyến",
        True,
        kind="services",
    ),
    Section("pho-bien-phap-luat", "Phổ biến, hướng dẫn pháp luật", True),
    Section("chien-luoc-ke-hoach", "Chiến lược – Quy hoạch – Kế hoạch", False),
    Section("du-an-dau-thau", "Dự án – Đấu thầu – Mua sắm công", False),
    Section("lay-y-kien", "Lấy ý kiến dự thảo văn bản", True),
    Section("khoa-hoc-cong-nghe", "Chương trình, đề tài khoa học", False),
    Section("thong-ke", "Số liệu thống kê", False),
    Section("hoi-dap", "Trao đổi – Hỏi đáp", True, kind="qa"),
    Section("cai-chinh", "Thông tin cải chính", False),
    Section("can-bo-lien-he", "Thông tin liên hệ của cán bộ", False),
    Section("lien-he", "Liên hệ", True),
)
