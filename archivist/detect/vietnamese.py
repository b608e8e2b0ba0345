"""Vietnamese names: the family name first ("Nguyễn Văn Tuấn", "Pham Thi Ngoc Lan"), read whole
from a short list of family names, in Vietnamese text and in English with or without the
accents; a street, a school or a district named after a person is no person ("đường Lê Lợi",
"Ho Chi Minh City")."""

from __future__ import annotations

import re
from collections.abc import Container

from anyascii import anyascii

# The family names that most Vietnamese bear, as written with their accents.
FAMILY = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Lâm Mai "
    "Trịnh Đoàn Lương Cao Thái Châu Quách Kiều Tôn Vương Tăng Lại Đào Nghiêm Thạch Hà Tạ La Lưu "
    "Văn Giang Khổng Diệp Triệu Mạc Tiêu Phùng Âu Lục".split()) - {"Văn"}
FAMILY_ASCII = frozenset(anyascii(n) for n in FAMILY)
# Family names that are also English or French words or common Western names: read as such
# only before a middle name that only Vietnamese bear ("Le Thi Hoa", not "Le Pen").
AMBIGUOUS = frozenset("Le Ho Do Ha Ta La Mai Cao Lam Ly Luu Tang Lai Au Duong Thai Chau".split())
MIDDLES = frozenset("Thị Văn Thi Van Đức Duc Hữu Huu Công Cong Quang Minh Ngọc Ngoc Thanh Xuân "
                    "Xuan Kim Bích Bich Hoàng Hoang Đình Dinh Trọng Trong".split())
SYLLABLE = r"[A-ZÀ-ÝĂĐĨŨƠƯẠ-Ỹ][a-zà-ýăđĩũơưạ-ỹ]{0,6}"
NAME_RE = re.compile(rf"(?<![\w.])({SYLLABLE})((?: {SYLLABLE}){{1,3}})(?![\w'’-])")
# What names a street, a place, a school or a body after a person, before or after the name.
NAMED_AFTER_BEFORE = re.compile(
    r"(?i)(?:đường|phố|sông|chợ|cầu|lăng|chùa|đền|trường|bệnh viện|quận|huyện|tỉnh|phường|xã|"
    r"thành phố|tp\.?|thị xã|sân bay|sân vận động|nhà hát|công viên|bến|hẻm|street|st\.|road|"
    r"avenue|bridge|district|province|school|hospital|museum|market|"
    r"(?:công ty|tập đoàn|doanh nghiệp)(?: [^\s,.;]+){0,4})\s*$")  # "Công ty CP Xây dựng …"
NAMED_AFTER_AFTER = re.compile(r"^\s+(?:City|Street|St\b|Road|Avenue|Boulevard|Bridge|District|"
                               r"Province|Park|Market|School|Hospital|Museum|Airport|Stadium|"
                               r"Square|Mausoleum|University|Trail)")


# A text that may hold such names: Vietnamese letters, or a middle name in plain letters.
HINT_RE = re.compile(r"[đơưạ-ỹĐƠƯ]| Th[iị] | V[aă]n [A-Z]")


VIETNAMESE_LETTERS_RE = re.compile(r"[đơưạ-ỹĐƠƯẠ-Ỹ]")  # (not "ă": Romanian writes it too)
VIETNAMESE_SHARE = 0.03  # of a text's letters: a text written in Vietnamese
HONORIFICS = frozenset("ông bà anh chị cô chú bác em cụ".split())
SYLLABLE_RE = re.compile(rf"^{SYLLABLE}$")


def written_in_vietnamese(text: str) -> bool:
    """Whether a text is written in Vietnamese (its opening's share of Vietnamese letters)."""
    sample = text[:4000]
    letters = sum(c.isalpha() for c in sample)
    return bool(letters) and len(VIETNAMESE_LETTERS_RE.findall(sample)) >= \
        VIETNAMESE_SHARE * letters


def no_name(tokens: list[str], before: str, places: Container[str]) -> bool:
    """A capitalised run of Vietnamese syllables in a Vietnamese text that is no one's name:
    no family name first, no place, no "ông"/"bà" before it ("Theo Sở Kế", "Quang Châu")."""
    return all(SYLLABLE_RE.match(t) for t in tokens) and tokens[0] not in FAMILY and \
        " ".join(tokens) not in places and before.lower() not in HONORIFICS and \
        (len(tokens) == 1 or not all(t.isascii() for t in tokens))


def vietnamese_people(line: str, places: Container[str]
                      ) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]]:
    """The Vietnamese names of people a line holds, family name first, and those that name a
    street, a school or a town after a person: (name, start, end) each; no place's name ("Hà
    Nội", "Hà Tĩnh": Hà is also a family name)."""
    people, named_after = [], []
    pos = 0
    while (m := NAME_RE.search(line, pos)) is not None:
        family, rest = m[1], m[2].split()
        if not vietnamese_name(family, rest) or m[0] in places or \
                f"{family} {rest[0]}" in places:
            pos = m.start() + len(family) + 1  # ("Ông Nguyễn Văn Tuấn": from the next word)
            continue
        after = NAMED_AFTER_BEFORE.search(line[:m.start()]) or \
            NAMED_AFTER_AFTER.match(line[m.end():])
        (named_after if after else people).append((m[0], m.start(), m.end()))
        pos = m.end()
    return people, named_after


def vietnamese_name(family: str, rest: list[str]) -> bool:
    """A family name from the list, then syllables: with the accents, any; in plain letters, a
    Vietnamese middle name after a family name that is also a word ("Le Thi Hoa"); in capitals
    too ("ĐỖ MINH KHOA", a label's)."""
    if family.isupper() and len(family) > 1:
        family, rest = family.title(), [w.title() for w in rest]
    if family in FAMILY:
        return not family.isascii() or family not in AMBIGUOUS or rest[0] in MIDDLES
    if family not in FAMILY_ASCII or not all(w.isascii() for w in rest):
        return False
    return rest[0] in MIDDLES and (family not in AMBIGUOUS or len(rest) >= 2)
