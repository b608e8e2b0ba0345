"""Session 30: a nickname written inside a full name with a generation ("Gary "Buzz" Berg Jr.")
crashed the whole build (KeyError in resolution); the man is one page under his full name
(synthetic text; invented people)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import archive_of

TEXT = ('Berg Hardware turns 100\n\nWhen the chain store opened in 2006, Gary Berg Sr. figured he '
        'had three years left. "Everybody told Dad to sell," says his son, Gary "Buzz" Berg Jr., '
        'who now runs the store with his daughter, Kelsey Berg-Aune.\n\nBerg Jr. has started '
        'recruiting retirees. "We can wait," Buzz Berg says.\n\nPhoto: Gary Berg Sr., left, and '
        'Gary "Buzz" Berg Jr.\n')


def test_a_nickname_inside_a_name_with_a_generation_builds_one_page(tmp_path: Path) -> None:
    archive = archive_of(tmp_path, {"a.txt": TEXT})
    people = {e.name for e in archive.entities if e.type == "person"}
    assert "Gary Berg Jr" in people or "Gary Berg Jr." in people
    assert not people & {"Berg Jr", "Berg Jr."}  # his short form is no second person
