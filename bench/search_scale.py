"""Search at scale on both backends, side by side (issue 14.5).

``BENCH_SEARCH_ITEMS`` items (default 100,000) across ``BENCH_SEARCH_PORTALS``
pseudo-portals (default 20), indexed through each backend's own ``index()``
in batches of 500 (as the outbox's delivery writes them), then queried through
its ``search()``. Prints, per backend, the documents per second and seconds to
index them all (Elasticsearch: with the refreshes), and the p50 / p95
milliseconds of a query on ONE portal holding its share of the items, measured
before the other portals are indexed (the baseline, in the same run), beside
the same queries against a random portal once every portal is indexed.

The pseudo-portals are not provisioned: each is a PostgreSQL schema
``bench_search_NN`` holding only the ``search.Entry`` table, created by the
schema editor exactly as the migration makes it (generated ``tsvector``, GIN
index), with ``connection.set_schema()`` pointing the connection at it (any
schema name will do: django-tenants wraps it in a ``FakeTenant``). On
Elasticsearch, each is the index behind ``portal_alias()`` of that schema,
under a prefix of the bench's own (``aggov-bench-scale-…``). Both are removed
in a ``finally``, and the leftovers of a crashed run at the start.

The items: the real procedures of ``data/tthc`` with the judged set's
documents and news (``search.quality.judged.corpus()``) on every portal, the
rest news, legal documents (numbers such as ``123/QĐ-UBND``), pages and
answers built from Vietnamese sentence parts with each portal's agency,
districts and communes of An Giang; bodies of 0.5–3 KB; NFC; generated per
portal from a seeded random (the same items in every run), once per backend.

The queries (``BENCH_SEARCH_QUERIES`` a round, default 200, after 20 not
counted): the judged set's texts (folded and accented, codes, numbers,
misspellings), procedure codes, document numbers, the generated items'
subjects, and a few that find nothing (the suggestion path), drawn with a
seeded random; one ``connection.set_schema()`` before each, as a request.

Run alone: ``.venv/bin/python bench/search_scale.py`` (``make demo`` first,
for the database; ``ELASTICSEARCH_URL`` for Elasticsearch); ``bench/run.py``
runs it.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
import random
import statistics
import sys
import time
import unicodedata
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))

ITEMS = int(os.environ.get("BENCH_SEARCH_ITEMS", "100000"))
PORTALS = int(os.environ.get("BENCH_SEARCH_PORTALS", "20"))
QUERIES = int(os.environ.get("BENCH_SEARCH_QUERIES", "200"))
WARMUP = 20
BATCH = 500
SCHEMA_PREFIX = "bench_search_"
INDEX_PREFIX = "aggov-bench-scale"
SEED = 14
#: The group of the queries that find nothing in ``query_plan``.
NOTHING = 4


def _nfc(value):
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    return tuple(_nfc(v) for v in value)


# --- Vietnamese parts ----------------------------------------------------------

#: (agency, short name, its document symbol): one per pseudo-portal, cycled.
AGENCIES = _nfc(
    (
        ("Sở Tư pháp", "Sở Tư pháp", "STP"),
        ("Sở Xây dựng", "Sở Xây dựng", "SXD"),
        ("Sở Y tế", "Sở Y tế", "SYT"),
        ("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "SGDĐT"),
        ("Sở Nội vụ", "Sở Nội vụ", "SNV"),
        ("Sở Tài chính", "Sở Tài chính", "STC"),
        ("Sở Công Thương", "Sở Công Thương", "SCT"),
        ("Sở Nông nghiệp và Môi trường", "Sở NN&MT", "SNNMT"),
        ("Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL", "SVHTTDL"),
        ("Sở Khoa học và Công nghệ", "Sở KH&CN", "SKHCN"),
        ("Ủy ban nhân dân thành phố Long Xuyên", "UBND thành phố Long Xuyên", "UBND"),
        ("Ủy ban nhân dân thành phố Châu Đốc", "UBND thành phố Châu Đốc", "UBND"),
        ("Ủy ban nhân dân thị xã Tân Châu", "UBND thị xã Tân Châu", "UBND"),
        ("Ủy ban nhân dân huyện An Phú", "UBND huyện An Phú", "UBND"),
        ("Ủy ban nhân dân huyện Phú Tân", "UBND huyện Phú Tân", "UBND"),
        ("Ủy ban nhân dân huyện Châu Phú", "UBND huyện Châu Phú", "UBND"),
        ("Ủy ban nhân dân thị xã Tịnh Biên", "UBND thị xã Tịnh Biên", "UBND"),
        ("Ủy ban nhân dân huyện Tri Tôn", "UBND huyện Tri Tôn", "UBND"),
        ("Ủy ban nhân dân huyện Chợ Mới", "UBND huyện Chợ Mới", "UBND"),
        ("Ủy ban nhân dân huyện Thoại Sơn", "UBND huyện Thoại Sơn", "UBND"),
    )
)
#: District-level units of An Giang with some of their communes and wards.
DISTRICTS = _nfc(
    (
        (
            "thành phố Long Xuyên",
            (
                "phường Mỹ Bình",
                "phường Mỹ Long",
                "phường Mỹ Xuyên",
                "phường Bình Đức",
                "xã Mỹ Hòa Hưng",
            ),
        ),
        (
            "thành phố Châu Đốc",
            (
                "phường Núi Sam",
                "phường Vĩnh Mỹ",
                "phường Châu Phú A",
                "xã Vĩnh Tế",
                "xã Vĩnh Châu",
            ),
        ),
        (
            "thị xã Tân Châu",
            (
                "phường Long Sơn",
                "phường Long Thạnh",
                "xã Vĩnh Xương",
                "xã Tân An",
                "xã Phú Vĩnh",
            ),
        ),
        (
            "huyện An Phú",
            (
                "thị trấn An Phú",
                "xã Khánh An",
                "xã Quốc Thái",
                "xã Vĩnh Hội Đông",
                "xã Phú Hữu",
            ),
        ),
        (
            "huyện Phú Tân",
            (
                "thị trấn Phú Mỹ",
                "thị trấn Chợ Vàm",
                "xã Phú Thạnh",
                "xã Tân Hòa",
                "xã Hiệp Xương",
            ),
        ),
        (
            "huyện Châu Phú",
            (
                "thị trấn Cái Dầu",
                "xã Bình Long",
                "xã Mỹ Đức",
                "xã Khánh Hòa",
                "xã Đào Hữu Cảnh",
            ),
        ),
        (
            "thị xã Tịnh Biên",
            (
                "phường Nhà Bàng",
                "phường Chi Lăng",
                "xã An Cư",
                "xã Văn Giáo",
                "xã Tân Lợi",
            ),
        ),
        (
            "huyện Tri Tôn",
            (
                "thị trấn Tri Tôn",
                "thị trấn Ba Chúc",
                "xã Cô Tô",
                "xã Lê Trì",
                "xã Ô Lâm",
            ),
        ),
        (
            "huyện Chợ Mới",
            (
                "thị trấn Chợ Mới",
                "thị trấn Mỹ Luông",
                "xã Kiến An",
                "xã Long Điền A",
                "xã Hội An",
            ),
        ),
        (
            "huyện Châu Thành",
            (
                "thị trấn An Châu",
                "xã Bình Hòa",
                "xã Vĩnh Thành",
                "xã Cần Đăng",
                "xã Hòa Bình Thạnh",
            ),
        ),
        (
            "huyện Thoại Sơn",
            (
                "thị trấn Núi Sập",
                "thị trấn Óc Eo",
                "xã Vọng Thê",
                "xã Định Mỹ",
                "xã Thoại Giang",
            ),
        ),
    )
)
TOPICS = _nfc(
    (
        "cải cách hành chính",
        "chuyển đổi số",
        "phòng, chống dịch sốt xuất huyết",
        "xây dựng nông thôn mới",
        "an toàn vệ sinh thực phẩm",
        "phổ biến, giáo dục pháp luật",
        "dịch vụ công trực tuyến toàn trình",
        "giảm nghèo bền vững",
        "phòng, chống thiên tai mùa mưa lũ",
        "bảo hiểm y tế học sinh, sinh viên",
        "phát triển du lịch cộng đồng",
        "thu hút đầu tư",
        "quản lý trật tự xây dựng",
        "bảo vệ môi trường và thu gom rác thải",
        "tiếp công dân và giải quyết khiếu nại, tố cáo",
        "hòa giải ở cơ sở",
        "đăng ký hộ tịch",
        "tuyển dụng viên chức",
        "chăm sóc sức khỏe ban đầu",
        "phòng cháy, chữa cháy",
        "an toàn giao thông",
        "chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số",
        "tiêm chủng mở rộng",
        "khởi nghiệp đổi mới sáng tạo",
        "chuyển đổi cơ cấu cây trồng",
        "nuôi trồng thủy sản",
        "xóa nhà tạm, nhà dột nát",
        "phổ cập giáo dục mầm non",
        "thực hành tiết kiệm, chống lãng phí",
        "phòng, chống tham nhũng",
        "cấp giấy chứng nhận quyền sử dụng đất",
        "giải phóng mặt bằng",
        "xây dựng chính quyền số",
        "bình đẳng giới",
        "phòng, chống ma túy",
    )
)
NEWS_ACTIONS = _nfc(
    (
        "tổ chức hội nghị triển khai công tác",
        "kiểm tra công tác",
        "tập huấn nghiệp vụ về",
        "sơ kết 6 tháng thực hiện",
        "tổng kết công tác",
        "phát động phong trào thi đua về",
        "ký kết quy chế phối hợp về",
        "tuyên truyền, phổ biến về",
        "đẩy mạnh",
        "hướng dẫn người dân về",
        "tọa đàm về",
        "khảo sát tình hình",
    )
)
NAMES = _nfc(
    (
        "Nguyễn Văn An",
        "Trần Thị Bích",
        "Lê Hoàng Phúc",
        "Phạm Minh Tuấn",
        "Võ Thị Thu Hà",
        "Huỳnh Thanh Sơn",
        "Đặng Văn Lợi",
        "Bùi Thị Ngọc Hân",
        "Đỗ Quốc Khánh",
        "Ngô Thanh Tâm",
        "Châu Văn Bảy",
        "Néang Sóc Kha",
    )
)
ROLES = _nfc(
    (
        "Giám đốc",
        "Phó Giám đốc",
        "Chủ tịch",
        "Phó Chủ tịch",
        "Chánh Văn phòng",
        "Trưởng phòng Tổng hợp",
    )
)
NEWS_SENTENCES = _nfc(
    (
        "Tham dự có đại diện lãnh đạo {other}, các phòng, ban chuyên môn và {n} đại biểu đến từ các xã, phường, thị trấn trên địa bàn.",
        "Theo báo cáo, trong {period}, toàn {district} đã triển khai nhiều giải pháp về {topic}, đạt {p}% kế hoạch đề ra.",
        "Phát biểu chỉ đạo, đồng chí {name}, {role} {agency}, đề nghị các đơn vị tiếp tục quan tâm {topic}, kịp thời tháo gỡ khó khăn, vướng mắc phát sinh.",
        "Qua đó, người dân {commune} được tiếp cận thông tin đầy đủ, nhanh chóng và thuận tiện hơn.",
        "Dịp này, {agency} đã trao {n} giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong {topic}.",
        "Người dân có nhu cầu có thể liên hệ {agency} qua số điện thoại 0296.38{phone} hoặc Cổng dịch vụ công trực tuyến để được hướng dẫn.",
        "Bên cạnh kết quả đạt được, công tác {topic} vẫn còn một số hạn chế như nguồn lực còn hạn chế, sự phối hợp giữa các ngành chưa chặt chẽ.",
        "Trong thời gian tới, {agency} sẽ tăng cường kiểm tra, giám sát, đồng thời đẩy mạnh ứng dụng công nghệ thông tin trong {topic}.",
        "Tại {commune}, {district}, đoàn đã đến thăm, tặng {n} phần quà cho các hộ gia đình có hoàn cảnh khó khăn, mỗi phần trị giá {money} đồng.",
        "Hội nghị cũng đã nghe các ý kiến tham luận, chia sẻ kinh nghiệm của các địa phương làm tốt công tác {topic}.",
        "Kết quả, {n} hồ sơ đã được tiếp nhận và giải quyết đúng hạn, không có hồ sơ trễ hẹn.",
        "Chương trình nhằm nâng cao nhận thức, trách nhiệm của cán bộ, công chức, viên chức và Nhân dân về {topic}.",
    )
)
DOCUMENT_KINDS = _nfc(
    (
        ("QĐ", "Quyết định", "ban hành Quy chế về"),
        ("QĐ", "Quyết định", "phê duyệt kế hoạch"),
        ("QĐ", "Quyết định", "công bố danh mục thủ tục hành chính lĩnh vực"),
        ("KH", "Kế hoạch", "thực hiện"),
        ("CV", "Công văn", "về việc tăng cường"),
        ("TB", "Thông báo", "kết luận của lãnh đạo tại buổi làm việc về"),
        ("CT", "Chỉ thị", "về đẩy mạnh"),
        ("BC", "Báo cáo", "kết quả thực hiện"),
    )
)
DOCUMENT_SENTENCES = _nfc(
    (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
        "Căn cứ Nghị định số {n}/{year}/NĐ-CP của Chính phủ quy định chi tiết một số điều về {topic};",
        "Căn cứ Quyết định số {n2}/{before}/QĐ-UBND của Ủy ban nhân dân tỉnh An Giang;",
        "Theo đề nghị của {role} {agency} tại Tờ trình số {n}/TTr-{symbol} ngày {day}.",
        "Điều 1. Ban hành kèm theo văn bản này các nội dung về {topic} trên địa bàn {district}.",
        "Điều 2. Giao {agency} chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân cấp huyện tổ chức triển khai thực hiện; định kỳ báo cáo kết quả trước ngày 15 tháng 12 hằng năm.",
        "Điều 3. Văn bản này có hiệu lực kể từ ngày {day}. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành.",
        "Kinh phí thực hiện từ nguồn ngân sách nhà nước được giao trong dự toán năm {year} và các nguồn huy động hợp pháp khác.",
        "Mục tiêu đến năm {year2}: {p}% hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến; {p2}% người dân hài lòng với sự phục vụ của cơ quan hành chính.",
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về {agency} để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết.",
    )
)
PAGE_TITLES = _nfc(
    (
        "Giới thiệu {agency}",
        "Chức năng, nhiệm vụ, quyền hạn của {agency}",
        "Cơ cấu tổ chức",
        "Lịch công tác tuần {n} năm {year}",
        "Danh bạ điện thoại, thư điện tử của {agency}",
        "Dự án đầu tư về {topic} tại {district}",
        "Báo cáo thống kê {topic} năm {year}",
        "Chương trình, đề tài nghiên cứu khoa học về {topic}",
        "Thông tin tuyên truyền về {topic}",
        "Quy hoạch, kế hoạch phát triển {district} giai đoạn {year}-{year2}",
    )
)
PAGE_SENTENCES = _nfc(
    (
        "{agency} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh An Giang, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về {topic}.",
        "Trụ sở đặt tại số {n} đường Tôn Đức Thắng, {commune}, {district}, tỉnh An Giang; điện thoại 0296.38{phone}.",
        "Lãnh đạo gồm đồng chí {name}, {role}, và các Phó Giám đốc phụ trách từng lĩnh vực.",
        "Thứ Hai, ngày {day}: 7 giờ 30, {role} chủ trì họp giao ban; 14 giờ, làm việc với {commune} về {topic}.",
        "Dự án có tổng mức đầu tư {invest} đồng, thời gian thực hiện từ năm {year} đến năm {year2}, quy mô {n} héc-ta.",
        "Số liệu được tổng hợp từ báo cáo của {n} xã, phường, thị trấn, cập nhật đến ngày {day}.",
    )
)
QUESTIONS = _nfc(
    (
        "Tôi ở {commune}, {district}, xin hỏi {proc} cần những giấy tờ gì và nộp ở đâu?",
        "Xin hỏi {proc} mất bao nhiêu ngày làm việc và lệ phí là bao nhiêu?",
        "Gia đình tôi muốn thực hiện {proc} qua Cổng dịch vụ công trực tuyến, có cần đến trực tiếp không?",
        "Hỏi về quy định {topic} áp dụng tại {district}.",
    )
)
ANSWER_SENTENCES = _nfc(
    (
        "Trả lời: Căn cứ quy định hiện hành, {agency} trả lời như sau.",
        "Thành phần hồ sơ gồm tờ khai theo mẫu, bản sao giấy tờ tùy thân và các giấy tờ chứng minh theo quy định; số lượng hồ sơ: 01 bộ.",
        "Thời hạn giải quyết là {n} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; hồ sơ nộp trực tuyến được giảm 50% lệ phí.",
        "Ông (bà) có thể nộp hồ sơ tại Bộ phận Một cửa {commune} hoặc qua Cổng dịch vụ công quốc gia, nhận kết quả qua dịch vụ bưu chính công ích.",
        "Nội dung này được quy định tại Thông tư số {n}/{year}/TT-BTP; đề nghị ông (bà) nghiên cứu để thực hiện đúng quy định.",
        "Mọi vướng mắc xin liên hệ số điện thoại 0296.38{phone} trong giờ hành chính để được hướng dẫn cụ thể.",
    )
)

#: Queries built from the generated items' subjects, folded and accented.
TOPIC_QUERIES = _nfc(
    (
        "cai cach hanh chinh",
        "chuyển đổi số",
        "an toan ve sinh thuc pham chau doc",
        "lich cong tac tuan",
        "phong chong thien tai mua mua lu",
        "tuyển dụng viên chức năm 2025",
        "xay dung nong thon moi tri ton",
        "quy che phoi hop",
        "hoa giai o co so",
        "du an dau tu du lich cong dong",
        "giay chung nhan quyen su dung dat",
        "tiêm chủng mở rộng",
    )
)
#: Queries that find nothing: a misspelt word in a short query (the
#: suggestion path) and words no item holds.
NOTHING_QUERIES = _nfc(("xay dumg", "khai sinhh", "ket hom", "qwzx kvtb", "dang kyy"))


def _day(rng: random.Random) -> datetime.date:
    start = datetime.date(2015, 1, 1).toordinal()
    return datetime.date.fromordinal(
        rng.randint(start, datetime.date(2026, 11, 30).toordinal())
    )


class Portal:
    """The parts of one pseudo-portal's items."""

    def __init__(self, number: int):
        self.number = number
        self.schema = f"{SCHEMA_PREFIX}{number:02d}"
        agency, short, symbol = AGENCIES[number % len(AGENCIES)]
        if number >= len(AGENCIES):
            agency, short = f"{agency} ({number})", f"{short} ({number})"
        self.agency, self.short, self.symbol = agency, short, symbol
        rng = random.Random(SEED * 1000 + number)
        own = next((d for d in DISTRICTS if d[0] in agency), None)
        self.districts = [own] if own else rng.sample(DISTRICTS, 3)


class _Values(dict):
    """The slots of a sentence, each drawn when the sentence names it."""

    def __init__(self, rng, portal, extra):
        super().__init__(agency=portal.agency, symbol=portal.symbol, **extra)
        self.rng, self.portal = rng, portal

    def __missing__(self, key):
        rng = self.rng
        if key in ("district", "commune"):
            district, communes = rng.choice(self.portal.districts)
            self["district"], self["commune"] = district, rng.choice(communes)
            return self[key]
        if key in ("day", "year", "year2", "before"):
            day = _day(rng)
            self["day"], self["year"] = day.strftime("%d/%m/%Y"), day.year
            self["year2"] = day.year + rng.randint(1, 5)
            self["before"] = day.year - rng.randint(0, 6)
            return self[key]
        draw = {
            "other": lambda: rng.choice(AGENCIES)[0],
            "topic": lambda: rng.choice(TOPICS),
            "name": lambda: rng.choice(NAMES),
            "role": lambda: rng.choice(ROLES),
            "n": lambda: rng.randint(2, 250),
            "n2": lambda: rng.randint(1, 60),
            "p": lambda: rng.randint(60, 100),
            "p2": lambda: rng.randint(80, 99),
            "phone": lambda: f"{rng.randint(0, 99999):05d}",
            "money": lambda: f"{rng.randint(3, 50)}0.000",
            "invest": lambda: (
                f"{rng.randint(1, 900)}.{rng.randint(0, 999):03d}.000.000"
            ),
            "period": lambda: rng.choice(
                ("6 tháng đầu năm", "năm qua", "quý III", "9 tháng")
            ),
        }[key]
        self[key] = value = draw()
        return value


def _fill(rng: random.Random, portal: Portal, template: str, **extra) -> str:
    return template.format_map(_Values(rng, portal, extra))


def _body(rng, portal, sentences, lead: str = "") -> str:
    """Paragraphs of ``sentences`` up to a length of 0.4–2.5 thousand
    characters (0.5–3 KB in UTF-8), most near one."""
    target = int(rng.triangular(400, 2500, 800))
    parts, length, order = [lead] if lead else [], len(lead), []
    while length < target:
        if not order:  # each sentence once before any comes again
            order = rng.sample(sentences, len(sentences))
        sentence = _fill(rng, portal, order.pop())
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)


def _generated(rng, portal: Portal, number: int, procedures):
    from search.documents import SearchDoc

    kind = rng.choices(("news", "document", "page", "answer"), (45, 25, 12, 18))[0]
    day = _day(rng)
    if kind == "news":
        district, communes = rng.choice(portal.districts)
        place = rng.choice(
            (
                f"tại {rng.choice(communes)}",
                f"trên địa bàn {district}",
                f"năm {day.year}",
            )
        )
        title = (
            f"{portal.short} {rng.choice(NEWS_ACTIONS)} {rng.choice(TOPICS)} {place}"
        )
        lead = f"Ngày {day.strftime('%d/%m/%Y')}, {portal.agency} {title[len(portal.short) + 1 :]}."
        return SearchDoc(
            key=f"news:{number}",
            kind="news",
            language="vi",
            title=title,
            body=_body(rng, portal, NEWS_SENTENCES, lead),
            section="Tin tức - Sự kiện",
            url=f"/tin-tuc-su-kien/tin-{number}/",
            date=day,
        )
    if kind == "document":
        symbol, name, purpose = rng.choice(DOCUMENT_KINDS)
        issuer = "UBND" if rng.random() < 0.5 else portal.symbol
        if symbol == "QĐ" and issuer == "UBND" and rng.random() < 0.5:
            code = f"{rng.randint(1, 60):02d}/{day.year}/QĐ-UBND"
        else:
            code = f"{rng.randint(1, 3500)}/{symbol}-{issuer}"
        title = f"{name} {purpose} {rng.choice(TOPICS)}"
        lead = f"{name} số {code} ngày {day.strftime('%d/%m/%Y')} {title[len(name) + 1 :]}."
        return SearchDoc(
            key=f"document:{number}",
            kind="document",
            language="vi",
            title=title,
            body=_body(rng, portal, DOCUMENT_SENTENCES, lead),
            code=code,
            section="Văn bản chỉ đạo điều hành",
            url=f"/van-ban/{number}/",
            date=day,
        )
    if kind == "page":
        return SearchDoc(
            key=f"page:{number}",
            kind="page",
            language="vi",
            title=_fill(rng, portal, rng.choice(PAGE_TITLES)),
            body=_body(rng, portal, PAGE_SENTENCES),
            section=rng.choice(
                ("Giới thiệu", "Thông tin tuyên truyền", "Dự án đầu tư")
            ),
            url=f"/gioi-thieu/trang-{number}/",
            date=day,
        )
    procedure = rng.choice(procedures)
    question = _fill(
        rng,
        portal,
        rng.choice(QUESTIONS),
        proc=procedure.title[:1].lower() + procedure.title[1:],
    )
    return SearchDoc(
        key=f"answer:{number}",
        kind="answer",
        language="vi",
        title=question if len(question) < 160 else question[:157] + "…",
        body=_body(rng, portal, ANSWER_SENTENCES, question),
        section="Hỏi đáp",
        url=f"/hoi-dap/{number}/",
        date=day,
    )


def portal_docs(portal: Portal, size: int, real):
    """The ``size`` items of ``portal``: the real ones (``real``, the judged
    set's corpus, the portal's agency in the procedures' bodies), then
    generated ones; yields batches of ``BATCH``."""
    rng = random.Random(SEED * 7919 + portal.number)
    procedures = [doc for doc in real if doc.kind == "procedure"]
    batch = []
    for i in range(size):
        if i < len(real):
            doc = real[i]
            if doc.kind == "procedure":
                doc = dataclasses.replace(
                    doc, body=f"{doc.body} Cơ quan thực hiện: {portal.agency}."
                )
        else:
            doc = _generated(rng, portal, i, procedures)
        batch.append(doc)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def query_plan(real, count: int, portals: int, seed: int):
    """``count`` (text, portal number) pairs: the same texts for every round
    and backend (``seed`` chooses them), the portal drawn among ``portals``."""
    from search.quality import judged

    rng = random.Random(seed)
    codes = sorted(doc.code for doc in real if doc.kind == "procedure")
    groups = (
        ([j.query for j in judged.JUDGED], 45),
        (rng.sample(codes, min(20, len(codes))), 15),
        (
            ["03/2017", "1234/QĐ-UBND", "45/KH-UBND"]
            + [f"{rng.randint(1, 60):02d}/{rng.randint(2015, 2026)}" for _ in range(6)]
            + [f"{rng.randint(1, 3500)}/QĐ-UBND" for _ in range(3)],
            15,
        ),
        (list(TOPIC_QUERIES), 17),
        (list(NOTHING_QUERIES), 8),  # group NOTHING
    )
    texts, weights = zip(*groups, strict=True)
    plan = []
    for _ in range(count):
        group = rng.choices(range(len(texts)), weights)[0]
        plan.append((rng.choice(texts[group]), rng.randrange(portals), group))
    return plan


# --- the bench -----------------------------------------------------------------


def _percentiles(timings):
    if len(timings) < 2:
        return timings[0], timings[0]
    return statistics.median(timings), statistics.quantiles(timings, n=20)[18]


def drop_schemas(connection) -> None:
    connection.set_schema_to_public()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nspname FROM pg_namespace WHERE nspname LIKE %s",
            [SCHEMA_PREFIX.replace("_", r"\_") + "%"],
        )
        for (name,) in cursor.fetchall():
            cursor.execute(f'DROP SCHEMA "{name}" CASCADE')


def drop_indexes(client, prefix: str) -> None:
    # By name: a wildcard delete is refused (destructive_requires_name).
    names = list(client.indices.get(index=f"{prefix}-*", allow_no_indices=True))
    if names:
        client.indices.delete(index=",".join(names))


class Run:
    """One backend's figures: indexing seconds, and query milliseconds by round."""

    def __init__(self, name):
        self.name = name
        self.seconds = 0.0
        self.items = 0
        self.rounds: dict[str, list[float]] = {}
        self.nothing: dict[str, list[float]] = {}
        self.rest: dict[str, list[float]] = {}


def measure(backend, connection, portals, plan, label, run) -> None:
    from search.documents import SearchQuery

    timings, nothing, rest = [], [], []
    for i, (text, number, group) in enumerate(plan):
        start = time.perf_counter()
        connection.set_schema(portals[number].schema)
        backend.search(SearchQuery(text=text, language="vi"))
        elapsed = (time.perf_counter() - start) * 1000
        if i >= WARMUP:
            timings.append(elapsed)
            (nothing if group == NOTHING else rest).append(elapsed)
    run.rounds[label] = timings
    run.nothing[label] = nothing
    run.rest[label] = rest


def bench_backend(backend, make_portal, after_portal, finish, portals, real, plans):
    """Index portal 0, query it (the baseline); index the others, query all."""
    from django.db import connection

    run = Run(backend.name)
    per_portal = ITEMS // len(portals)
    for portal in portals:
        make_portal(portal)
        connection.set_schema(portal.schema)
        for batch in portal_docs(portal, per_portal, real):
            start = time.perf_counter()
            connection.set_schema(portal.schema)
            backend.index(batch)
            run.seconds += time.perf_counter() - start
            run.items += len(batch)
        run.seconds += after_portal(portal)
        if portal.number == 0:
            measure(backend, connection, portals, plans["one"], "one", run)
    run.seconds += finish()
    measure(backend, connection, portals, plans["all"], "all", run)
    connection.set_schema_to_public()
    return run


def run() -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import override_settings

    from search.backends.postgres import PostgresBackend
    from search.models import Entry
    from search.quality import judged

    portals = [Portal(n) for n in range(PORTALS)]
    per_portal = ITEMS // PORTALS
    real = judged.corpus()[:per_portal]
    plans = {
        # The same texts in both rounds; the baseline asks portal 0 only.
        "all": query_plan(real, WARMUP + QUERIES, PORTALS, SEED),
    }
    plans["one"] = [(text, 0, group) for text, _n, group in plans["all"]]
    print(
        f"Search at scale: {per_portal * PORTALS:,} items across {PORTALS} portals"
        f" ({per_portal:,} each: the {len(real)} items of the judged set, the rest"
        " generated), "
        f"{QUERIES} queries a round after {WARMUP} not counted"
    )
    runs = []

    def make_table(portal):
        with connection.cursor() as cursor:
            cursor.execute(f'CREATE SCHEMA "{portal.schema}"')
        connection.set_schema(portal.schema)
        with connection.schema_editor() as editor:
            editor.create_model(Entry)

    def vacuum(portal):
        # Outside the timing: autovacuum's work a few minutes after (GIN's
        # pending list merged, statistics), as a portal is between writes.
        connection.set_schema(portal.schema)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE search_entry")
        return 0.0

    drop_schemas(connection)
    try:
        runs.append(
            bench_backend(
                PostgresBackend(), make_table, vacuum, lambda: 0.0, portals, real, plans
            )
        )
    finally:
        drop_schemas(connection)

    skipped = None
    if not settings.ELASTICSEARCH_URL:
        skipped = "skipped: ELASTICSEARCH_URL is not set"
    else:
        prefix = f"{INDEX_PREFIX}-{uuid.uuid4().hex[:8]}"
        with override_settings(ELASTICSEARCH_INDEX_PREFIX=prefix):
            from search.backends.elastic import ElasticBackend, client, portal_alias

            backend = ElasticBackend()
            if not backend.available():
                skipped = f"skipped: {settings.ELASTICSEARCH_URL} does not answer"
            else:
                drop_indexes(client(), INDEX_PREFIX)  # a crashed run's

                def refresh(portal):
                    if portal.number:
                        return 0.0
                    start = time.perf_counter()  # portal 0, for the baseline
                    client().indices.refresh(index=portal_alias(portal.schema))
                    return time.perf_counter() - start

                def refresh_all():
                    start = time.perf_counter()
                    client().indices.refresh(index=f"{prefix}-*")
                    return time.perf_counter() - start

                try:
                    runs.append(
                        bench_backend(
                            backend,
                            lambda portal: None,
                            refresh,
                            refresh_all,
                            portals,
                            real,
                            plans,
                        )
                    )
                finally:
                    connection.set_schema_to_public()
                    drop_indexes(client(), prefix)
    report(runs, skipped)


def report(runs, skipped) -> None:
    labels = {"postgres": "PostgreSQL", "elasticsearch": "Elasticsearch"}
    print(f"{'':18}indexing            query p50 / p95 (ms)")
    print(f"{'':18}docs/s   seconds    1 portal        {PORTALS} portals")
    for run in runs:
        one, every = _percentiles(run.rounds["one"]), _percentiles(run.rounds["all"])
        print(
            f"  {labels[run.name]:<16}{run.items / run.seconds:<9,.0f}{run.seconds:<11.1f}"
            f"{one[0]:5.1f} / {one[1]:<8.1f}{every[0]:5.1f} / {every[1]:.1f}"
        )
    if skipped:
        print(f"  {'Elasticsearch':<16}{skipped}")
    for run in runs:
        # Where the p95 comes from: the queries that find nothing, apart.
        one, every = run.nothing["one"], run.nothing["all"]
        if one and every:
            rest = _percentiles(run.rest["all"])
            print(
                f"  {labels[run.name]}: the {len(every)} queries finding nothing"
                f" (suggestion path) p50 {statistics.median(one):.1f} ms on 1 portal,"
                f" {statistics.median(every):.1f} ms on {PORTALS};"
                f" the other {len(run.rest['all'])} p50 / p95 {rest[0]:.1f} / {rest[1]:.1f} ms"
                f" on {PORTALS}"
            )
    print()


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "aggov.settings.dev")
    run()
