"""Sample content for the demo portals of An Giang, used by `manage.py seed_demo`.

Pure data, no imports. ``AGENCIES`` lists the agencies that own a portal (parents
before children); ``SECTIONS`` holds the introduction and two standard pages of
each section; ``NEWS`` holds generic articles any agency could publish and
``AGENCY_NEWS`` a few agency-specific ones. The names of people, the phone numbers
and the statistics are fictional.

Strings may contain the placeholder ``{agency}``, which the seeder replaces with
the agency's name via ``str.format``; they contain no other braces. All
Vietnamese text is stored in Unicode NFC.
"""

from __future__ import annotations

# Agencies owning a portal, parents before children. ``kind`` is one of
# "province", "department", "board", "ppc_office", "district", "unit" (a
# department's subordinate unit), "commune" (a district's ward or commune).
AGENCIES: list[dict[str, str | None]] = [
    {
        "code": "angiang",
        "name": "Ủy ban nhân dân tỉnh An Giang",
        "kind": "province",
        "parent": None,
        "address": (
            "Số 33 Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3852 012",
        "email": "ubnd@angiang.gov.vn",
        "responsible": "Ông Phạm Quốc Bảo – Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "decision_number": "1582/QĐ-UBND",
        "decision_date": "2017-06-21",
        "description": (
            "Cơ quan chấp hành của Hội đồng nhân dân tỉnh, cơ quan hành chính nhà nước "
            "ở địa phương, thực hiện quản lý nhà nước về kinh tế, văn hóa, xã hội, "
            "quốc phòng, an ninh trên địa bàn tỉnh."
        ),
    },
    {
        "code": "vpubnd",
        "name": "Văn phòng Ủy ban nhân dân tỉnh",
        "kind": "ppc_office",
        "parent": "angiang",
        "address": (
            "Số 33 Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3852 245",
        "email": "vpubnd@angiang.gov.vn",
        "responsible": "Bà Lê Thị Thu Hà – Chánh Văn phòng",
        "decision_number": "326/QĐ-VPUBND",
        "decision_date": "2018-03-12",
        "description": (
            "Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu tổng hợp, giúp Ủy "
            "ban nhân dân tỉnh và Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo, điều hành; "
            "quản lý Công báo và Cổng thông tin điện tử tỉnh."
        ),
    },
    {
        "code": "songoaivu",
        "name": "Sở Ngoại vụ",
        "kind": "department",
        "parent": "angiang",
        "address": (
            "Số 18 Lý Thái Tổ, phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3841 567",
        "email": "songoaivu@angiang.gov.vn",
        "responsible": "Ông Huỳnh Minh Trí – Giám đốc Sở",
        "decision_number": "215/QĐ-SNgV",
        "decision_date": "2018-05-08",
        "description": (
            "Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước "
            "về công tác ngoại vụ, biên giới lãnh thổ quốc gia, công tác người Việt "
            "Nam ở nước ngoài và hợp tác quốc tế."
        ),
    },
    {
        "code": "sotttt",
        "name": "Sở Thông tin và Truyền thông",
        "kind": "department",
        "parent": "angiang",
        "address": (
            "Số 82 Tôn Đức Thắng, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3852 678",
        "email": "sotttt@angiang.gov.vn",
        "responsible": "Ông Võ Thanh Nhàn – Giám đốc Sở",
        "decision_number": "148/QĐ-STTTT",
        "decision_date": "2017-09-15",
        "description": (
            "Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước "
            "về báo chí, xuất bản, bưu chính, viễn thông, công nghệ thông tin, chuyển "
            "đổi số, thông tin đối ngoại và thông tin cơ sở."
        ),
    },
    {
        "code": "sokhdt",
        "name": "Sở Kế hoạch và Đầu tư",
        "kind": "department",
        "parent": "angiang",
        "address": "Số 12 Lê Lợi, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang",
        "phone": "0296 3841 420",
        "email": "sokhdt@angiang.gov.vn",
        "responsible": "Ông Trần Hữu Nghĩa – Giám đốc Sở",
        "decision_number": "92/QĐ-SKHĐT",
        "decision_date": "2018-04-02",
        "description": (
            "Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước "
            "về quy hoạch, kế hoạch, đầu tư công, đầu tư trực tiếp nước ngoài, đấu "
            "thầu, đăng ký doanh nghiệp và kinh tế tập thể."
        ),
    },
    {
        "code": "soyte",
        "name": "Sở Y tế",
        "kind": "department",
        "parent": "angiang",
        "address": (
            "Số 15 Lê Quý Đôn, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3852 339",
        "email": "soyte@angiang.gov.vn",
        "responsible": "Bà Đoàn Thị Mỹ Hạnh – Phó Giám đốc Sở",
        "decision_number": "1076/QĐ-SYT",
        "decision_date": "2018-07-19",
        "description": (
            "Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước "
            "về y tế dự phòng, khám bệnh, chữa bệnh, y dược cổ truyền, dược, an toàn "
            "thực phẩm, trang thiết bị y tế và dân số."
        ),
    },
    {
        "code": "sotuphap",
        "name": "Sở Tư pháp",
        "kind": "department",
        "parent": "angiang",
        "address": (
            "Số 7 Hai Bà Trưng, phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3841 216",
        "email": "sotuphap@angiang.gov.vn",
        "responsible": "Ông Lâm Văn Đức – Giám đốc Sở",
        "decision_number": "187/QĐ-STP",
        "decision_date": "2019-02-26",
        "description": (
            "Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước "
            "về xây dựng và thi hành pháp luật, phổ biến, giáo dục pháp luật, hộ tịch, "
            "chứng thực, lý lịch tư pháp và trợ giúp pháp lý."
        ),
    },
    {
        "code": "soxaydung",
        "name": "Sở Xây dựng",
        "kind": "department",
        "parent": "angiang",
        "address": (
            "Số 6 Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3852 447",
        "email": "soxaydung@angiang.gov.vn",
        "responsible": "Ông Trần Quốc Hưng – Phó Giám đốc Sở",
        "decision_number": "952/QĐ-SXD",
        "decision_date": "2019-05-08",
        "description": (
            "Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước "
            "về quy hoạch xây dựng, kiến trúc, hoạt động đầu tư xây dựng, phát triển "
            "đô thị, hạ tầng kỹ thuật, nhà ở, thị trường bất động sản, vật liệu xây "
            "dựng và giao thông vận tải."
        ),
    },
    {
        "code": "sogddt",
        "name": "Sở Giáo dục và Đào tạo",
        "kind": "department",
        "parent": "angiang",
        "address": (
            "Số 48 Trần Hưng Đạo, phường Mỹ Xuyên, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3852 891",
        "email": "sogddt@angiang.gov.vn",
        "responsible": "Bà Nguyễn Thị Bích Ngọc – Phó Giám đốc Sở",
        "decision_number": "1423/QĐ-SGDĐT",
        "decision_date": "2018-10-05",
        "description": (
            "Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước "
            "về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên, đội ngũ "
            "nhà giáo và bảo đảm chất lượng giáo dục."
        ),
    },
    {
        "code": "bandantoc",
        "name": "Ban Dân tộc",
        "kind": "board",
        "parent": "angiang",
        "address": (
            "Số 25 Nguyễn Văn Cưng, phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3857 134",
        "email": "bandantoc@angiang.gov.vn",
        "responsible": "Ông Chau Sóc Phi – Trưởng ban",
        "decision_number": "45/QĐ-BDT",
        "decision_date": "2019-06-14",
        "description": (
            "Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước "
            "về công tác dân tộc và tổ chức thực hiện chính sách phát triển vùng đồng "
            "bào dân tộc thiểu số Khmer, Chăm, Hoa."
        ),
    },
    {
        "code": "longxuyen",
        "name": "Ủy ban nhân dân thành phố Long Xuyên",
        "kind": "district",
        "parent": "angiang",
        "address": (
            "Số 99 Lý Tự Trọng, phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3841 102",
        "email": "tplongxuyen@angiang.gov.vn",
        "responsible": "Ông Đặng Hoàng Sơn – Phó Chủ tịch Ủy ban nhân dân thành phố",
        "decision_number": "2735/QĐ-UBND",
        "decision_date": "2017-11-20",
        "description": (
            "Cơ quan hành chính nhà nước ở địa phương, quản lý nhà nước trên địa bàn "
            "thành phố Long Xuyên – trung tâm hành chính, kinh tế, văn hóa của tỉnh "
            "An Giang."
        ),
    },
    {
        "code": "chaudoc",
        "name": "Ủy ban nhân dân thành phố Châu Đốc",
        "kind": "district",
        "parent": "angiang",
        "address": "Số 2 Lê Lợi, phường Châu Phú B, thành phố Châu Đốc, tỉnh An Giang",
        "phone": "0296 3866 375",
        "email": "tpchaudoc@angiang.gov.vn",
        "responsible": (
            "Bà Trịnh Thị Kim Loan – Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân "
            "dân thành phố"
        ),
        "decision_number": "1918/QĐ-UBND",
        "decision_date": "2018-08-27",
        "description": (
            "Cơ quan hành chính nhà nước ở địa phương, quản lý nhà nước trên địa bàn "
            "thành phố Châu Đốc – đô thị du lịch, thương mại biên giới của tỉnh "
            "An Giang."
        ),
    },
    {
        "code": "tanchau",
        "name": "Ủy ban nhân dân thị xã Tân Châu",
        "kind": "district",
        "parent": "angiang",
        "address": (
            "Số 1 Tôn Đức Thắng, phường Long Thạnh, thị xã Tân Châu, tỉnh An Giang"
        ),
        "phone": "0296 3822 208",
        "email": "txtanchau@angiang.gov.vn",
        "responsible": "Ông Lý Thanh Tùng – Phó Chủ tịch Ủy ban nhân dân thị xã",
        "decision_number": "1356/QĐ-UBND",
        "decision_date": "2019-09-10",
        "description": (
            "Cơ quan hành chính nhà nước ở địa phương, quản lý nhà nước trên địa bàn "
            "thị xã Tân Châu – địa phương biên giới có Cửa khẩu quốc tế Vĩnh Xương, "
            "nổi tiếng với nghề dệt lụa truyền thống."
        ),
    },
    {
        "code": "thoaison",
        "name": "Ủy ban nhân dân huyện Thoại Sơn",
        "kind": "district",
        "parent": "angiang",
        "address": "Số 12 Nguyễn Huệ, thị trấn Núi Sập, huyện Thoại Sơn, tỉnh An Giang",
        "phone": "0296 3878 319",
        "email": "hthoaison@angiang.gov.vn",
        "responsible": (
            "Ông Mai Văn Lợi – Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân "
            "huyện"
        ),
        "decision_number": "2089/QĐ-UBND",
        "decision_date": "2020-03-16",
        "description": (
            "Cơ quan hành chính nhà nước ở địa phương, quản lý nhà nước trên địa bàn "
            "huyện Thoại Sơn – vùng lúa trọng điểm của tỉnh, nơi có Khu di tích quốc "
            "gia đặc biệt Óc Eo – Ba Thê."
        ),
    },
    # Subordinate units (Art. 4.2–4.3): the portals a district or a department
    # portal aggregates. Domains by their kinds' rule (tenants migration 0004):
    # the full unaccented name without "Ủy ban nhân dân phường" / "Chi cục".
    {
        "code": "mybinh",
        "name": "Ủy ban nhân dân phường Mỹ Bình",
        "kind": "commune",
        "parent": "longxuyen",
        "address": (
            "Số 9 Nguyễn Văn Cưng, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3852 106",
        "email": "pmybinh@angiang.gov.vn",
        "responsible": "Ông Nguyễn Thanh Tâm – Phó Chủ tịch Ủy ban nhân dân phường",
        "decision_number": "412/QĐ-UBND",
        "decision_date": "2021-04-12",
        "description": (
            "Cơ quan hành chính nhà nước ở cơ sở, quản lý nhà nước trên địa bàn "
            "phường Mỹ Bình – phường trung tâm của thành phố Long Xuyên, nơi đặt trụ "
            "sở nhiều cơ quan của tỉnh."
        ),
    },
    {
        "code": "mylong",
        "name": "Ủy ban nhân dân phường Mỹ Long",
        "kind": "commune",
        "parent": "longxuyen",
        "address": (
            "Số 4 Lê Minh Ngươn, phường Mỹ Long, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3841 377",
        "email": "pmylong@angiang.gov.vn",
        "responsible": "Bà Trần Thị Ngọc Diễm – Chủ tịch Ủy ban nhân dân phường",
        "decision_number": "413/QĐ-UBND",
        "decision_date": "2021-04-12",
        "description": (
            "Cơ quan hành chính nhà nước ở cơ sở, quản lý nhà nước trên địa bàn "
            "phường Mỹ Long – phường ven sông Hậu, có chợ Long Xuyên và khu dân cư "
            "thương mại lâu đời của thành phố."
        ),
    },
    {
        "code": "ccatvstp",
        "name": "Chi cục An toàn vệ sinh thực phẩm",
        "kind": "unit",
        "parent": "soyte",
        "address": (
            "Số 15 Lê Quý Đôn, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang"
        ),
        "phone": "0296 3857 466",
        "email": "ccatvstp@angiang.gov.vn",
        "responsible": "Ông Lê Hoàng Phong – Chi cục trưởng",
        "decision_number": "88/QĐ-SYT",
        "decision_date": "2020-08-03",
        "description": (
            "Tổ chức hành chính trực thuộc Sở Y tế, tham mưu, giúp Giám đốc Sở Y tế "
            "quản lý nhà nước về an toàn thực phẩm trên địa bàn tỉnh: cấp giấy chứng "
            "nhận cơ sở đủ điều kiện, thanh tra, kiểm tra, giám sát ngộ độc thực phẩm "
            "và truyền thông về an toàn thực phẩm."
        ),
    },
]

# Standard content of each section, keyed by section code (the news section
# has no entry: see NEWS). ``intro`` and the pages may use ``{agency}``.
SECTIONS: dict[str, dict[str, object]] = {
    "gioi-thieu": {
        "intro": (
            "Chuyên mục giới thiệu khái quát về {agency}: chức năng, nhiệm vụ, cơ cấu "
            "tổ chức, lãnh đạo và quá trình hình thành, phát triển. Thông tin được cập "
            "nhật theo quyết định của cấp có thẩm quyền."
        ),
        "pages": [
            {
                "title": "Chức năng, nhiệm vụ",
                "summary": (
                    "Vị trí, chức năng, nhiệm vụ và quyền hạn của {agency} theo quy "
                    "định hiện hành."
                ),
                "body": [
                    "{agency} là cơ quan nhà nước có tư cách pháp nhân, con dấu và tài "
                    "khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và "
                    "công tác của cấp có thẩm quyền, đồng thời chịu sự hướng dẫn về "
                    "chuyên môn, nghiệp vụ của cơ quan cấp trên theo ngành, lĩnh vực.",
                    "{agency} có chức năng tham mưu, giúp cấp có thẩm quyền quản lý "
                    "nhà nước đối với các ngành, lĩnh vực được giao; tổ chức thực hiện "
                    "văn bản quy phạm pháp luật, quy hoạch, kế hoạch sau khi được phê "
                    "duyệt; cung cấp dịch vụ công theo quy định.",
                    "Nhiệm vụ, quyền hạn chủ yếu gồm: trình ban hành các văn bản thuộc "
                    "thẩm quyền; hướng dẫn, kiểm tra việc thi hành pháp luật; thực "
                    "hiện cải cách hành chính, chuyển đổi số; thanh tra, giải quyết "
                    "khiếu nại, tố cáo, phòng, chống tham nhũng, lãng phí.",
                ],
            },
            {
                "title": "Cơ cấu tổ chức",
                "summary": (
                    "Lãnh đạo, các phòng chuyên môn, nghiệp vụ và đơn vị trực thuộc "
                    "của {agency}."
                ),
                "body": [
                    "Lãnh đạo {agency} gồm người đứng đầu và các cấp phó. Người đứng "
                    "đầu chịu trách nhiệm trước cấp có thẩm quyền và trước pháp luật "
                    "về toàn bộ hoạt động của cơ quan; các cấp phó giúp người đứng đầu "
                    "phụ trách một số lĩnh vực công tác.",
                    "Các phòng chuyên môn, nghiệp vụ gồm: Văn phòng, Thanh tra, Phòng "
                    "Kế hoạch – Tài chính và các phòng quản lý chuyên ngành. Văn phòng "
                    "là đầu mối tiếp nhận, xử lý văn bản, tổng hợp, theo dõi công tác "
                    "chỉ đạo, điều hành và bảo đảm hoạt động của Cổng thông tin điện "
                    "tử.",
                    "Các đơn vị sự nghiệp công lập trực thuộc được thành lập theo quy "
                    "định của pháp luật, thực hiện chức năng cung cấp dịch vụ sự "
                    "nghiệp công và các nhiệm vụ chuyên môn trong ngành, lĩnh vực được "
                    "giao.",
                ],
            },
        ],
    },
    "chi-dao-dieu-hanh": {
        "intro": (
            "Chuyên mục đăng tải văn bản chỉ đạo, điều hành, thông báo kết luận và "
            "lịch công tác tuần của lãnh đạo {agency}. Thông tin được cập nhật thường "
            "xuyên, bảo đảm công khai, minh bạch."
        ),
        "pages": [
            {
                "title": "Lịch công tác tuần của lãnh đạo",
                "summary": (
                    "Lịch làm việc trong tuần của lãnh đạo {agency}, được cập nhật vào "
                    "chiều thứ Sáu hằng tuần."
                ),
                "body": [
                    "Thứ Hai: 07 giờ 30, lãnh đạo cơ quan chủ trì họp giao ban, đánh "
                    "giá kết quả thực hiện nhiệm vụ tuần qua và triển khai nhiệm vụ "
                    "trọng tâm trong tuần. Thành phần: lãnh đạo cơ quan, trưởng các "
                    "phòng, đơn vị trực thuộc. Địa điểm: phòng họp cơ quan.",
                    "Thứ Ba và thứ Tư: 08 giờ 00, người đứng đầu dự phiên họp thường "
                    "kỳ theo giấy mời của cấp trên; các cấp phó làm việc với các "
                    "phòng, đơn vị về tiến độ giải ngân vốn đầu tư công và kết quả "
                    "giải quyết thủ tục hành chính.",
                    "Thứ Năm: 07 giờ 30, lãnh đạo cơ quan tiếp công dân định kỳ tại "
                    "trụ sở. Thứ Sáu: 08 giờ 00, dự hội nghị trực tuyến về chuyển đổi "
                    "số; 14 giờ 00, làm việc tại cơ quan, xử lý văn bản trên hệ thống "
                    "quản lý văn bản và điều hành.",
                    "Lịch công tác có thể thay đổi theo yêu cầu công việc; mọi điều "
                    "chỉnh được Văn phòng cập nhật kịp thời trên Cổng thông tin điện "
                    "tử.",
                ],
            },
            {
                "title": "Văn bản chỉ đạo, điều hành",
                "summary": (
                    "Các chỉ thị, kế hoạch, thông báo kết luận và văn bản chỉ đạo, "
                    "điều hành của {agency}."
                ),
                "body": [
                    "Thực hiện chỉ đạo của cấp trên về nâng cao hiệu quả công tác cải "
                    "cách hành chính, {agency} yêu cầu thủ trưởng các đơn vị trực "
                    "thuộc quán triệt, tổ chức thực hiện nghiêm túc các nhiệm vụ được "
                    "giao và chịu trách nhiệm về kết quả, tiến độ, chất lượng công "
                    "việc.",
                    "Thông báo kết luận cuộc họp giao ban tháng yêu cầu các đơn vị tập "
                    "trung giải quyết hồ sơ đúng hạn, không để tồn đọng; đẩy mạnh tiếp "
                    "nhận hồ sơ trực tuyến toàn trình; rà soát, báo cáo tiến độ thực "
                    "hiện các chỉ tiêu kinh tế – xã hội được giao.",
                    "Văn bản về tăng cường kỷ luật, kỷ cương hành chính yêu cầu chấp "
                    "hành nghiêm thời giờ làm việc, văn hóa công sở; nghiêm cấm hành "
                    "vi nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp trong "
                    "quá trình thực thi công vụ.",
                ],
            },
        ],
    },
    "pho-bien-phap-luat": {
        "intro": (
            "Chuyên mục phổ biến văn bản pháp luật mới và tài liệu hướng dẫn thực hiện "
            "pháp luật thuộc lĩnh vực do {agency} quản lý. Nội dung được biên soạn "
            "ngắn gọn, dễ hiểu, giúp người dân thực hiện đúng quy định."
        ),
        "pages": [
            {
                "title": "Giới thiệu Luật Tiếp cận thông tin",
                "summary": (
                    "Những nội dung cơ bản của Luật Tiếp cận thông tin năm 2016, có "
                    "hiệu lực thi hành từ ngày 01/7/2018."
                ),
                "body": [
                    "Luật Tiếp cận thông tin được Quốc hội khóa XIII thông qua ngày "
                    "06/4/2016, có hiệu lực từ ngày 01/7/2018, quy định về việc thực "
                    "hiện quyền tiếp cận thông tin của công dân và trách nhiệm của cơ "
                    "quan nhà nước trong việc bảo đảm quyền này.",
                    "Công dân được tiếp cận thông tin bằng hai cách: tự do tiếp cận "
                    "thông tin được cơ quan nhà nước công khai và yêu cầu cơ quan nhà "
                    "nước cung cấp thông tin. Cơ quan nhà nước có trách nhiệm công "
                    "khai thông tin kịp thời, chính xác, đầy đủ.",
                    "Công dân được tiếp cận thông tin không phải trả phí, lệ phí, trừ "
                    "trường hợp luật khác có quy định; người yêu cầu chỉ phải trả chi "
                    "phí thực tế để in, sao, chụp, gửi thông tin. Nghiêm cấm hành vi "
                    "cố ý cung cấp thông tin sai lệch, không đầy đủ.",
                    "{agency} là đầu mối cung cấp thông tin do cơ quan tạo ra; tổ "
                    "chức, cá nhân có nhu cầu được hướng dẫn gửi phiếu yêu cầu trực "
                    "tiếp tại Bộ phận Một cửa, qua dịch vụ bưu chính hoặc qua thư điện "
                    "tử của cơ quan.",
                ],
            },
            {
                "title": "Tìm hiểu quy định về khiếu nại và giải quyết khiếu nại",
                "summary": (
                    "Một số quy định cơ bản về quyền, nghĩa vụ của người khiếu nại và "
                    "thời hạn giải quyết khiếu nại theo Luật Khiếu nại năm 2011."
                ),
                "body": [
                    "Luật Khiếu nại năm 2011 quy định về khiếu nại và giải quyết khiếu "
                    "nại đối với quyết định hành chính, hành vi hành chính của cơ quan "
                    "hành chính nhà nước, của người có thẩm quyền trong cơ quan hành "
                    "chính nhà nước và quyết định kỷ luật cán bộ, công chức.",
                    "Người khiếu nại có quyền tự mình khiếu nại hoặc thông qua người "
                    "đại diện hợp pháp; nhờ luật sư, trợ giúp viên pháp lý tư vấn; "
                    "được nhận quyết định giải quyết khiếu nại. Người khiếu nại có "
                    "nghĩa vụ trình bày trung thực sự việc, cung cấp tài liệu liên "
                    "quan.",
                    "Thời hiệu khiếu nại là 90 ngày, kể từ ngày nhận được quyết định "
                    "hành chính hoặc biết được quyết định hành chính, hành vi hành "
                    "chính. Thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày, "
                    "kể từ ngày thụ lý; đối với vụ việc phức tạp thì không quá 45 "
                    "ngày.",
                ],
            },
        ],
    },
    "chien-luoc-ke-hoach": {
        "intro": (
            "Chuyên mục công bố chiến lược, định hướng, quy hoạch, kế hoạch phát triển "
            "của ngành, lĩnh vực và địa phương theo quy định. Đồng thời công khai kết "
            "quả thực hiện các kế hoạch hằng năm và kế hoạch giai đoạn của {agency}."
        ),
        "pages": [
            {
                "title": "Kế hoạch phát triển kinh tế – xã hội 5 năm 2021–2025",
                "summary": (
                    "Mục tiêu, chỉ tiêu và nhiệm vụ, giải pháp chủ yếu của kế hoạch 5 "
                    "năm 2021–2025 thuộc phạm vi quản lý của {agency}."
                ),
                "body": [
                    "Kế hoạch 5 năm 2021–2025 được xây dựng trên cơ sở Nghị quyết Đại "
                    "hội đại biểu Đảng bộ tỉnh An Giang lần thứ XI, nhiệm kỳ 2020–2025 "
                    "và Nghị quyết của Hội đồng nhân dân tỉnh về kế hoạch phát triển "
                    "kinh tế – xã hội 5 năm.",
                    "Mục tiêu tổng quát là phát triển nhanh và bền vững, nâng cao chất "
                    "lượng tăng trưởng; đẩy mạnh cải cách hành chính, chuyển đổi số; "
                    "phát triển văn hóa, xã hội, bảo đảm an sinh xã hội; giữ vững quốc "
                    "phòng, an ninh và chủ quyền biên giới quốc gia.",
                    "Các nhiệm vụ, giải pháp trọng tâm gồm: hoàn thiện cơ chế, chính "
                    "sách; huy động, sử dụng hiệu quả các nguồn lực; phát triển nguồn "
                    "nhân lực chất lượng cao; ứng dụng khoa học, công nghệ và đổi mới "
                    "sáng tạo; tăng cường liên kết vùng và hợp tác quốc tế.",
                    "Hằng năm, {agency} tổ chức đánh giá kết quả thực hiện, kịp thời "
                    "điều chỉnh mục tiêu, giải pháp cho phù hợp với tình hình thực tế "
                    "và công khai kết quả trên Cổng thông tin điện tử.",
                ],
            },
            {
                "title": (
                    "Quy hoạch tỉnh An Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050"
                ),
                "summary": (
                    "Thông tin về Quy hoạch tỉnh An Giang thời kỳ 2021–2030, tầm nhìn "
                    "đến năm 2050 đã được Thủ tướng Chính phủ phê duyệt."
                ),
                "body": [
                    "Quy hoạch tỉnh An Giang thời kỳ 2021–2030, tầm nhìn đến năm 2050 "
                    "được lập theo quy định của Luật Quy hoạch năm 2017, là căn cứ để "
                    "triển khai các dự án đầu tư, tổ chức không gian phát triển và sử "
                    "dụng hợp lý tài nguyên trên địa bàn tỉnh.",
                    "Quy hoạch định hướng An Giang phát triển nông nghiệp hiệu quả "
                    "cao, du lịch, thương mại biên giới và năng lượng tái tạo; hình "
                    "thành các vùng động lực gắn với thành phố Long Xuyên, thành phố "
                    "Châu Đốc và các cửa khẩu quốc tế Tịnh Biên, Vĩnh Xương.",
                    "Hồ sơ quy hoạch, gồm quyết định phê duyệt, báo cáo tổng hợp và hệ "
                    "thống sơ đồ, bản đồ, được công bố công khai để tổ chức, cá nhân "
                    "biết, giám sát và thực hiện.",
                ],
            },
        ],
    },
    "van-ban": {
        "intro": (
            "Chuyên mục cung cấp văn bản quy phạm pháp luật liên quan đến lĩnh vực "
            "quản lý của {agency}. Mỗi văn bản được đăng tải kèm số, ký hiệu, ngày ban "
            "hành, ngày có hiệu lực và trích yếu nội dung."
        ),
        "pages": [
            {
                "title": (
                    "Quyết định số 03/2017/QĐ-UBND về Quy chế quản lý, vận hành Cổng "
                    "thông tin điện tử"
                ),
                "summary": (
                    "Quyết định số 03/2017/QĐ-UBND ngày 13/01/2017 của Ủy ban nhân dân "
                    "tỉnh An Giang ban hành Quy chế về Cổng thông tin điện tử của cơ "
                    "quan nhà nước trên địa bàn tỉnh."
                ),
                "body": [
                    "Ngày 13/01/2017, Ủy ban nhân dân tỉnh An Giang ban hành Quyết "
                    "định số 03/2017/QĐ-UBND ban hành Quy chế quản lý, vận hành, cung "
                    "cấp thông tin và duy trì hoạt động Cổng thông tin điện tử của cơ "
                    "quan nhà nước trên địa bàn tỉnh, có hiệu lực từ ngày 25/01/2017.",
                    "Quy chế áp dụng đối với Cổng thông tin điện tử tỉnh và các cổng "
                    "thông tin điện tử thành phần của sở, ban, ngành, Ủy ban nhân dân "
                    "các huyện, thị xã, thành phố cùng các cơ quan, tổ chức, cá nhân "
                    "có liên quan trên địa bàn tỉnh.",
                    "Theo Quy chế, cơ quan chủ quản có trách nhiệm thành lập Ban Biên "
                    "tập, bảo đảm nhân lực, kinh phí và điều kiện kỹ thuật cho hoạt "
                    "động của Cổng; thông tin cung cấp phải chính xác, kịp thời, tuân "
                    "thủ quy định về bảo vệ bí mật nhà nước và an toàn thông tin.",
                ],
            },
            {
                "title": (
                    "Nghị định số 42/2022/NĐ-CP về cung cấp thông tin và dịch vụ công "
                    "trực tuyến"
                ),
                "summary": (
                    "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ về cung "
                    "cấp thông tin và dịch vụ công trực tuyến trên môi trường mạng."
                ),
                "body": [
                    "Ngày 24/6/2022, Chính phủ ban hành Nghị định số 42/2022/NĐ-CP quy "
                    "định về việc cơ quan nhà nước cung cấp thông tin và dịch vụ công "
                    "trực tuyến trên môi trường mạng, thay thế Nghị định số "
                    "43/2011/NĐ-CP.",
                    "Nghị định xác định cổng thông tin điện tử là kênh cung cấp thông "
                    "tin chính thức của cơ quan nhà nước trên môi trường mạng; quy "
                    "định các nhóm thông tin phải cung cấp như giới thiệu cơ quan, tin "
                    "tức, chỉ đạo, điều hành, văn bản, quy hoạch, dự án, đấu thầu.",
                    "Về dịch vụ công trực tuyến, Nghị định phân loại thành dịch vụ "
                    "công trực tuyến toàn trình và dịch vụ công trực tuyến một phần; "
                    "quy định trách nhiệm của cơ quan nhà nước trong việc bảo đảm chất "
                    "lượng dịch vụ và đo lường mức độ hài lòng của người sử dụng.",
                    "Nghị định là căn cứ để các cơ quan nhà nước trên địa bàn tỉnh "
                    "An Giang rà soát, nâng cấp cổng thông tin điện tử và dịch vụ công "
                    "trực tuyến theo hướng lấy người dân, doanh nghiệp làm trung tâm.",
                ],
            },
        ],
    },
    "dich-vu-cong": {
        "intro": (
            "Chuyên mục hướng dẫn tra cứu thủ tục hành chính, nộp hồ sơ và theo dõi "
            "kết quả giải quyết trực tuyến các thủ tục thuộc thẩm quyền của {agency}. "
            "Hồ sơ được tiếp nhận qua Cổng Dịch vụ công quốc gia."
        ),
        "pages": [
            {
                "title": "Hướng dẫn nộp hồ sơ trực tuyến",
                "summary": (
                    "Các bước đăng nhập, nộp hồ sơ và tra cứu kết quả giải quyết thủ "
                    "tục hành chính trên môi trường điện tử."
                ),
                "body": [
                    "Bước 1: Truy cập Cổng Dịch vụ công quốc gia tại địa chỉ "
                    "dichvucong.gov.vn hoặc Hệ thống thông tin giải quyết thủ tục hành "
                    "chính tỉnh An Giang; đăng nhập bằng tài khoản VNeID.",
                    "Bước 2: Tra cứu thủ tục cần thực hiện theo tên thủ tục, lĩnh vực "
                    "hoặc cơ quan giải quyết; đọc kỹ thành phần hồ sơ, thời hạn giải "
                    "quyết, phí, lệ phí; kê khai biểu mẫu điện tử và đính kèm bản sao "
                    "điện tử các giấy tờ theo yêu cầu.",
                    "Bước 3: Nộp hồ sơ và thanh toán phí, lệ phí trực tuyến (nếu có). "
                    "Hệ thống gửi mã hồ sơ qua thư điện tử hoặc tin nhắn để tổ chức, "
                    "cá nhân theo dõi tình trạng xử lý.",
                    "Bước 4: Nhận kết quả trên môi trường điện tử, qua dịch vụ bưu "
                    "chính công ích hoặc trực tiếp tại Bộ phận Một cửa. Trường hợp cần "
                    "hỗ trợ, vui lòng liên hệ theo thông tin tại chuyên mục Liên hệ.",
                ],
            },
            {
                "title": "Danh mục thủ tục hành chính và dịch vụ công trực tuyến",
                "summary": (
                    "Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của "
                    "{agency} đã được Chủ tịch Ủy ban nhân dân tỉnh công bố."
                ),
                "body": [
                    "Danh mục thủ tục hành chính được công bố theo quyết định của Chủ "
                    "tịch Ủy ban nhân dân tỉnh, gồm tên thủ tục, lĩnh vực, mức độ cung "
                    "cấp dịch vụ công trực tuyến (toàn trình hoặc một phần), thời hạn "
                    "giải quyết và phí, lệ phí.",
                    "Các thủ tục được thực hiện theo cơ chế một cửa, một cửa liên "
                    "thông theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính "
                    "phủ. Hồ sơ có thể nộp trực tiếp tại Bộ phận Một cửa, qua dịch vụ "
                    "bưu chính công ích hoặc trực tuyến.",
                    "Tình hình, kết quả giải quyết thủ tục hành chính được công khai; "
                    "việc đánh giá mức độ hài lòng của người dân, doanh nghiệp được "
                    "thực hiện trên hệ thống sau khi nhận kết quả, làm cơ sở đánh giá "
                    "chất lượng phục vụ của cơ quan.",
                ],
            },
        ],
    },
    "du-an-dau-thau": {
        "intro": (
            "Chuyên mục công khai dự án đầu tư, kế hoạch lựa chọn nhà thầu, thông báo "
            "mời thầu, kết quả lựa chọn nhà thầu và mua sắm công của {agency}, theo "
            "quy định của pháp luật về đấu thầu."
        ),
        "pages": [
            {
                "title": (
                    "Thông báo mời thầu gói thầu mua sắm thiết bị công nghệ thông tin"
                ),
                "summary": (
                    "Thông báo mời thầu rộng rãi trong nước, qua mạng đối với gói thầu "
                    "cung cấp, lắp đặt thiết bị công nghệ thông tin."
                ),
                "body": [
                    "Tên gói thầu: Cung cấp, lắp đặt thiết bị công nghệ thông tin phục "
                    "vụ công tác chuyên môn và chuyển đổi số. Nguồn vốn: ngân sách nhà "
                    "nước. Hình thức lựa chọn nhà thầu: đấu thầu rộng rãi trong nước, "
                    "qua mạng; phương thức một giai đoạn một túi hồ sơ.",
                    "Bên mời thầu: {agency}. Loại hợp đồng: trọn gói. Thời gian thực "
                    "hiện hợp đồng: 60 ngày, kể từ ngày hợp đồng có hiệu lực.",
                    "Hồ sơ mời thầu được phát hành miễn phí trên Hệ thống mạng đấu "
                    "thầu quốc gia. Nhà thầu quan tâm tra cứu theo số thông báo mời "
                    "thầu và nộp hồ sơ dự thầu qua mạng trước thời điểm đóng thầu.",
                ],
            },
            {
                "title": "Danh mục dự án đầu tư công",
                "summary": (
                    "Danh mục các dự án đầu tư công do {agency} làm chủ đầu tư hoặc "
                    "quản lý, kèm tiến độ thực hiện và giải ngân."
                ),
                "body": [
                    "Danh mục dự án đầu tư công trung hạn giai đoạn 2021–2025 đã được "
                    "Hội đồng nhân dân tỉnh thông qua, gồm các dự án xây dựng, cải tạo "
                    "trụ sở làm việc, đầu tư trang thiết bị chuyên môn và ứng dụng "
                    "công nghệ thông tin.",
                    "Đối với từng dự án, thông tin được công khai gồm: tên dự án, chủ "
                    "đầu tư, địa điểm, quy mô, tổng mức đầu tư, nguồn vốn, thời gian "
                    "thực hiện, kế hoạch vốn năm và giá trị giải ngân đến thời điểm "
                    "báo cáo.",
                    "Chủ đầu tư tập trung đẩy nhanh tiến độ thi công, hoàn thiện hồ sơ "
                    "thanh toán, phấn đấu giải ngân 100% kế hoạch vốn được giao; kiên "
                    "quyết xử lý nhà thầu vi phạm tiến độ, chất lượng công trình.",
                ],
            },
        ],
    },
    "lay-y-kien": {
        "intro": (
            "Chuyên mục đăng tải dự thảo văn bản cần lấy ý kiến Nhân dân. Tổ chức, cá "
            "nhân gửi góp ý trực tuyến hoặc bằng văn bản về {agency} trong thời hạn "
            "lấy ý kiến; ý kiến được tiếp thu, giải trình công khai."
        ),
        "pages": [
            {
                "title": "Lấy ý kiến dự thảo Quy chế quản lý, sử dụng chữ ký số",
                "summary": (
                    "Lấy ý kiến dự thảo Quy chế quản lý, sử dụng chữ ký số trong cơ "
                    "quan nhà nước trên địa bàn tỉnh; hạn góp ý đến hết ngày "
                    "15/12/2024."
                ),
                "body": [
                    "Thực hiện Luật Ban hành văn bản quy phạm pháp luật, {agency} đăng "
                    "tải toàn văn dự thảo Quyết định ban hành Quy chế quản lý, sử dụng "
                    "chữ ký số, chứng thư số trong cơ quan nhà nước trên địa bàn tỉnh "
                    "An Giang để lấy ý kiến góp ý của cơ quan, tổ chức, cá nhân.",
                    "Dự thảo gồm 4 chương, 18 điều, quy định về trách nhiệm quản lý, "
                    "cấp, thu hồi chứng thư số; việc sử dụng chữ ký số trên văn bản "
                    "điện tử; bảo đảm an toàn thông tin và trách nhiệm của các cơ "
                    "quan, đơn vị liên quan.",
                    "Thời hạn góp ý: từ ngày đăng tải đến hết ngày 15/12/2024. Ý kiến "
                    "góp ý được gửi trực tuyến tại mục góp ý bên dưới dự thảo, bằng "
                    "văn bản về {agency} hoặc qua thư điện tử của cơ quan.",
                    "Các ý kiến góp ý sẽ được tổng hợp, nghiên cứu tiếp thu; báo cáo "
                    "tiếp thu, giải trình được công khai trên Cổng thông tin điện tử "
                    "sau khi kết thúc thời hạn lấy ý kiến.",
                ],
            },
            {
                "title": "Lấy ý kiến dự thảo Kế hoạch cải cách hành chính năm 2025",
                "summary": (
                    "Lấy ý kiến góp ý đối với dự thảo Kế hoạch cải cách hành chính năm "
                    "2025; thời hạn góp ý đến hết ngày 20/12/2024."
                ),
                "body": [
                    "{agency} đăng tải dự thảo Kế hoạch cải cách hành chính năm 2025 "
                    "để lấy ý kiến góp ý rộng rãi của cán bộ, công chức, viên chức, "
                    "người dân và doanh nghiệp.",
                    "Dự thảo xác định 6 nội dung trọng tâm: cải cách thể chế; cải cách "
                    "thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; "
                    "cải cách chế độ công vụ; cải cách tài chính công; xây dựng và "
                    "phát triển Chính phủ điện tử, Chính phủ số.",
                    "Thời hạn nhận ý kiến góp ý đến hết ngày 20/12/2024. Ý kiến góp ý "
                    "xin gửi bằng văn bản về {agency} hoặc qua thư điện tử của cơ "
                    "quan, ghi rõ tiêu đề “Góp ý dự thảo Kế hoạch cải cách hành chính "
                    "năm 2025”.",
                ],
            },
        ],
    },
    "can-bo-lien-he": {
        "intro": (
            "Chuyên mục công khai họ và tên, chức vụ, số điện thoại và thư điện tử "
            "công vụ của cán bộ, công chức có thẩm quyền của {agency}, để tổ chức, cá "
            "nhân liên hệ công tác trong giờ hành chính."
        ),
        "pages": [
            {
                "title": "Lãnh đạo cơ quan",
                "summary": (
                    "Thông tin liên hệ của người đứng đầu và các cấp phó của {agency}."
                ),
                "body": [
                    "Ông Trần Quốc Hưng – Thủ trưởng cơ quan, phụ trách chung; điện "
                    "thoại: 0296 3852 101; thư điện tử: tqhung@angiang.gov.vn.",
                    "Bà Nguyễn Thị Ngọc Lan – Phó Thủ trưởng cơ quan, phụ trách công "
                    "tác tổ chức cán bộ, cải cách hành chính; điện thoại: "
                    "0296 3852 102; thư điện tử: ntnlan@angiang.gov.vn.",
                    "Ông Lê Hoàng Phúc – Phó Thủ trưởng cơ quan, phụ trách kế hoạch, "
                    "tài chính, đầu tư; điện thoại: 0296 3852 103; thư điện tử: "
                    "lhphuc@angiang.gov.vn.",
                    "Lãnh đạo cơ quan tiếp công dân định kỳ vào sáng thứ Năm của tuần "
                    "thứ hai và tuần thứ tư hằng tháng tại trụ sở cơ quan.",
                ],
            },
            {
                "title": "Các phòng, đơn vị trực thuộc",
                "summary": (
                    "Đầu mối liên hệ của các phòng chuyên môn, nghiệp vụ và bộ phận "
                    "phụ trách Cổng thông tin điện tử."
                ),
                "body": [
                    "Văn phòng: Ông Phạm Minh Tâm – Chánh Văn phòng; điện thoại: "
                    "0296 3852 110; thư điện tử: pmtam@angiang.gov.vn.",
                    "Thanh tra: Bà Võ Thị Kim Thoa – Chánh Thanh tra; điện thoại: "
                    "0296 3852 115; thư điện tử: vtkthoa@angiang.gov.vn.",
                    "Bộ phận Một cửa: Bà Đỗ Thị Thanh Trúc – Chuyên viên; điện thoại: "
                    "0296 3852 120; thư điện tử: dtttruc@angiang.gov.vn.",
                    "Ban Biên tập Cổng thông tin điện tử: Ông Huỳnh Văn Tài – Thư ký "
                    "Ban Biên tập; điện thoại: 0296 3852 125; thư điện tử: "
                    "hvtai@angiang.gov.vn.",
                ],
            },
        ],
    },
    "khoa-hoc-cong-nghe": {
        "intro": (
            "Chuyên mục giới thiệu các chương trình, đề tài khoa học và công nghệ do "
            "{agency} chủ trì hoặc phối hợp thực hiện. Tiến độ, kết quả nghiệm thu và "
            "ứng dụng kết quả nghiên cứu được công khai."
        ),
        "pages": [
            {
                "title": "Đề tài xây dựng trợ lý ảo hỗ trợ hỏi đáp thủ tục hành chính",
                "summary": (
                    "Đề tài khoa học cấp tỉnh nghiên cứu xây dựng trợ lý ảo hỗ trợ "
                    "người dân tra cứu, hỏi đáp về thủ tục hành chính."
                ),
                "body": [
                    "Tên đề tài: Nghiên cứu xây dựng hệ thống trợ lý ảo hỗ trợ tra "
                    "cứu, hỏi đáp thủ tục hành chính trên địa bàn tỉnh An Giang. Cấp "
                    "quản lý: cấp tỉnh. Thời gian thực hiện: 18 tháng.",
                    "Mục tiêu: xây dựng cơ sở tri thức về thủ tục hành chính; ứng dụng "
                    "công nghệ xử lý ngôn ngữ tự nhiên tiếng Việt để trả lời tự động "
                    "các câu hỏi thường gặp; tích hợp với Cổng thông tin điện tử và Hệ "
                    "thống thông tin giải quyết thủ tục hành chính tỉnh.",
                    "Sản phẩm dự kiến: phần mềm trợ lý ảo, bộ dữ liệu hỏi đáp đã được "
                    "chuẩn hóa, báo cáo tổng hợp kết quả nghiên cứu và quy trình vận "
                    "hành, cập nhật tri thức.",
                    "Đề tài đã được Hội đồng khoa học và công nghệ đánh giá giữa kỳ; "
                    "kết quả bước đầu cho thấy khả năng rút ngắn đáng kể thời gian tra "
                    "cứu thông tin của người dân.",
                ],
            },
            {
                "title": "Đề tài nâng cao mức độ hài lòng của người dân",
                "summary": (
                    "Đề tài khoa học cấp tỉnh khảo sát, đánh giá mức độ hài lòng của "
                    "người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà "
                    "nước."
                ),
                "body": [
                    "Tên đề tài: Nghiên cứu, đề xuất giải pháp nâng cao mức độ hài "
                    "lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành "
                    "chính nhà nước trên địa bàn tỉnh An Giang. Thời gian thực hiện: "
                    "24 tháng.",
                    "Đề tài khảo sát xã hội học đối với 3.000 người dân, đại diện "
                    "doanh nghiệp đã thực hiện thủ tục hành chính tại các cấp; phân "
                    "tích các yếu tố tác động như khả năng tiếp cận dịch vụ, thủ tục "
                    "hành chính, công chức giải quyết công việc và kết quả giải quyết.",
                    "Kết quả nghiên cứu là cơ sở để các cơ quan, đơn vị điều chỉnh quy "
                    "trình phục vụ, nâng cao chất lượng hoạt động của Bộ phận Một cửa "
                    "và cải thiện các chỉ số PAR INDEX, SIPAS, PAPI của tỉnh.",
                ],
            },
        ],
    },
    "thong-ke": {
        "intro": (
            "Chuyên mục công bố số liệu thống kê thuộc ngành, lĩnh vực do {agency} "
            "quản lý theo quy định của Luật Thống kê. Số liệu sơ bộ có thể được điều "
            "chỉnh; khi trích dẫn, đề nghị ghi rõ nguồn."
        ),
        "pages": [
            {
                "title": "Kết quả giải quyết thủ tục hành chính năm",
                "summary": (
                    "Số liệu tổng hợp về tiếp nhận và giải quyết hồ sơ thủ tục hành "
                    "chính trong năm."
                ),
                "body": [
                    "Trong năm, cơ quan tiếp nhận 12.486 hồ sơ thủ tục hành chính, "
                    "trong đó 9.854 hồ sơ được nộp trực tuyến, chiếm tỷ lệ 78,9%; số "
                    "hồ sơ kỳ trước chuyển sang là 215 hồ sơ.",
                    "Đã giải quyết 12.402 hồ sơ, trong đó giải quyết trước hạn và đúng "
                    "hạn 12.351 hồ sơ, đạt 99,6%; trễ hạn 51 hồ sơ, chiếm 0,4%. Số hồ "
                    "sơ đang giải quyết chuyển kỳ sau là 299 hồ sơ.",
                    "Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đạt 96,2%; tỷ "
                    "lệ thanh toán trực tuyến phí, lệ phí đạt 68,5%; mức độ hài lòng "
                    "của người dân, doanh nghiệp đạt 98,7%.",
                    "Đối với các hồ sơ trễ hạn, cơ quan đã gửi văn bản xin lỗi và hẹn "
                    "lại ngày trả kết quả theo quy định, đồng thời làm rõ nguyên nhân, "
                    "trách nhiệm của từng bộ phận.",
                ],
            },
            {
                "title": "Một số chỉ tiêu kinh tế – xã hội chủ yếu của tỉnh",
                "summary": (
                    "Một số chỉ tiêu kinh tế – xã hội chủ yếu trên địa bàn tỉnh "
                    "An Giang theo số liệu ước tính của cơ quan thống kê."
                ),
                "body": [
                    "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) ước đạt "
                    "6,8%; quy mô GRDP theo giá hiện hành ước đạt 123.500 tỷ đồng; "
                    "GRDP bình quân đầu người ước đạt 65,2 triệu đồng.",
                    "Sản lượng lúa cả năm ước đạt 4,1 triệu tấn; kim ngạch xuất khẩu "
                    "ước đạt 1,25 tỷ USD; tổng lượt khách du lịch ước đạt 10,5 triệu "
                    "lượt.",
                    "Tổng vốn đầu tư toàn xã hội ước đạt 41.800 tỷ đồng; thu ngân sách "
                    "nhà nước trên địa bàn ước đạt 7.950 tỷ đồng; tỷ lệ hộ nghèo theo "
                    "chuẩn nghèo đa chiều giảm còn 2,15%.",
                ],
            },
        ],
    },
    "hoi-dap": {
        "intro": (
            "Chuyên mục tiếp nhận câu hỏi của người dân, doanh nghiệp về lĩnh vực do "
            "{agency} quản lý và công khai nội dung trả lời. Người hỏi cần ghi rõ họ "
            "tên, địa chỉ, số điện thoại hoặc thư điện tử."
        ),
        "pages": [
            {
                "title": "Hỏi đáp về thủ tục hành chính",
                "summary": (
                    "Một số câu hỏi thường gặp về nộp hồ sơ, thời hạn giải quyết và "
                    "nhận kết quả thủ tục hành chính."
                ),
                "body": [
                    "Hỏi: Tôi ở xa trụ sở cơ quan, có thể nộp hồ sơ mà không đến trực "
                    "tiếp không? Trả lời: Ông (bà) có thể nộp hồ sơ trực tuyến trên "
                    "Cổng Dịch vụ công quốc gia hoặc gửi qua dịch vụ bưu chính công "
                    "ích; kết quả cũng có thể được trả qua bưu điện.",
                    "Hỏi: Hồ sơ của tôi quá hạn giải quyết thì xử lý thế nào? Trả lời: "
                    "Trường hợp hồ sơ quá hạn, cơ quan giải quyết có trách nhiệm gửi "
                    "văn bản xin lỗi và hẹn lại ngày trả kết quả; ông (bà) có quyền "
                    "phản ánh qua chuyên mục Trao đổi – Hỏi đáp.",
                    "Hỏi: Khi nộp hồ sơ trực tuyến, giấy tờ đính kèm có cần chứng thực "
                    "không? Trả lời: Ông (bà) được sử dụng bản sao điện tử hoặc bản "
                    "chụp từ bản chính; trường hợp giấy tờ đã có trong kho dữ liệu "
                    "điện tử hoặc cơ sở dữ liệu quốc gia thì không phải cung cấp lại.",
                ],
            },
            {
                "title": "Hỏi đáp về Cổng thông tin điện tử",
                "summary": (
                    "Giải đáp một số thắc mắc của bạn đọc về việc khai thác, sử dụng "
                    "thông tin trên Cổng thông tin điện tử."
                ),
                "body": [
                    "Hỏi: Tôi có được trích dẫn tin, bài trên Cổng thông tin điện tử "
                    "không? Trả lời: Tổ chức, cá nhân được trích dẫn, sử dụng thông "
                    "tin trên Cổng với điều kiện ghi rõ nguồn “Cổng thông tin điện tử "
                    "{agency}” và không làm sai lệch nội dung thông tin.",
                    "Hỏi: Làm thế nào để biết khi có dự thảo văn bản mới cần lấy ý "
                    "kiến? Trả lời: Bạn đọc theo dõi chuyên mục Lấy ý kiến dự thảo văn "
                    "bản; mỗi dự thảo được đăng kèm thời hạn góp ý và hướng dẫn cách "
                    "gửi ý kiến.",
                    "Hỏi: Tôi phát hiện thông tin trên Cổng chưa chính xác thì phản "
                    "ánh ở đâu? Trả lời: Đề nghị bạn đọc gửi phản ánh qua thư điện tử "
                    "của Ban Biên tập nêu tại chuyên mục Liên hệ; Ban Biên tập sẽ kiểm "
                    "tra, xác minh và cải chính kịp thời nếu thông tin đăng tải chưa "
                    "chính xác.",
                ],
            },
        ],
    },
    "cai-chinh": {
        "intro": (
            "Chuyên mục đăng tải thông tin cải chính nội dung chưa chính xác trên Cổng "
            "và thông tin bác bỏ tin sai sự thật liên quan đến hoạt động của {agency}. "
            "Thông tin được đặt ở vị trí dễ nhận biết."
        ),
        "pages": [
            {
                "title": "Cải chính thông tin về lịch tiếp công dân định kỳ",
                "summary": (
                    "Cải chính ngày tiếp công dân định kỳ tháng 3 đã được đăng tải "
                    "chưa chính xác."
                ),
                "body": [
                    "Ngày 05/3, Cổng thông tin điện tử {agency} đăng tải tin “Thông "
                    "báo lịch tiếp công dân định kỳ tháng 3”, trong đó ghi thời gian "
                    "tiếp công dân là sáng thứ Năm, ngày 15/3. Do sơ suất trong quá "
                    "trình biên tập, thông tin trên chưa chính xác.",
                    "Ban Biên tập xin cải chính như sau: thời gian tiếp công dân định "
                    "kỳ tháng 3 là sáng thứ Năm, ngày 14/3, từ 07 giờ 30 đến 11 giờ "
                    "00, tại trụ sở cơ quan.",
                    "Ban Biên tập thành thật xin lỗi bạn đọc và các cơ quan, tổ chức, "
                    "cá nhân có liên quan vì sai sót nêu trên.",
                ],
            },
            {
                "title": (
                    "Bác bỏ thông tin sai sự thật về việc thu tiền khi giải quyết hồ sơ"
                ),
                "summary": (
                    "Bác bỏ thông tin sai sự thật lan truyền trên mạng xã hội về việc "
                    "thu thêm tiền khi nộp hồ sơ thủ tục hành chính."
                ),
                "body": [
                    "Thời gian gần đây, trên một số trang mạng xã hội xuất hiện thông "
                    "tin cho rằng người dân phải nộp thêm “phí dịch vụ nhanh” khi thực "
                    "hiện thủ tục hành chính tại {agency}. Qua kiểm tra, xác minh, "
                    "thông tin nêu trên là hoàn toàn sai sự thật.",
                    "Phí, lệ phí của từng thủ tục hành chính đều được công khai tại Bộ "
                    "phận Một cửa, trên Cổng thông tin điện tử và Cổng Dịch vụ công "
                    "quốc gia; người nộp hồ sơ chỉ nộp đúng mức phí, lệ phí theo quy "
                    "định và được cấp biên lai.",
                    "Cơ quan đề nghị người dân, doanh nghiệp cảnh giác với các đối "
                    "tượng giả danh cán bộ, công chức để lừa đảo; khi phát hiện hành "
                    "vi nhũng nhiễu, đòi hỏi tiền trái quy định, đề nghị phản ánh ngay "
                    "qua số điện thoại hoặc thư điện tử của cơ quan.",
                ],
            },
        ],
    },
    "lien-he": {
        "intro": (
            "Thông tin liên hệ chính thức của Cổng thông tin điện tử {agency}. Mọi ý "
            "kiến góp ý, phản ánh, kiến nghị và tin, bài cộng tác xin gửi về Ban Biên "
            "tập theo địa chỉ dưới đây."
        ),
        "pages": [
            {
                "title": "Thông tin liên hệ",
                "summary": (
                    "Địa chỉ, điện thoại và thư điện tử liên hệ với cơ quan chủ quản "
                    "và Ban Biên tập Cổng thông tin điện tử."
                ),
                "body": [
                    "Cơ quan chủ quản: {agency}. Địa chỉ trụ sở, số điện thoại và thư "
                    "điện tử của cơ quan được thể hiện tại chân trang của Cổng thông "
                    "tin điện tử.",
                    "Ban Biên tập tiếp nhận tin, bài, ảnh cộng tác và ý kiến góp ý của "
                    "bạn đọc trong giờ hành chính các ngày làm việc: buổi sáng từ 07 "
                    "giờ 00 đến 11 giờ 00, buổi chiều từ 13 giờ 00 đến 17 giờ 00.",
                    "Tin, bài cộng tác gửi qua thư điện tử cần ghi rõ họ tên, địa chỉ, "
                    "số điện thoại của tác giả; Ban Biên tập có quyền biên tập nội "
                    "dung cho phù hợp với tôn chỉ, mục đích của Cổng.",
                    "Khi phát hành lại thông tin từ Cổng, đề nghị ghi rõ nguồn “Cổng "
                    "thông tin điện tử {agency}”.",
                ],
            },
            {
                "title": "Ban Biên tập",
                "summary": (
                    "Thành phần Ban Biên tập và bộ phận giúp việc của Cổng thông tin "
                    "điện tử {agency}."
                ),
                "body": [
                    "Ban Biên tập Cổng thông tin điện tử được thành lập theo quyết "
                    "định của người đứng đầu {agency}, gồm Trưởng ban là lãnh đạo cơ "
                    "quan, Phó Trưởng ban thường trực và các thành viên là lãnh đạo "
                    "các phòng, đơn vị trực thuộc.",
                    "Ban Biên tập có nhiệm vụ xây dựng kế hoạch, định hướng nội dung "
                    "thông tin; tiếp nhận, biên tập, phê duyệt tin, bài trước khi đăng "
                    "tải; chịu trách nhiệm về tính chính xác, kịp thời của thông tin "
                    "cung cấp trên Cổng.",
                    "Bộ phận giúp việc gồm công chức, viên chức làm nhiệm vụ quản trị "
                    "kỹ thuật, cập nhật thông tin, bảo đảm an toàn thông tin và vận "
                    "hành hệ thống hằng ngày.",
                ],
            },
        ],
    },
}

# Generic news articles; ``days_ago`` sets the publication date relative to
# the day the demo is seeded.
NEWS: list[dict[str, object]] = [
    {
        "title": "Hội nghị tổng kết công tác năm và triển khai nhiệm vụ năm mới",
        "summary": (
            "{agency} tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả đạt "
            "được và triển khai phương hướng, nhiệm vụ năm mới."
        ),
        "body": [
            "Sáng nay, {agency} tổ chức hội nghị tổng kết công tác năm và triển khai "
            "nhiệm vụ năm mới. Dự hội nghị có đại diện lãnh đạo các cơ quan, đơn vị có "
            "liên quan cùng toàn thể cán bộ, công chức, viên chức, người lao động của "
            "cơ quan.",
            "Theo báo cáo, trong năm qua, cơ quan đã hoàn thành các chỉ tiêu, nhiệm vụ "
            "được giao; công tác cải cách hành chính có nhiều chuyển biến tích cực, tỷ "
            "lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt trên 99%; 100% "
            "văn bản đi, đến được xử lý trên môi trường mạng.",
            "Bên cạnh kết quả đạt được, hội nghị cũng thẳng thắn chỉ ra một số hạn chế "
            "như: tiến độ giải ngân vốn đầu tư công ở một số dự án còn chậm; việc khai "
            "thác, sử dụng dữ liệu dùng chung chưa đồng bộ; nguồn nhân lực công nghệ "
            "thông tin còn thiếu.",
            "Phát biểu chỉ đạo, lãnh đạo cơ quan đề nghị các phòng, đơn vị xây dựng kế "
            "hoạch cụ thể, phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, "
            "phấn đấu hoàn thành thắng lợi nhiệm vụ năm mới. Dịp này, nhiều tập thể, "
            "cá nhân có thành tích xuất sắc đã được khen thưởng.",
        ],
        "days_ago": 95,
    },
    {
        "title": "Đẩy mạnh cải cách hành chính, nâng cao mức độ hài lòng của người dân",
        "summary": (
            "{agency} ban hành kế hoạch đẩy mạnh cải cách hành chính, lấy sự hài lòng "
            "của người dân, doanh nghiệp làm thước đo chất lượng phục vụ."
        ),
        "body": [
            "Nhằm tiếp tục nâng cao hiệu quả công tác cải cách hành chính, {agency} "
            "vừa ban hành kế hoạch triển khai các giải pháp trọng tâm, trong đó xác "
            "định cải cách thủ tục hành chính là khâu đột phá, lấy người dân, doanh "
            "nghiệp làm trung tâm phục vụ.",
            "Theo kế hoạch, cơ quan rà soát, đơn giản hóa thành phần hồ sơ, cắt giảm "
            "thời gian giải quyết đối với các thủ tục hành chính có số lượng hồ sơ "
            "lớn; nâng tỷ lệ hồ sơ nộp trực tuyến toàn trình; thực hiện số hóa hồ sơ, "
            "kết quả giải quyết thủ tục hành chính theo quy định.",
            "Cùng với đó, cơ quan tăng cường kiểm tra công vụ, chấn chỉnh kịp thời các "
            "biểu hiện né tránh, đùn đẩy trách nhiệm; công khai kết quả giải quyết hồ "
            "sơ và mức độ hài lòng của người dân trên Cổng thông tin điện tử.",
        ],
        "days_ago": 12,
    },
    {
        "title": "Triển khai các nhiệm vụ chuyển đổi số trọng tâm",
        "summary": (
            "{agency} triển khai các nhiệm vụ chuyển đổi số trọng tâm, hướng tới xây "
            "dựng cơ quan số, phục vụ người dân và doanh nghiệp ngày càng tốt hơn."
        ),
        "body": [
            "Thực hiện Chương trình Chuyển đổi số quốc gia và kế hoạch chuyển đổi số "
            "của tỉnh, {agency} tổ chức hội nghị triển khai các nhiệm vụ chuyển đổi số "
            "trọng tâm với sự tham gia của lãnh đạo các phòng, đơn vị trực thuộc.",
            "Đến nay, 100% cán bộ, công chức của cơ quan được cấp chữ ký số cá nhân; "
            "văn bản điện tử được ký số và gửi, nhận qua hệ thống quản lý văn bản và "
            "điều hành; hồ sơ công việc được lập và lưu trữ điện tử; các cuộc họp được "
            "tổ chức trực tuyến khi phù hợp, góp phần tiết kiệm thời gian, chi phí.",
            "Thời gian tới, cơ quan tập trung xây dựng, cập nhật cơ sở dữ liệu chuyên "
            "ngành; kết nối, chia sẻ dữ liệu qua nền tảng tích hợp, chia sẻ dữ liệu "
            "của tỉnh; nâng cao chất lượng dịch vụ công trực tuyến và tăng cường bảo "
            "đảm an toàn thông tin mạng.",
            "Lãnh đạo cơ quan nhấn mạnh, chuyển đổi số trước hết là chuyển đổi nhận "
            "thức; mỗi cán bộ, công chức phải chủ động học tập, nâng cao kỹ năng số, "
            "sử dụng thành thạo các nền tảng số trong xử lý công việc hằng ngày.",
        ],
        "days_ago": 25,
    },
    {
        "title": "Tập huấn bảo đảm an toàn thông tin cho cán bộ, công chức",
        "summary": (
            "Lớp tập huấn trang bị kiến thức, kỹ năng nhận diện và phòng, chống các "
            "nguy cơ mất an toàn thông tin trong hoạt động công vụ."
        ),
        "body": [
            "{agency} tổ chức lớp tập huấn về bảo đảm an toàn thông tin cho hơn 80 cán "
            "bộ, công chức, viên chức làm công tác văn thư, quản trị hệ thống và cập "
            "nhật thông tin trên Cổng thông tin điện tử, với sự tham gia giảng dạy của "
            "các chuyên gia về an toàn thông tin mạng.",
            "Tại lớp tập huấn, học viên được giới thiệu tổng quan về tình hình an toàn "
            "thông tin mạng; các hình thức tấn công phổ biến như thư điện tử lừa đảo, "
            "mã độc mã hóa dữ liệu để tống tiền, tấn công vào cổng, trang thông tin "
            "điện tử; các quy định của Luật An toàn thông tin mạng và văn bản hướng "
            "dẫn thi hành.",
            "Học viên cũng được hướng dẫn thực hành thiết lập mật khẩu an toàn, xác "
            "thực hai lớp, nhận diện tệp tin, đường dẫn độc hại, sao lưu dữ liệu định "
            "kỳ và quy trình báo cáo, ứng cứu khi xảy ra sự cố.",
        ],
        "days_ago": 40,
    },
    {
        "title": (
            "Đoàn công tác của Ban Thường vụ Tỉnh ủy kiểm tra việc thực hiện nhiệm vụ"
        ),
        "summary": (
            "Đoàn công tác của Ban Thường vụ Tỉnh ủy làm việc với {agency} về kết quả "
            "thực hiện nhiệm vụ chính trị và các nhiệm vụ trọng tâm thời gian tới."
        ),
        "body": [
            "Đoàn công tác của Ban Thường vụ Tỉnh ủy An Giang vừa có buổi làm việc với "
            "{agency} để kiểm tra tình hình, kết quả thực hiện nhiệm vụ chính trị, "
            "công tác cải cách hành chính và việc triển khai các nghị quyết của Tỉnh "
            "ủy, Hội đồng nhân dân tỉnh.",
            "Báo cáo với đoàn, lãnh đạo cơ quan cho biết thời gian qua, cơ quan đã bám "
            "sát chủ trương, nghị quyết, tập trung lãnh đạo, chỉ đạo hoàn thành các "
            "chỉ tiêu được giao; chú trọng xây dựng đội ngũ cán bộ, công chức có phẩm "
            "chất, năng lực, đáp ứng yêu cầu nhiệm vụ.",
            "Phát biểu kết luận, Trưởng đoàn ghi nhận những kết quả cơ quan đạt được; "
            "đề nghị tiếp tục đổi mới phương thức lãnh đạo, điều hành, tăng cường kỷ "
            "luật, kỷ cương, đề cao trách nhiệm người đứng đầu, đẩy mạnh chuyển đổi số "
            "để thực hiện hiệu quả nhiệm vụ được giao.",
        ],
        "days_ago": 8,
    },
    {
        "title": "Thăm, tặng quà Tết gia đình chính sách và hộ nghèo",
        "summary": (
            "Nhân dịp Tết Nguyên đán, đoàn công tác của {agency} đã đến thăm, tặng quà "
            "các gia đình chính sách, hộ nghèo có hoàn cảnh khó khăn."
        ),
        "body": [
            "Thực hiện kế hoạch chăm lo Tết Nguyên đán cho các gia đình chính sách, hộ "
            "nghèo, {agency} đã tổ chức đoàn đến thăm, tặng 200 phần quà cho các gia "
            "đình có hoàn cảnh khó khăn trên địa bàn. Mỗi phần quà trị giá 700.000 "
            "đồng, gồm tiền mặt và nhu yếu phẩm.",
            "Tại các nơi đến thăm, lãnh đạo cơ quan ân cần hỏi thăm sức khỏe, đời sống "
            "của các gia đình; bày tỏ lòng tri ân đối với những hy sinh, đóng góp của "
            "thương binh, thân nhân liệt sĩ và người có công với cách mạng; động viên "
            "các hộ nghèo vượt khó vươn lên trong cuộc sống.",
            "Kinh phí thực hiện được vận động từ sự đóng góp của cán bộ, công chức, "
            "viên chức, người lao động trong cơ quan và các nhà hảo tâm. Hoạt động góp "
            "phần để mọi nhà, mọi người đều được đón Tết vui tươi, đầm ấm.",
        ],
        "days_ago": 110,
    },
    {
        "title": "Hội nghị quán triệt, triển khai các văn bản quy phạm pháp luật mới",
        "summary": (
            "{agency} tổ chức hội nghị quán triệt, triển khai các luật, nghị định mới "
            "có hiệu lực thi hành đến cán bộ, công chức, viên chức."
        ),
        "body": [
            "Nhằm kịp thời đưa các quy định mới của pháp luật vào cuộc sống, {agency} "
            "tổ chức hội nghị quán triệt, triển khai các văn bản quy phạm pháp luật "
            "mới có hiệu lực thi hành liên quan đến lĩnh vực quản lý của cơ quan.",
            "Tại hội nghị, báo cáo viên pháp luật đã giới thiệu những điểm mới cơ bản "
            "của các luật, nghị định được ban hành; phân tích những nội dung có tác "
            "động trực tiếp đến việc thực thi công vụ, giải quyết thủ tục hành chính "
            "và quyền, lợi ích hợp pháp của người dân, doanh nghiệp.",
            "Hội nghị cũng dành thời gian trao đổi, giải đáp những vướng mắc phát sinh "
            "trong quá trình áp dụng pháp luật tại các đơn vị. Các ý kiến chưa được "
            "giải đáp tại hội nghị sẽ được tổng hợp, gửi cơ quan có thẩm quyền hướng "
            "dẫn.",
        ],
        "days_ago": 55,
    },
    {
        "title": "Phát động phong trào thi đua hoàn thành thắng lợi nhiệm vụ năm",
        "summary": (
            "{agency} phát động phong trào thi đua yêu nước, khuyến khích cán bộ, công "
            "chức, viên chức đổi mới, sáng tạo, hoàn thành xuất sắc nhiệm vụ được giao."
        ),
        "body": [
            "Ngay sau hội nghị triển khai nhiệm vụ năm, {agency} tổ chức lễ phát động "
            "phong trào thi đua yêu nước với chủ đề “Đoàn kết, kỷ cương, đổi mới, sáng "
            "tạo, hoàn thành xuất sắc nhiệm vụ”.",
            "Phong trào tập trung vào các nội dung: thi đua thực hiện tốt công tác cải "
            "cách hành chính, chuyển đổi số; đổi mới phương thức làm việc, nâng cao "
            "chất lượng phục vụ người dân, doanh nghiệp; thực hành tiết kiệm, chống "
            "lãng phí; xây dựng cơ quan văn hóa, an toàn.",
            "Tại buổi lễ, đại diện các phòng, đơn vị trực thuộc đã ký kết giao ước thi "
            "đua, cam kết hoàn thành và vượt các chỉ tiêu được giao. Kết quả phong "
            "trào sẽ được sơ kết vào giữa năm, tổng kết vào cuối năm để kịp thời biểu "
            "dương, khen thưởng.",
        ],
        "days_ago": 88,
    },
    {
        "title": "Ra quân hỗ trợ người dân thực hiện dịch vụ công trực tuyến",
        "summary": (
            "Đoàn viên thanh niên của {agency} ra quân hướng dẫn, hỗ trợ người dân sử "
            "dụng tài khoản định danh điện tử và thực hiện dịch vụ công trực tuyến."
        ),
        "body": [
            "Hưởng ứng Ngày Chuyển đổi số quốc gia, đoàn viên thanh niên của {agency} "
            "đã ra quân hỗ trợ người dân thực hiện dịch vụ công trực tuyến tại Bộ phận "
            "Một cửa và một số khu dân cư trên địa bàn.",
            "Các tình nguyện viên hướng dẫn người dân kích hoạt tài khoản định danh "
            "điện tử, tra cứu thủ tục, nộp hồ sơ và thanh toán phí, lệ phí trực tuyến; "
            "giới thiệu các tiện ích của ứng dụng VNeID và các nền tảng số thiết yếu.",
            "Sau một ngày ra quân, hơn 350 lượt người dân đã được hướng dẫn, hỗ trợ; "
            "nhiều người bày tỏ phấn khởi vì tiết kiệm được thời gian, chi phí đi lại "
            "khi thực hiện thủ tục hành chính trên môi trường điện tử.",
        ],
        "days_ago": 3,
    },
    {
        "title": "Tổ chức Hội nghị cán bộ, công chức, viên chức",
        "summary": (
            "{agency} tổ chức Hội nghị cán bộ, công chức, viên chức nhằm phát huy "
            "quyền làm chủ, thực hiện dân chủ ở cơ sở."
        ),
        "body": [
            "Thực hiện quy định về dân chủ ở cơ sở, {agency} tổ chức Hội nghị cán bộ, "
            "công chức, viên chức với sự tham dự của đông đảo cán bộ, công chức, viên "
            "chức, người lao động của cơ quan.",
            "Hội nghị đã nghe báo cáo kết quả thực hiện nhiệm vụ năm qua, phương hướng "
            "nhiệm vụ năm mới; báo cáo công khai tài chính, kết quả thực hiện quy chế "
            "chi tiêu nội bộ, quy chế dân chủ và công tác thi đua, khen thưởng.",
            "Trong không khí dân chủ, cởi mở, nhiều ý kiến tập trung góp ý về cải "
            "thiện điều kiện làm việc, nâng cao hiệu quả phối hợp giữa các bộ phận và "
            "đẩy mạnh ứng dụng công nghệ thông tin trong xử lý công việc. Các ý kiến "
            "đều được lãnh đạo cơ quan tiếp thu, giải trình cụ thể.",
            "Kết thúc hội nghị, lãnh đạo cơ quan và Ban Chấp hành Công đoàn cơ sở đã "
            "ký kết giao ước thi đua; hội nghị thông qua nghị quyết với tỷ lệ biểu "
            "quyết tán thành cao.",
        ],
        "days_ago": 80,
    },
]

# Extra news articles specific to some agencies, keyed by agency code.
AGENCY_NEWS: dict[str, list[dict[str, object]]] = {
    "angiang": [
        {
            "title": "Ủy ban nhân dân tỉnh họp phiên thường kỳ tháng",
            "summary": (
                "Ủy ban nhân dân tỉnh An Giang tổ chức phiên họp thường kỳ, đánh giá "
                "tình hình kinh tế – xã hội và cho ý kiến nhiều nội dung quan trọng."
            ),
            "body": [
                "Ủy ban nhân dân tỉnh An Giang vừa tổ chức phiên họp thường kỳ tháng "
                "để đánh giá tình hình kinh tế – xã hội, quốc phòng, an ninh; đồng "
                "thời cho ý kiến đối với các dự thảo nghị quyết trình Hội đồng nhân "
                "dân tỉnh tại kỳ họp tới.",
                "Theo báo cáo, tình hình kinh tế – xã hội của tỉnh tiếp tục chuyển "
                "biến tích cực: sản xuất nông nghiệp ổn định, giá lúa ở mức có lợi cho "
                "nông dân; hoạt động thương mại, dịch vụ, du lịch tăng trưởng khá; thu "
                "ngân sách nhà nước đạt khá so với dự toán; an sinh xã hội được bảo "
                "đảm.",
                "Phát biểu chỉ đạo, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, "
                "ngành, địa phương tập trung tháo gỡ vướng mắc trong giải phóng mặt "
                "bằng, đẩy nhanh giải ngân vốn đầu tư công; tăng cường cải cách hành "
                "chính, cải thiện môi trường đầu tư kinh doanh.",
                "Đối với các dự thảo nghị quyết, Chủ tịch Ủy ban nhân dân tỉnh đề nghị "
                "cơ quan chủ trì soạn thảo tiếp thu đầy đủ ý kiến của các thành viên, "
                "hoàn chỉnh hồ sơ, bảo đảm chất lượng, đúng thời hạn trình Hội đồng "
                "nhân dân tỉnh.",
            ],
            "days_ago": 6,
        },
        {
            "title": "Hội nghị xúc tiến đầu tư tỉnh An Giang",
            "summary": (
                "Tỉnh An Giang tổ chức hội nghị xúc tiến đầu tư, giới thiệu tiềm năng, "
                "lợi thế và danh mục dự án kêu gọi đầu tư."
            ),
            "body": [
                "Ủy ban nhân dân tỉnh An Giang tổ chức hội nghị xúc tiến đầu tư với sự "
                "tham dự của đại diện các bộ, ngành trung ương, cơ quan đại diện ngoại "
                "giao, hiệp hội doanh nghiệp và đông đảo nhà đầu tư trong và ngoài "
                "nước.",
                "Tại hội nghị, tỉnh giới thiệu tiềm năng, lợi thế của An Giang trong "
                "các lĩnh vực nông nghiệp công nghệ cao, chế biến nông sản, thủy sản, "
                "du lịch tâm linh, du lịch sinh thái, năng lượng tái tạo và thương mại "
                "biên giới; đồng thời công bố danh mục các dự án kêu gọi đầu tư giai "
                "đoạn tới.",
                "Lãnh đạo tỉnh cam kết tiếp tục đồng hành cùng nhà đầu tư, doanh "
                "nghiệp; tạo điều kiện thuận lợi về thủ tục hành chính, mặt bằng sản "
                "xuất, kinh doanh; kịp thời tháo gỡ khó khăn, vướng mắc để các dự án "
                "sớm triển khai, đi vào hoạt động.",
                "Dịp này, Ủy ban nhân dân tỉnh đã trao quyết định chấp thuận chủ "
                "trương đầu tư và ký kết biên bản ghi nhớ hợp tác với một số nhà đầu "
                "tư.",
            ],
            "days_ago": 60,
        },
    ],
    "songoaivu": [
        {
            "title": (
                "Tăng cường hợp tác với hai tỉnh Takéo và Kandal, Vương quốc Campuchia"
            ),
            "summary": (
                "An Giang và hai tỉnh giáp biên Takéo, Kandal (Campuchia) sơ kết hợp "
                "tác, thống nhất nhiều nội dung trọng tâm thời gian tới."
            ),
            "body": [
                "Sở Ngoại vụ vừa phối hợp tổ chức hội nghị sơ kết hợp tác giữa tỉnh "
                "An Giang với hai tỉnh Takéo và Kandal, Vương quốc Campuchia, với sự "
                "tham dự của lãnh đạo ba tỉnh cùng đại diện các sở, ngành, địa phương "
                "có đường biên giới.",
                "Các đại biểu đánh giá, công tác phối hợp quản lý, bảo vệ đường biên, "
                "mốc giới được duy trì chặt chẽ; hoạt động xuất nhập khẩu qua các cặp "
                "cửa khẩu quốc tế Tịnh Biên – Phnom Den và Vĩnh Xương – Kaam Samnor "
                "tiếp tục tăng trưởng.",
                "Các bên thống nhất duy trì cơ chế trao đổi thông tin định kỳ; phối "
                "hợp phòng, chống tội phạm xuyên biên giới, buôn lậu; tổ chức khám, "
                "chữa bệnh miễn phí cho người dân vùng biên; tạo thuận lợi cho hàng "
                "hóa, phương tiện qua lại cửa khẩu.",
                "Hội nghị góp phần vun đắp quan hệ láng giềng tốt đẹp, hữu nghị truyền "
                "thống, hợp tác toàn diện, bền vững lâu dài giữa Việt Nam và "
                "Campuchia, xây dựng đường biên giới hòa bình, ổn định, hợp tác và "
                "phát triển.",
            ],
            "days_ago": 20,
        },
        {
            "title": (
                "Ủy hội sông Mê Công quốc tế cảnh báo nguy cơ mực nước thấp trong mùa "
                "khô"
            ),
            "summary": (
                "Tin thế giới: Ủy hội sông Mê Công quốc tế cảnh báo về diễn biến dòng "
                "chảy mùa khô, có tác động trực tiếp đến sản xuất nông nghiệp của tỉnh "
                "An Giang."
            ),
            "body": [
                "Theo bản tin mới nhất của Ban Thư ký Ủy hội sông Mê Công quốc tế "
                "(MRC), lưu lượng dòng chảy trên dòng chính sông Mê Công trong mùa khô "
                "năm nay được dự báo thấp hơn trung bình nhiều năm do lượng mưa ở "
                "thượng nguồn suy giảm và tác động của việc vận hành các hồ chứa thủy "
                "điện.",
                "An Giang là tỉnh đầu nguồn nơi sông Tiền và sông Hậu chảy vào lãnh "
                "thổ Việt Nam, vì vậy diễn biến dòng chảy trên sông Mê Công ảnh hưởng "
                "trực tiếp đến nguồn nước phục vụ sản xuất nông nghiệp, nuôi trồng "
                "thủy sản, giao thông thủy và đời sống của người dân trong tỉnh.",
                "Sở Ngoại vụ đã chủ động cập nhật thông tin, phối hợp với Sở Nông "
                "nghiệp và Phát triển nông thôn tham mưu Ủy ban nhân dân tỉnh chỉ đạo "
                "các địa phương theo dõi sát diễn biến mực nước, điều chỉnh lịch thời "
                "vụ, bảo đảm nước tưới cho vụ lúa Đông Xuân và nước sinh hoạt cho "
                "người dân.",
            ],
            "days_ago": 9,
        },
    ],
    "sotttt": [
        {
            "title": "Nâng cấp nền tảng Cổng thông tin điện tử của tỉnh",
            "summary": (
                "Sở Thông tin và Truyền thông hoàn thành nâng cấp nền tảng Cổng thông "
                "tin điện tử tỉnh và các cổng thông tin điện tử thành phần."
            ),
            "body": [
                "Sở Thông tin và Truyền thông vừa hoàn thành việc nâng cấp nền tảng "
                "Cổng thông tin điện tử tỉnh An Giang và các cổng thông tin điện tử "
                "thành phần của sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, "
                "thành phố, đáp ứng yêu cầu của Nghị định số 42/2022/NĐ-CP ngày "
                "24/6/2022 của Chính phủ.",
                "Nền tảng mới được thiết kế thân thiện với thiết bị di động, hỗ trợ "
                "người khuyết tật tiếp cận thông tin, tích hợp công cụ tìm kiếm toàn "
                "văn và cho phép các cơ quan tự quản trị nội dung trên hạ tầng dùng "
                "chung đặt tại Trung tâm dữ liệu của tỉnh.",
                "Hệ thống đã được kiểm tra, đánh giá an toàn thông tin theo cấp độ; dữ "
                "liệu được sao lưu định kỳ, có phương án dự phòng để bảo đảm hoạt động "
                "liên tục, an toàn.",
                "Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị kiện toàn "
                "Ban Biên tập, bố trí nhân sự cập nhật thông tin thường xuyên, bảo đảm "
                "đầy đủ các chuyên mục theo quy định.",
            ],
            "days_ago": 15,
        },
        {
            "title": "Sơ kết xây dựng chính quyền điện tử, hướng tới chính quyền số",
            "summary": (
                "Sở Thông tin và Truyền thông tổ chức sơ kết tình hình xây dựng chính "
                "quyền điện tử, đề ra giải pháp hướng tới chính quyền số."
            ),
            "body": [
                "Sở Thông tin và Truyền thông vừa tổ chức hội nghị sơ kết tình hình "
                "xây dựng chính quyền điện tử, hướng tới chính quyền số tỉnh An Giang, "
                "với sự tham dự của đại diện các sở, ban, ngành và Ủy ban nhân dân các "
                "huyện, thị xã, thành phố.",
                "Theo báo cáo, hệ thống quản lý văn bản và điều hành được triển khai "
                "đồng bộ từ cấp tỉnh đến cấp xã; tỷ lệ văn bản điện tử được ký số đạt "
                "trên 98%; nền tảng tích hợp, chia sẻ dữ liệu của tỉnh đã kết nối với "
                "nhiều cơ sở dữ liệu quốc gia, chuyên ngành.",
                "Tuy nhiên, tỷ lệ hồ sơ trực tuyến ở một số lĩnh vực còn thấp; hạ tầng "
                "công nghệ thông tin tại một số đơn vị cấp xã chưa đáp ứng yêu cầu; "
                "nguồn nhân lực chuyên trách về công nghệ thông tin, an toàn thông tin "
                "còn mỏng.",
                "Thời gian tới, Sở tập trung tham mưu cập nhật Kiến trúc chính quyền "
                "điện tử, chính quyền số của tỉnh; đẩy mạnh khai thác dữ liệu phục vụ "
                "chỉ đạo, điều hành; phát triển các nền tảng số dùng chung và nâng cao "
                "năng lực bảo đảm an toàn thông tin mạng.",
            ],
            "days_ago": 35,
        },
    ],
    "soyte": [
        {
            "title": "Tăng cường phòng, chống sốt xuất huyết trong mùa mưa",
            "summary": (
                "Sở Y tế đề nghị các đơn vị y tế và địa phương tăng cường các biện "
                "pháp phòng, chống bệnh sốt xuất huyết trong mùa mưa."
            ),
            "body": [
                "Trước tình hình số ca mắc sốt xuất huyết có xu hướng gia tăng trong "
                "mùa mưa, Sở Y tế tỉnh An Giang đề nghị Trung tâm Kiểm soát bệnh tật "
                "tỉnh và trung tâm y tế các huyện, thị xã, thành phố tăng cường giám "
                "sát, phát hiện sớm và xử lý triệt để các ổ dịch, không để dịch lan "
                "rộng.",
                "Ngành y tế phối hợp với chính quyền địa phương tổ chức chiến dịch "
                "diệt lăng quăng, bọ gậy; vận động người dân đậy kín dụng cụ chứa "
                "nước, loại bỏ vật dụng phế thải có thể đọng nước; phun hóa chất diệt "
                "muỗi tại các khu vực có ổ dịch.",
                "Các cơ sở khám bệnh, chữa bệnh được yêu cầu chuẩn bị đầy đủ thuốc, "
                "vật tư, trang thiết bị, bố trí khu vực điều trị riêng; thực hiện tốt "
                "việc phân luồng, cấp cứu, điều trị, hạn chế thấp nhất trường hợp tử "
                "vong.",
                "Sở Y tế khuyến cáo người dân khi có biểu hiện sốt cao đột ngột, xuất "
                "huyết dưới da, chảy máu cam, đau bụng cần đến ngay cơ sở y tế để được "
                "khám và điều trị kịp thời, không tự ý điều trị tại nhà.",
            ],
            "days_ago": 14,
        },
        {
            "title": "Đẩy mạnh triển khai bệnh án điện tử tại các bệnh viện",
            "summary": (
                "Sở Y tế chỉ đạo các bệnh viện trên địa bàn tỉnh đẩy nhanh tiến độ "
                "triển khai bệnh án điện tử và thanh toán không dùng tiền mặt."
            ),
            "body": [
                "Thực hiện chủ trương chuyển đổi số trong lĩnh vực y tế, Sở Y tế tỉnh "
                "An Giang tổ chức hội nghị triển khai kế hoạch ứng dụng bệnh án điện "
                "tử tại các bệnh viện công lập và tư nhân trên địa bàn tỉnh.",
                "Theo lộ trình, các bệnh viện phải hoàn thiện hạ tầng công nghệ thông "
                "tin, hệ thống thông tin bệnh viện, hệ thống lưu trữ và truyền tải "
                "hình ảnh; kết nối liên thông dữ liệu với cơ quan bảo hiểm xã hội; sử "
                "dụng thẻ căn cước, ứng dụng VNeID trong khám bệnh, chữa bệnh bảo hiểm "
                "y tế.",
                "Việc triển khai bệnh án điện tử giúp giảm thời gian chờ đợi của người "
                "bệnh, giảm chi phí in ấn, lưu trữ hồ sơ giấy, đồng thời giúp bác sĩ "
                "tra cứu nhanh lịch sử khám bệnh, chữa bệnh, nâng cao chất lượng điều "
                "trị.",
            ],
            "days_ago": 48,
        },
    ],
    "chaudoc": [
        {
            "title": "Chuẩn bị chu đáo cho Lễ hội Vía Bà Chúa Xứ Núi Sam",
            "summary": (
                "Ủy ban nhân dân thành phố Châu Đốc triển khai kế hoạch tổ chức Lễ hội "
                "Vía Bà Chúa Xứ Núi Sam an toàn, văn minh, tiết kiệm."
            ),
            "body": [
                "Ủy ban nhân dân thành phố Châu Đốc vừa họp triển khai kế hoạch tổ "
                "chức Lễ hội Vía Bà Chúa Xứ Núi Sam, diễn ra từ ngày 23 đến ngày 27 "
                "tháng Tư âm lịch tại phường Núi Sam. Lễ hội đã được công nhận là Di "
                "sản văn hóa phi vật thể quốc gia.",
                "Theo kế hoạch, thành phố thành lập các tiểu ban phụ trách nghi lễ, "
                "tuyên truyền, an ninh trật tự, an toàn giao thông, vệ sinh môi "
                "trường, an toàn thực phẩm và y tế; bố trí các điểm giữ xe, khu vực "
                "nghỉ chân, trạm y tế và điểm tiếp nhận phản ánh của du khách.",
                "Các lực lượng chức năng tăng cường kiểm tra, xử lý nghiêm các hành vi "
                "chèo kéo, đeo bám du khách, bán hàng không niêm yết giá, hành nghề mê "
                "tín dị đoan; kiểm tra công tác phòng cháy, chữa cháy tại các cơ sở "
                "lưu trú, nhà hàng trên địa bàn.",
                "Ủy ban nhân dân thành phố đề nghị người dân, du khách thực hiện nếp "
                "sống văn minh tại lễ hội, giữ gìn vệ sinh chung và phối hợp với lực "
                "lượng chức năng để lễ hội diễn ra trang trọng, an toàn.",
            ],
            "days_ago": 45,
        },
        {
            "title": (
                "Châu Đốc đẩy mạnh phát triển du lịch gắn với xây dựng đô thị văn minh"
            ),
            "summary": (
                "Thành phố Châu Đốc tập trung phát triển du lịch trở thành ngành kinh "
                "tế mũi nhọn, gắn với chỉnh trang đô thị và xây dựng nếp sống văn minh."
            ),
            "body": [
                "Với lợi thế là đô thị du lịch tâm linh, sinh thái nổi tiếng của vùng "
                "Đồng bằng sông Cửu Long, thành phố Châu Đốc xác định du lịch là ngành "
                "kinh tế mũi nhọn, tạo động lực thúc đẩy thương mại, dịch vụ và giải "
                "quyết việc làm cho người dân.",
                "Thành phố chỉnh trang các tuyến đường chính, khu vực Núi Sam, bờ kè "
                "sông Hậu; phát triển các sản phẩm du lịch đặc trưng gắn với Miếu Bà "
                "Chúa Xứ, Lăng Thoại Ngọc Hầu, chùa Tây An, làng bè trên sông Hậu và "
                "ẩm thực mắm Châu Đốc.",
                "Cùng với đó, thành phố đẩy mạnh chuyển đổi số trong quản lý du lịch, "
                "triển khai bản đồ số, thuyết minh tự động tại các điểm di tích; tăng "
                "cường bảo đảm an ninh trật tự, vệ sinh môi trường, xây dựng hình ảnh "
                "người Châu Đốc thân thiện, mến khách.",
            ],
            "days_ago": 75,
        },
    ],
    "mybinh": [
        {
            "title": "Phường Mỹ Bình ra quân chỉnh trang đô thị, giữ gìn vệ sinh môi trường",
            "summary": (
                "Ủy ban nhân dân phường Mỹ Bình phát động đợt ra quân chỉnh trang đô "
                "thị, lập lại trật tự vỉa hè và giữ gìn vệ sinh môi trường trên các "
                "tuyến đường trung tâm."
            ),
            "body": [
                "Sáng Chủ nhật, Ủy ban nhân dân phường Mỹ Bình phối hợp với Ủy ban Mặt "
                "trận Tổ quốc Việt Nam phường và các đoàn thể tổ chức ra quân chỉnh "
                "trang đô thị, thu gom rác thải, phát quang cỏ dại trên các tuyến "
                "đường Hai Bà Trưng, Nguyễn Huệ, Lý Thái Tổ.",
                "Lực lượng chức năng của phường đồng thời vận động các hộ kinh doanh "
                "không lấn chiếm lòng đường, vỉa hè; sắp xếp lại biển hiệu, mái che; "
                "bố trí nơi giữ xe gọn gàng, bảo đảm lối đi cho người đi bộ.",
                "Dịp này, phường ra mắt mô hình «Tuyến đường xanh – sạch – đẹp» do các "
                "khóm tự quản, góp phần xây dựng phường Mỹ Bình văn minh đô thị.",
            ],
            "days_ago": 4,
        },
        {
            "title": "Phường Mỹ Bình tiếp nhận hồ sơ hộ tịch trực tuyến toàn trình",
            "summary": (
                "Bộ phận Tiếp nhận và trả kết quả phường Mỹ Bình hướng dẫn người dân "
                "đăng ký khai sinh, khai tử, kết hôn trực tuyến trên Cổng Dịch vụ công "
                "quốc gia."
            ),
            "body": [
                "Từ đầu tháng, Bộ phận Tiếp nhận và trả kết quả của Ủy ban nhân dân "
                "phường Mỹ Bình bố trí công chức tư pháp – hộ tịch hướng dẫn người dân "
                "nộp hồ sơ đăng ký khai sinh, khai tử, kết hôn trực tuyến toàn trình "
                "trên Cổng Dịch vụ công quốc gia.",
                "Người dân đăng nhập bằng tài khoản định danh điện tử VNeID, điền tờ "
                "khai điện tử, đính kèm giấy tờ và nhận kết quả bản điện tử hoặc qua "
                "dịch vụ bưu chính công ích mà không phải đến trụ sở.",
                "Tổ công nghệ số cộng đồng của các khóm hỗ trợ người cao tuổi, người "
                "chưa quen sử dụng điện thoại thông minh thực hiện thủ tục.",
            ],
            "days_ago": 18,
        },
    ],
    "mylong": [
        {
            "title": "Phường Mỹ Long bảo đảm an toàn thực phẩm tại chợ Long Xuyên",
            "summary": (
                "Ủy ban nhân dân phường Mỹ Long kiểm tra an toàn thực phẩm tại chợ "
                "Long Xuyên và các cơ sở kinh doanh thức ăn đường phố."
            ),
            "body": [
                "Đoàn kiểm tra liên ngành của phường Mỹ Long vừa kiểm tra việc chấp "
                "hành quy định về an toàn thực phẩm tại chợ Long Xuyên và các cơ sở "
                "kinh doanh thức ăn đường phố dọc đường Phan Đình Phùng, Lê Minh "
                "Ngươn.",
                "Qua kiểm tra, phần lớn các cơ sở có giấy xác nhận kiến thức về an "
                "toàn thực phẩm, nguồn gốc nguyên liệu rõ ràng; đoàn nhắc nhở một số "
                "hộ bảo quản thực phẩm sống và chín chưa tách biệt.",
                "Ủy ban nhân dân phường đề nghị tiểu thương ký cam kết bảo đảm an toàn "
                "thực phẩm, không kinh doanh hàng không rõ nguồn gốc.",
            ],
            "days_ago": 7,
        },
        {
            "title": "Phường Mỹ Long hòa giải thành công nhiều vụ việc ở cơ sở",
            "summary": (
                "Các tổ hòa giải ở khóm của phường Mỹ Long giải quyết dứt điểm nhiều "
                "mâu thuẫn, tranh chấp nhỏ ngay tại địa bàn dân cư."
            ),
            "body": [
                "Năm qua, 7 tổ hòa giải ở các khóm của phường Mỹ Long đã tiếp nhận, "
                "hòa giải thành phần lớn các vụ việc về tranh chấp ranh đất, lối đi, "
                "mâu thuẫn trong gia đình và hàng xóm.",
                "Hòa giải viên là những người có uy tín, am hiểu pháp luật và phong "
                "tục tập quán, kịp thời có mặt khi phát sinh mâu thuẫn, góp phần giữ "
                "gìn đoàn kết trong cộng đồng dân cư.",
                "Ủy ban nhân dân phường tiếp tục phối hợp với Phòng Tư pháp thành phố "
                "bồi dưỡng kỹ năng cho hòa giải viên và khen thưởng các tổ tiêu biểu.",
            ],
            "days_ago": 25,
        },
    ],
    "ccatvstp": [
        {
            "title": "Giám sát an toàn thực phẩm dịp Tết Nguyên đán",
            "summary": (
                "Chi cục An toàn vệ sinh thực phẩm triển khai tháng hành động vì an "
                "toàn thực phẩm, tăng cường giám sát các cơ sở sản xuất, kinh doanh "
                "thực phẩm dịp Tết."
            ),
            "body": [
                "Chi cục An toàn vệ sinh thực phẩm tỉnh An Giang thành lập các đoàn "
                "kiểm tra liên ngành, giám sát các cơ sở sản xuất bánh mứt, giò chả, "
                "lạp xưởng, nước giải khát và các bếp ăn tập thể trong dịp Tết.",
                "Các đoàn lấy mẫu xét nghiệm nhanh hàn the, phẩm màu, độc tố vi nấm; "
                "kiểm tra nguồn gốc nguyên liệu, điều kiện vệ sinh cơ sở và sức khỏe "
                "người trực tiếp chế biến thực phẩm.",
                "Chi cục khuyến cáo người tiêu dùng chọn mua thực phẩm có nhãn mác, "
                "nguồn gốc rõ ràng và thông báo ngay cho cơ quan y tế khi phát hiện "
                "dấu hiệu ngộ độc thực phẩm.",
            ],
            "days_ago": 3,
        },
        {
            "title": "Tập huấn kiến thức an toàn thực phẩm cho bếp ăn trường học",
            "summary": (
                "Chi cục An toàn vệ sinh thực phẩm tập huấn cho người quản lý và nhân "
                "viên bếp ăn tập thể tại các trường mầm non, tiểu học."
            ),
            "body": [
                "Chi cục An toàn vệ sinh thực phẩm phối hợp với Sở Giáo dục và Đào "
                "tạo tổ chức lớp tập huấn kiến thức an toàn thực phẩm cho người quản "
                "lý và nhân viên bếp ăn tập thể của các trường mầm non, tiểu học có "
                "tổ chức bán trú.",
                "Học viên được hướng dẫn quy trình bếp một chiều, lưu mẫu thức ăn 24 "
                "giờ, kiểm thực ba bước và cách lựa chọn nhà cung cấp thực phẩm bảo "
                "đảm an toàn.",
                "Cuối lớp, học viên làm bài kiểm tra và được cấp giấy xác nhận kiến "
                "thức về an toàn thực phẩm theo quy định.",
            ],
            "days_ago": 22,
        },
    ],
}


#: Pages translated in the demo, by agency, language and Vietnamese slug; the
#: keys are the fields (wagtail-localize's segment contexts).
TRANSLATIONS = {
    "songoaivu": {
        "en": {
            "trang-chu": {
                "title": "Department of Foreign Affairs of An Giang Province",
                "intro": (
                    "A specialised agency of the Provincial People's Committee, "
                    "advising on foreign affairs, national borders and territory, "
                    "overseas Vietnamese and international cooperation."
                ),
            },
            "gioi-thieu": {
                "title": "About us",
                "slug": "about-us",
                "intro": (
                    "An overview of the Department of Foreign Affairs: its "
                    "functions, duties, organisation, leadership and history, "
                    "updated according to the decisions of the competent "
                    "authorities."
                ),
            },
        },
    },
}
