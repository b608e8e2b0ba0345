"""Session 32: Vietnamese names, family name first, read whole in Vietnamese and in English
("Nguyễn Văn Tuấn", "Pham Thi Ngoc Lan"); a street or a firm named after a person is no person
("đường Lê Lợi", "Công ty CP Xây dựng Vũ Đức Hạnh"); in a Vietnamese text, a run of syllables
without a family name first is no one ("Theo Sở Kế hoạch", "Khu công nghiệp Quang Châu")
(synthetic texts, invented people)."""

from __future__ import annotations

import pytest

from archivist.detect import Detector
from archivist.detect.vietnamese import vietnamese_people, written_in_vietnamese

VIETNAMESE = ("Ông Nguyễn Văn Tuấn, Phó chủ tịch UBND tỉnh, cho biết dự án ở Hà Nội sẽ xong trong "
              "năm nay. Theo Sở Kế hoạch và Đầu tư, Khu công nghiệp Quang Châu đã lấp đầy. "
              "Bà Đỗ Thị Thu Hà cho biết nhà máy trên đường Lê Lợi do Công ty CP Xây dựng Vũ Đức "
              "Hạnh làm tổng thầu. Ông Tuấn nói thêm rằng các doanh nghiệp từ Trung Quốc và Hàn "
              "Quốc đã đến khảo sát.\n")


def _found(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c in Detector().detect(text):
        out.setdefault(c.type, set()).add(c.name)
    return out


def test_vietnamese_names_whole_and_no_one_else() -> None:
    found = _found(VIETNAMESE)
    assert found["person"] == {"Nguyễn Văn Tuấn", "Đỗ Thị Thu Hà"}
    assert {"Hanoi", "China", "South Korea"} <= found["place"]


@pytest.mark.parametrize("text, people", [
    ("Council chairwoman Pham Thi Ngoc Lan said the plan was late.", ["Pham Thi Ngoc Lan"]),
    ("Director Lam Thi Kim Phuong spoke in Ho Chi Minh City.", ["Lam Thi Kim Phuong"]),
    ("Marine Le Pen met the mayor of Le Mans.", []),
    ("They walked along Le Loi Street to Ho Chi Minh City Hall.", [])])
def test_vietnamese_names_in_english(text: str, people: list[str]) -> None:
    found, _ = vietnamese_people(text, {"Ho Chi Minh City"})
    assert [name for name, _, _ in found] == people


def test_a_romanian_text_is_not_read_as_vietnamese() -> None:
    assert written_in_vietnamese(VIETNAMESE)
    assert not written_in_vietnamese("Primăria a anunțat că autobuzele vor circula până la ora "
                                     "două în toate cele zece zile ale festivalului, iar "
                                     "spectatorii vor avea acces gratuit în piață.")


def test_a_vietnamese_label_in_capitals_keeps_the_family_name() -> None:
    from archivist.speakers import speaker_name

    assert speaker_name("VICE CHAIRMAN ĐỖ MINH KHOA") == "ĐỖ MINH KHOA"


def test_malay_di_before_a_place_word_is_at_no_particle() -> None:
    found = _found("Perahu itu disiapkan di bengkel milik Ismail di Kampung Laut, Tumpat. "
                   "Leonardo di Caprio tidak hadir.\n")
    assert "Ismail di Kampung Laut" not in found.get("person", set())
    assert "Leonardo di Caprio" in found["person"]


def test_haji_before_an_indonesian_name_with_a_degree() -> None:
    found = _found("Ketua Rapat : H. Ahmad Zainuri Mahfud, S.Ag. (Ketua Komisi D)\n\n"
                   "H. Ross Perot, the businessman, spoke.\n")
    assert {"Ahmad Zainuri Mahfud", "H. Ross Perot"} <= found["person"]
