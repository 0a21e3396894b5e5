"""Art. 7 of Decision 03/2017/QĐ-UBND: the table of real cases."""

import pytest

from tenants.domain_rules import (
    STYLE_ABBREVIATE,
    STYLE_BASE,
    STYLE_FIXED,
    STYLE_FULL,
    DomainRule,
    DomainRuleError,
    default_code,
    portal_domain,
    portal_label,
    validate_label,
)

DEPARTMENT = DomainRule(STYLE_ABBREVIATE, "so", strip_prefixes=("Sở",))
BOARD = DomainRule(STYLE_ABBREVIATE, "ban", strip_prefixes=("Ban",))
PPC_OFFICE = DomainRule(STYLE_FIXED, fixed_label="vpubnd")
DISTRICT = DomainRule(
    STYLE_FULL,
    strip_prefixes=("Ủy ban nhân dân", "UBND", "thành phố", "thị xã", "huyện"),
)
PROVINCE = DomainRule(STYLE_BASE, strip_prefixes=("Ủy ban nhân dân", "tỉnh"))


@pytest.mark.parametrize(
    ("name", "rule", "label"),
    [
        ("Sở Thông tin và Truyền thông", DEPARTMENT, "sotttt"),
        ("Sở Kế hoạch và Đầu tư", DEPARTMENT, "sokhdt"),
        ("Sở Y tế", DEPARTMENT, "soyte"),
        ("Sở Tư pháp", DEPARTMENT, "sotuphap"),
        ("Sở Ngoại vụ", DEPARTMENT, "songoaivu"),
        ("Sở Giáo dục và Đào tạo", DEPARTMENT, "sogddt"),
        ("Sở Nông nghiệp và Phát triển nông thôn", DEPARTMENT, "sonnptnt"),
        ("Ban Dân tộc", BOARD, "bandantoc"),
        ("Ban Quản lý Khu kinh tế", BOARD, "banqlkkt"),
        ("Văn phòng Ủy ban nhân dân tỉnh", PPC_OFFICE, "vpubnd"),
        ("Châu Đốc", DISTRICT, "chaudoc"),
        ("Long Xuyên", DISTRICT, "longxuyen"),
        ("Ủy ban nhân dân thành phố Châu Đốc", DISTRICT, "chaudoc"),
        ("UBND huyện Thoại Sơn", DISTRICT, "thoaison"),
        ("Ủy ban nhân dân thị xã Tân Châu", DISTRICT, "tanchau"),
        ("Ủy ban nhân dân tỉnh An Giang", PROVINCE, ""),
    ],
)
def test_labels_follow_article_7(name, rule, label):
    assert portal_label(name, rule) == label


def test_names_in_decomposed_unicode_give_the_same_label():
    import unicodedata

    name = unicodedata.normalize("NFD", "Sở Kế hoạch và Đầu tư")
    assert portal_label(name, DEPARTMENT) == "sokhdt"


def test_domains_under_the_configured_base():
    assert portal_domain("sotttt", "angiang.gov.vn") == "sotttt.angiang.gov.vn"
    assert portal_domain("chaudoc", "angiang.localhost") == "chaudoc.angiang.localhost"
    assert portal_domain("", "angiang.gov.vn") == "angiang.gov.vn"


def test_province_code_is_its_unaccented_name():
    assert default_code("Ủy ban nhân dân tỉnh An Giang", PROVINCE) == "angiang"


@pytest.mark.parametrize("name", ["", "   ", "Sở", "Sở ..."])
def test_bad_names_get_a_vietnamese_error(name):
    with pytest.raises(DomainRuleError) as error:
        portal_label(name, DEPARTMENT)
    assert "tên" in str(error.value).lower()


@pytest.mark.parametrize("label", ["Sở-y-tế", "-soyte", "so yte", "a" * 64, ""])
def test_bad_overrides_are_refused(label):
    with pytest.raises(DomainRuleError, match="không hợp lệ"):
        validate_label(label)
