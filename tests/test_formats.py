"""Saved web pages, PDF, Word and e-mail: fixtures generated here, read into faithful pages."""

from __future__ import annotations

import datetime
import io
import json
import mailbox
import os
import random
import re
import shutil
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archivist.config import load_settings
from archivist.errors import ConfigError
from archivist.formats import FORMATS, Limits, extract
from archivist.pipeline import gather, originals, render_site
from archivist.publish.writer import write_site
from archivist.render.pages import cell_spans

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour Deal Signed • Example News</title>
<meta property="og:title" content="Harbour Deal Signed">
<meta property="og:site_name" content="Example News">
<meta name="description" content="Ministers agreed a harbour deal.">
<link rel="canonical" href="https://news.example.org/harbour-deal">
<meta property="article:published_time" content="2021-06-14T09:00:00Z">
<script>document.write('tracker')</script></head>
<body onload="steal()">
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Harbour Deal Signed</h1>
<p>The ministers of both countries signed the harbour agreement on Monday after months of talks
about shipping fees, customs checks and the dredging of the old channel.</p>
<p>Officials said the first ships would use the new berths next spring, once the customs office
is built. &lt;script&gt;alert(1)&lt;/script&gt; was printed on a protest sign outside.</p>
<p onclick="evil()">The agreement runs for twenty years and can be renewed by either side with
notice of one year, according to the text published by the ministry.</p>
</article><footer>Copyright Example News. Subscribe to our newsletter.</footer>
<script>alert('page script')</script></body></html>"""


def build(tmp_path: Path, files: dict[str, bytes], **raw: object):
    """Gather and render an archive of the given files; return archive, site, settings."""
    src = tmp_path / "src"
    for name, data in files.items():
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        (src / name).write_bytes(data)
    registry = tmp_path / "entities.yml"
    registry.write_text("version: 1\nentities: []\n", encoding="utf-8")
    settings = load_settings({"sources": str(src), "registry": str(registry), "cache": None,
                              "fulltext": False, **raw}, tmp_path, env={})
    archive = gather(settings)
    return archive, render_site(archive, settings), settings


def problems_of(archive) -> list[str]:
    return [f"{p.status}: {p}" for p in archive.problems]


def make_pdf(pages: list[str], encrypt: bool = False, title: str = "") -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_font("D", fname=FONT)
    pdf.set_font("D", size=11)
    if title:
        pdf.set_title(title)
        pdf.set_author("Ann Analyst")
    for text in pages:
        pdf.add_page()
        for para in text.split("\n\n"):
            if para:
                pdf.multi_cell(0, 5, para)
                pdf.ln(4)
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="secret")
    return bytes(pdf.output())


def make_docx(title: str = "Quarterly report") -> bytes:
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.core_properties.title = title
    doc.core_properties.author = "Ann Smith"
    doc.core_properties.created = datetime.datetime(2019, 5, 4, 9, 30)
    doc.add_heading("Introduction", 1)
    doc.add_paragraph("The committee met in Geneva to discuss the plan.")
    doc.add_paragraph("First point", style="List Bullet")
    doc.add_paragraph("Second point", style="List Bullet")
    table = doc.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Name", (0, 1): "Role", (1, 0): "Ann", (1, 1): "Chair"}.items():
        table.cell(r, c).text = text
    doc.add_paragraph("<img src=x onerror=alert(1)> closing words.")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def message(subject: str, sender: str, body: str, msg_id: str, reply_to: str = "",
            html: bool = False) -> EmailMessage:
    msg = EmailMessage()
    msg["Subject"], msg["From"], msg["To"] = subject, sender, "desk@example.org"
    msg["Cc"] = "editor@example.org"
    msg["Date"], msg["Message-ID"] = "Tue, 03 Mar 2020 10:00:00 +0000", msg_id
    if reply_to:
        msg["In-Reply-To"] = reply_to
    msg.set_content(body, subtype="html" if html else "plain")
    return msg


def page_of(site: dict[str, str], archive, source: str) -> str:
    doc = next(d for d in archive.documents if d.source == source)
    return site[f"documents/{doc.id}/index.md"]


# --- the table ----------------------------------------------------------------------------------

def test_every_suffix_has_a_reader_module():
    for suffix, fmt in FORMATS.items():
        assert suffix.startswith(".")
        assert callable(__import__(f"archivist.formats.{fmt.module}", fromlist=["read"]).read)


# --- HTML ---------------------------------------------------------------------------------------

def test_saved_page_gives_article_text_and_metadata_without_its_scripts(tmp_path: Path):
    archive, site, _ = build(tmp_path, {"saved/harbour.html": PAGE.encode()})
    [doc] = archive.documents
    assert (doc.meta.title, str(doc.meta.date), doc.meta.outlet) == \
        ("Harbour Deal Signed", "2021-06-14", "Example News")
    assert doc.meta.url == "https://news.example.org/harbour-deal"
    page = page_of(site, archive, "saved/harbour.html")
    for text in ("signed the harbour agreement", "runs for twenty years",
                 "&lt;script&gt;alert(1)&lt;/script&gt; was printed"):
        assert text in page
    for leak in ("<script", "onload", "onclick", "steal()", "evil()", "tracker", "Subscribe"):
        assert leak not in page
    assert doc.original.format == "html"
    # the original is published under a name no browser runs as a page
    assert f"documents/{doc.id}/source.html.txt" in originals(archive, _settings(tmp_path))


def _settings(tmp_path: Path):
    return load_settings({"sources": str(tmp_path / "src"),
                          "registry": str(tmp_path / "entities.yml"), "cache": None},
                         tmp_path, env={})


def test_a_saved_pages_resource_folder_is_one_note(tmp_path: Path):
    archive, _, _ = build(tmp_path, {"web/harbour.html": PAGE.encode(),
                                     "web/harbour_files/app.js": b"alert(1)",
                                     "web/harbour_files/img/logo.png": b"\x89PNG",
                                     "other_files/x.js": b"x()"})
    assert [d.source for d in archive.documents] == ["web/harbour.html"]
    notes = [(p.source, p.status) for p in archive.problems]
    assert ("web/harbour_files/", "note") in notes
    assert ("other_files/x.js", "skipped") in notes  # no page of that name: still reported
    assert not any(p.source.startswith("web/harbour_files/") and p.source.endswith(("js", "png"))
                   for p in archive.problems)


def test_page_without_article_is_skipped_and_a_menu_page_reported_by_name(tmp_path: Path):
    empty = b"<html><head><script>x()</script><style>p{}</style></head><body></body></html>"
    menu = b"<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"
    archive, _, _ = build(tmp_path, {"empty.html": empty, "menu.htm": menu,
                                     "ok.txt": b"Plain text here.\n"})
    assert [d.source for d in archive.documents] == ["menu.htm", "ok.txt"]
    found = problems_of(archive)
    assert any(p.startswith("skipped: empty.html: no article text") for p in found)
    assert any(p.startswith("warning: menu.htm: very little article text found") for p in found)


def test_sidecar_overrides_format_metadata_which_overrides_detection(tmp_path: Path):
    archive, _, _ = build(tmp_path, {"harbour.html": PAGE.encode(),
                                     "harbour.yml": b"title: Given title\n"})
    [doc] = archive.documents
    assert doc.meta.title == "Given title" and doc.meta.outlet == "Example News"


# --- PDF ----------------------------------------------------------------------------------------

def test_pdf_pages_become_anchors_and_a_blank_page_is_reported(tmp_path: Path):
    pdf = make_pdf(["First page opening paragraph about the harbour.\n\nA second paragraph.",
                    "Second page text about customs offices.", ""], title="Harbour audit")
    archive, site, _ = build(tmp_path, {"audit.pdf": pdf})
    [doc] = archive.documents
    assert doc.meta.title == "Harbour audit" and doc.meta.author == "Ann Analyst"
    page = page_of(site, archive, "audit.pdf").split('<h1 id="title">', 1)[1]
    assert page.index('id="page-1"') < page.index("First page opening") \
        < page.index("A second paragraph") < page.index('id="page-2"') < page.index("customs")
    assert 'id="page-3"' not in page
    assert "warning: audit.pdf: no text layer on page 3 of 3" in problems_of(archive)
    assert ("Pages", "3") in doc.details


@pytest.mark.parametrize("name,data,reason", [
    ("scan.pdf", None, "no text layer"),
    ("locked.pdf", "encrypted", "encrypted PDF"),
    ("broken.pdf", b"%PDF-1.4\nthis is not a real pdf\n%%EOF\n", "corrupt or unreadable PDF"),
])
def test_bad_pdfs_are_skipped_by_name(tmp_path: Path, name: str, data, reason: str):
    if data is None:
        data = make_pdf(["", ""])
    elif data == "encrypted":
        data = make_pdf(["Secret text."], encrypt=True)
    archive, _, _ = build(tmp_path, {name: data, "ok.txt": b"Plain text here.\n"})
    assert [d.source for d in archive.documents] == ["ok.txt"]
    assert any(p.startswith(f"skipped: {name}: {reason}") for p in problems_of(archive))


# --- Word ---------------------------------------------------------------------------------------

def test_docx_structure_and_properties(tmp_path: Path):
    archive, site, _ = build(tmp_path, {"report.docx": make_docx()})
    [doc] = archive.documents
    assert (doc.meta.title, doc.meta.author) == ("Quarterly report", "Ann Smith")
    assert str(doc.meta.date) == "2019-05-04"  # created: the text states no date
    kinds = [(b.kind, b.text) for b in doc.blocks]
    assert kinds[:4] == [("heading", "Introduction"),
                         ("paragraph", "The committee met in Geneva to discuss the plan."),
                         ("bullet", "First point"), ("bullet", "Second point")]
    assert ("row", "Name | Role") in kinds and ("row", "Ann | Chair") in kinds
    page = page_of(site, archive, "report.docx")
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_zip_bomb_and_corrupt_docx_are_refused(tmp_path: Path):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive_zip:
        archive_zip.writestr("word/document.xml", b"\0" * (30 * 1024 * 1024))
    archive, _, _ = build(tmp_path, {"bomb.docx": bomb.getvalue(), "junk.docx": b"not a zip",
                                     "ok.txt": b"Plain text here.\n"})
    assert [d.source for d in archive.documents] == ["ok.txt"]
    found = problems_of(archive)
    assert any(p.startswith("skipped: bomb.docx: refused: 'word/document.xml' expands")
               for p in found)
    assert "skipped: junk.docx: corrupt .docx: not a zip archive" in found


# --- e-mail -------------------------------------------------------------------------------------

def test_mbox_gives_one_document_per_message_and_names_a_broken_one(tmp_path: Path):
    path = tmp_path / "box.mbox"
    box = mailbox.mbox(path)
    box.add(message("Budget talks", "Jane Doe <jane@example.org>",
                    "Hello team,\n\nThe budget talks resume on Monday.\n", "<1@example.org>"))
    box.add(b"garbage line without any header\n")
    box.add(message("Re: Budget talks", "bob@example.org",
                    "<p>Thanks, <b>noted</b>.</p><script>alert(1)</script>", "<2@example.org>",
                    reply_to="<1@example.org>", html=True))
    box.close()
    archive, site, settings = build(tmp_path, {"mail/box.mbox": path.read_bytes()})
    docs = {d.source: d for d in archive.documents}
    assert sorted(docs) == ["mail/box.mbox#message-1", "mail/box.mbox#message-3"]
    first, reply = docs["mail/box.mbox#message-1"], docs["mail/box.mbox#message-3"]
    assert (first.meta.title, first.meta.author, str(first.meta.date)) == \
        ("Budget talks", "Jane Doe", "2020-03-03")
    assert ("To", "desk@example.org") in first.details
    assert ("Cc", "editor@example.org") in first.details
    assert [b.text for b in reply.blocks] == ["Thanks, noted."]
    assert ("In reply to", "<1@example.org>") in reply.details
    reply_page = site[f"documents/{reply.id}/index.md"]
    first_page = site[f"documents/{first.id}/index.md"]
    to_first = f'<a href="../../documents/{first.id}/index.html">'
    to_reply = f'<a href="../../documents/{reply.id}/index.html">'
    assert f'<p class="thread">In reply to {to_first}' in reply_page
    assert f'<p class="thread">Replies: {to_reply}' in first_page
    assert any(p.startswith("skipped: mail/box.mbox#message-2: not an e-mail message")
               for p in problems_of(archive))
    files = originals(archive, settings)
    assert files[f"documents/{first.id}/source.eml"].startswith(b"Subject: Budget talks")


def test_eml_lists_attachments(tmp_path: Path):
    msg = message("Plan", "Jane Doe <jane@example.org>", "See the plan attached.\n", "<3@x>")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="plan.pdf")
    archive, _, _ = build(tmp_path, {"plan.eml": bytes(msg)})
    [doc] = archive.documents
    assert ("Attachments", "plan.pdf") in doc.details
    assert [b.text for b in doc.blocks] == ["See the plan attached."]


# --- originals, limits, settings ----------------------------------------------------------------

def test_originals_are_published_with_hash_and_size_and_can_be_turned_off(tmp_path: Path):
    pdf = make_pdf(["Report text on the first page."])
    archive, site, settings = build(tmp_path, {"r.pdf": pdf})
    [doc] = archive.documents
    out = tmp_path / "out"
    write_site({**site, **originals(archive, settings)}, out)
    assert (out / "documents" / doc.id / "source.pdf").read_bytes() == pdf
    entry = json.loads(site["archive.json"])["documents"][0]
    assert (entry["format"], entry["size"], entry["original"]) == \
        ("pdf", len(pdf), f"documents/{doc.id}/source.pdf")
    assert 'href="source.pdf"' in site[f"documents/{doc.id}/index.md"]
    archive, site, settings = build(tmp_path / "private", {"r.pdf": pdf}, originals=False)
    assert originals(archive, settings) == {}
    assert json.loads(site["archive.json"])["documents"][0]["original"] is None
    assert "source.pdf" not in site[f"documents/{doc.id}/index.md"]


def test_oversize_file_is_skipped_before_it_is_read(tmp_path: Path):
    big = b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024)
    archive, _, _ = build(tmp_path, {"huge.pdf": big, "ok.txt": b"Plain text here.\n"},
                          limits={"file_mb": 1})
    assert any(p.startswith("skipped: huge.pdf: file too large (2.0 MB; the limit is 1 MB")
               for p in problems_of(archive))
    with pytest.raises(Exception, match="too large"):
        extract(big, "huge.pdf", Limits(file_mb=1))


@pytest.mark.parametrize("limits", [{"file_mb": 0}, {"pages": "many"}, {"nope": 1}, [1]])
def test_bad_limits_are_refused(tmp_path: Path, limits):
    (tmp_path / "src").mkdir()
    with pytest.raises(ConfigError, match="limits"):
        load_settings({"sources": str(tmp_path / "src"), "limits": limits}, tmp_path, env={})


# --- the built site -----------------------------------------------------------------------------

def format_sources(folder: Path) -> dict[str, bytes]:
    """A small clean corpus of every format (no bad input, so --strict passes)."""
    files = {"audit.pdf": make_pdf(["The harbour audit opens on the first page.",
                                    "Its findings follow on the second page."],
                                   title="Harbour audit"),
             "saved/harbour.html": PAGE.encode(), "report.docx": make_structured_docx(),
             "mail/plan.eml": bytes(message("Plan", "Jane Doe <jane@example.org>",
                                            "See the plan attached.\n", "<3@x>")),
             "notes.txt": b"Field notes\n\nThe desk kept plain notes too.\n"}
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return files


def test_mkdocs_build_strict_publishes_originals_and_no_saved_page_script(tmp_path: Path):
    from .conftest import mkdocs_build

    files = format_sources(tmp_path / "src")
    registry = tmp_path / "entities.yml"
    registry.write_text("version: 1\nentities: []\n", encoding="utf-8")
    result = mkdocs_build(tmp_path / "site", tmp_path / "src", registry, "--strict")
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    data = json.loads((site / "archive.json").read_text(encoding="utf-8"))
    by_source = {d["source"]: d for d in data["documents"]}
    assert sorted(by_source) == sorted(files)
    for source, entry in by_source.items():
        assert (site / entry["original"]).read_bytes() == files[source]
        assert entry["size"] == len(files[source])
    assert by_source["saved/harbour.html"]["original"].endswith("/source.html.txt")
    pdf_page = (site / by_source["audit.pdf"]["url"] / "index.html").read_text(encoding="utf-8")
    assert 'href="source.pdf"' in pdf_page and 'id="page-2"' in pdf_page
    for built in site.rglob("*.html"):
        text = built.read_text(encoding="utf-8")
        assert "page script" not in text and "steal()" not in text and "evil()" not in text


def test_page_and_message_limits_keep_the_first_and_say_so(tmp_path: Path):
    path = tmp_path / "two.mbox"
    box = mailbox.mbox(path)
    for n in (1, 2):
        box.add(message(f"Note {n}", "a@example.org", f"Body of note {n}.\n", f"<{n}@x>"))
    box.close()
    pdf = make_pdf(["Page one text.", "Page two text."])
    archive, _, _ = build(tmp_path, {"two.mbox": path.read_bytes(), "two.pdf": pdf},
                          limits={"messages": 1, "pages": 1})
    assert sorted(d.source for d in archive.documents) == ["two.mbox#message-1", "two.pdf"]
    found = problems_of(archive)
    assert "warning: two.mbox: only the first 1 of 2 messages read " \
           "(setting extra.archive.limits.messages)" in found
    assert "warning: two.pdf: only the first 1 of 2 pages read " \
           "(setting extra.archive.limits.pages)" in found


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")),
                        min_size=1, max_size=40).filter(str.strip), min_size=1, max_size=6))
@settings(max_examples=40, deadline=None)
def test_plain_email_body_is_kept_word_for_word(paragraphs: list[str]):
    body = "\n\n".join(" ".join(p.split()) for p in paragraphs) + "\n"
    msg = message("Subject", "a@example.org", body, "<p@x>")
    got = extract(bytes(msg), "p.eml", Limits())
    assert got.text.split() == body.split()


def test_saved_page_in_a_legacy_encoding_is_decoded_by_its_charset():
    page = ("<html><head><meta charset='windows-1251'><title>Новости</title></head><body>"
            "<article><h1>Переговоры в Москве</h1><p>Президент провёл переговоры с делегацией "
            "во вторник, обсудив торговлю и безопасность в регионе и на границе.</p>"
            "</article></body></html>")
    got = extract(page.encode("cp1251"), "ru.html", Limits())
    assert got.meta["title"] == "Переговоры в Москве"
    assert "Президент провёл переговоры" in got.text


def make_scan(lines: list[str]) -> bytes:
    """A PDF whose only page is a picture of text: no text layer, as from a scanner."""
    fpdf = pytest.importorskip("fpdf")
    image_module = pytest.importorskip("PIL.Image")
    draw_module = pytest.importorskip("PIL.ImageDraw")
    font_module = pytest.importorskip("PIL.ImageFont")
    picture = image_module.new("L", (1700, 600), 255)
    draw = draw_module.Draw(picture)
    font = font_module.truetype(FONT, 48)
    for i, line in enumerate(lines):
        draw.text((80, 80 + i * 90), line, fill=0, font=font)
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=190)
    return bytes(pdf.output())


def test_a_scan_is_read_by_ocr_only_when_asked(tmp_path: Path):
    if shutil.which("tesseract") is None:  # scripts/test.sh installs it; CI must run this test
        if os.environ.get("CI"):
            pytest.fail("Debian's tesseract-ocr is missing: scripts/test.sh installs it")
        pytest.skip("Debian's tesseract-ocr is not installed (OCR is optional)")
    scan = make_scan(["The harbour inspection found", "three cracked pillars."])
    archive, _, _ = build(tmp_path / "off", {"scan.pdf": scan, "ok.txt": b"Plain text here.\n"})
    assert [d.source for d in archive.documents] == ["ok.txt"]
    assert any(p.startswith("skipped: scan.pdf: no text layer") and "ocr: true" in p
               for p in problems_of(archive))
    archive, site, _ = build(tmp_path / "on", {"scan.pdf": scan}, ocr=True)
    [doc] = archive.documents
    words = " ".join([doc.meta.title, *(b.text for b in doc.blocks)]).lower().split()
    assert {"harbour", "inspection", "cracked", "pillars."} <= set(words)
    assert dict(doc.details)["OCR"].startswith("page 1 read by OCR")
    assert 'id="page-1"' in site[f"documents/{doc.id}/index.md"]


def test_docx_footnotes_follow_the_body(tmp_path: Path):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_paragraph("The audit found three cracked pillars in the old harbour wall.")
    add_footnotes(doc, {1: "Source: the 2020 audit."})
    out = io.BytesIO()
    doc.save(out)
    archive, _, _ = build(tmp_path, {"notes.docx": out.getvalue()})
    [document] = archive.documents
    assert [(b.kind, b.text) for b in document.blocks][-2:] == \
        [("heading", "Footnotes"), ("footnote", "[1] Source: the 2020 audit.")]


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_list(doc, num_id: str, formats: list[tuple[str, str]]) -> None:
    """A multi-level list definition in the document's numbering part: (numFmt, lvlText) a level."""
    from docx.oxml import parse_xml

    levels = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                     f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text) in enumerate(formats))
    root = doc.part.numbering_part.element
    root.insert(0, parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="9{num_id}">'
                             f'{levels}</w:abstractNum>'))
    root.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId '
                          f'w:val="9{num_id}"/></w:num>'))


def list_item(doc, text: str, num_id: str, level: int):
    """A paragraph in list `num_id` at `level`, through its own numbering properties."""
    from docx.oxml import parse_xml

    paragraph = doc.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
        "</w:numPr>"))
    return paragraph


def add_footnotes(doc, notes: dict[int, str]) -> None:
    """A footnotes part holding the given notes (python-docx writes none itself)."""
    body = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:footnote>'
                   for n, text in notes.items())
    add_footnotes_xml(doc, f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:type="separator" '
                      f'w:id="-1"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote>{body}'
                      "</w:footnotes>")


def add_footnotes_xml(doc, xml: str) -> None:
    """A footnotes part of exactly this XML."""
    from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(PackURI("/word/footnotes.xml"), CONTENT_TYPE.WML_FOOTNOTES, xml.encode(),
                doc.part.package)
    doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def footnote_reference(paragraph, note: int) -> None:
    """A footnote reference mark at the end of a paragraph, as Word writes it (its own run)."""
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:footnoteReference w:id="{note}"/>'
                                  "</w:r>"))


def make_structured_docx() -> bytes:
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    doc = docx.Document()
    doc.core_properties.title = "Harbour inspection"
    add_list(doc, "41", [("decimal", "%1."), ("lowerLetter", "%2)"), ("lowerRoman", "%1.%2.%3")])
    add_list(doc, "42", [("bullet", "•"), ("bullet", "o")])
    doc.add_heading("Procedure", 1)
    intro = doc.add_paragraph("The inspectors followed three steps")
    footnote_reference(intro, 1)
    for text, level in [("Open the harbour gate", 0), ("Check the north pier", 1),
                        ("Check the south pier", 1), ("Measure the cracks", 2),
                        ("Close the gate", 0)]:
        list_item(doc, text, "41", level)
    doc.add_paragraph("Equipment:")
    for text, level in [("Ropes", 0), ("Nylon ropes", 1), ("Lamps", 0)]:
        list_item(doc, text, "42", level)
    doc.add_paragraph("Spare lamps", style="List Bullet 2")
    for text, numbering in [("Lamp oil", '<w:ilvl w:val="1"/>'),  # a level, the style's list
                            ("Not an item", '<w:numId w:val="0"/>')]:  # numbering switched off
        paragraph = doc.add_paragraph(text, style="List Bullet")
        paragraph._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr xmlns:w="{W_NS}">{numbering}</w:numPr>'))
    table = doc.add_table(rows=2, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text = "Pier", "<b>Cracks</b>"
    table.cell(0, 1).merge(table.cell(0, 2))
    table.cell(1, 0).text = "North"
    inner = table.cell(1, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "wide", "deep"
    table.cell(1, 2).text = "two"
    doc.add_paragraph("ANN SMITH: The work on the north pier is done.")
    doc.add_paragraph("BOB JONES: And the south pier?")
    doc.add_paragraph("ANN SMITH: Next week.")
    add_footnotes(doc, {1: "Harbour rules, section 4.", 2: "Unreferenced note."})
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_docx_nested_numbered_and_bulleted_lists_tables_and_footnotes(tmp_path: Path):
    archive, site, _ = build(tmp_path, {"steps.docx": make_structured_docx()})
    [doc] = archive.documents
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        ("heading", 2, "Procedure"),
        ("paragraph", 0, "The inspectors followed three steps[1]"),
        ("numbered", 0, "1. Open the harbour gate"),
        ("numbered", 1, "a) Check the north pier"),
        ("numbered", 1, "b) Check the south pier"),
        ("numbered", 2, "1.b.i Measure the cracks"),
        ("numbered", 0, "2. Close the gate"),
        ("paragraph", 0, "Equipment:"),
        ("bullet", 0, "Ropes"), ("bullet", 1, "Nylon ropes"), ("bullet", 0, "Lamps"),
        ("bullet", 1, "Spare lamps"), ("bullet", 1, "Lamp oil"), ("paragraph", 0, "Not an item"),
        ("row", 0, "Pier | <b>Cracks</b>"),
        ("row", 0, "North | [wide | deep] | two"),
        ("turn", 0, "The work on the north pier is done."), ("turn", 0, "And the south pier?"),
        ("turn", 0, "Next week."),
        ("heading", 2, "Footnotes"),
        ("footnote", 0, "[1] Harbour rules, section 4."),
        ("footnote", 0, "[2] Unreferenced note.")]
    # a Word paragraph is still read for speaker turns, as a .txt line is
    assert [b.speaker for b in doc.blocks if b.kind == "turn"] == ["ANN SMITH", "BOB JONES",
                                                                    "ANN SMITH"]
    page = page_of(site, archive, "steps.docx")
    flat = re.sub(r'<a class="headerlink"[^>]*></a>', "",
                  re.sub(r'<(li|tr) id="p-\w+">', r"<\1>", page))
    flat = flat.replace(" data-search-exclude", "")
    assert ('<ol class="numbered"><li>1. Open the harbour gate<ol class="numbered">'
            "<li>a) Check the north pier</li><li>b) Check the south pier"
            '<ol class="numbered"><li>1.b.i Measure the cracks</li></ol></li></ol></li>'
            "<li>2. Close the gate</li></ol>") in flat
    assert ("<ul><li>Ropes<ul><li>Nylon ropes</li></ul></li><li>Lamps"
            "<ul><li>Spare lamps</li><li>Lamp oil</li></ul></li></ul>") in flat
    assert "<b>" not in page and "&lt;b&gt;Cracks&lt;/b&gt;" in page
    # a Word table is a table: cells as written, a nested table kept in its cell
    assert ("<table><tbody><tr><td>Pier</td><td>&lt;b&gt;Cracks&lt;/b&gt;</td></tr>"
            "<tr><td>North</td><td>[wide | deep]</td><td>two</td></tr></tbody></table>") in flat


def test_threads_follow_in_reply_to_then_references_across_mbox_and_eml(tmp_path: Path):
    def mail(n: int, reply_to: str = "", references: str = "") -> EmailMessage:
        msg = message(f"Pier repairs {n}", f"p{n}@example.org", f"Message number {n}.\n",
                      f"<{n}@harbour.example>", reply_to=reply_to)
        if references:
            msg["References"] = references
        return msg

    box_path = tmp_path / "thread.mbox"
    box = mailbox.mbox(box_path)
    box.add(mail(1))
    box.add(mail(2, reply_to="<1@harbour.example>", references="<1@harbour.example>"))
    # no In-Reply-To: the last id of References the archive holds (not the unknown <9@...>)
    box.add(mail(3, references="<1@harbour.example> <2@harbour.example> <9@elsewhere>"))
    # In-Reply-To names a message not archived: References decides
    box.add(mail(4, reply_to="<8@elsewhere>", references="<1@harbour.example> <8@elsewhere>"))
    box.add(mail(6, references="<6@harbour.example>"))  # refers to itself only: no thread
    box.close()
    late = bytes(mail(5, references="<1@harbour.example> <3@harbour.example>"))
    folded = late.replace(b"<1@harbour.example> <3@", b"<1@harbour.example>\n\t<3@")  # a long header
    assert folded != late
    files = {"mail/thread.mbox": box_path.read_bytes(), "mail/late.eml": folded}
    archive, site, _ = build(tmp_path, files)
    ids = {d.meta.title: d.id for d in archive.documents}
    doc = {n: ids[f"Pier repairs {n}"] for n in range(1, 7)}
    page = {n: site[f"documents/{doc[n]}/index.md"] for n in doc}

    def link(n: int) -> str:
        return f'<a href="../../documents/{doc[n]}/index.html">'

    parents = {2: 1, 3: 2, 4: 1, 5: 3}
    for child, parent in parents.items():
        assert f'<p class="thread">In reply to {link(parent)}' in page[child]
    assert "In reply to" not in page[1].split('class="thread"')[-1].split("</p>")[0]
    assert 'class="thread"' not in page[6]
    replies = {1: [2, 4], 2: [3], 3: [5]}
    for parent, children in replies.items():
        thread = page[parent].split('<p class="thread">', 1)[1].split("</p>", 1)[0]
        assert thread.count("<a href=") == len(children) + (parent in parents)
        assert all(link(c) in thread.split("Replies: ", 1)[1] for c in children)
    refs = dict(next(d for d in archive.documents if d.id == doc[5]).details)["References"]
    assert refs == "<1@harbour.example> <3@harbour.example>"


def test_corrupt_files_of_every_format_are_skipped_by_name_and_the_build_goes_on(tmp_path: Path):
    noise = bytes(random.Random(5).randrange(256) for _ in range(4000))
    pdf, word = make_pdf(["Some text on a page."]), make_docx()
    not_word = io.BytesIO()
    with zipfile.ZipFile(not_word, "w") as archive_zip:
        archive_zip.writestr("hello.txt", "hi")
    files = {"garbage.html": noise, "cut.pdf": pdf[: len(pdf) // 2],
             "cut.docx": word[: len(word) // 2], "notword.docx": not_word.getvalue(),
             "empty.eml": b"", "noise.eml": noise, "noise.mbox": noise,
             "ok.txt": b"Plain text here.\n"}
    archive, _, _ = build(tmp_path, files)
    assert [d.source for d in archive.documents] == ["ok.txt"]
    assert sorted(problems_of(archive)) == [
        "skipped: cut.docx: corrupt .docx: not a zip archive",
        "skipped: cut.pdf: corrupt or unreadable PDF: Failed to load document "
        "(PDFium: Data format error).",
        "skipped: empty.eml: not an e-mail message: no headers",
        "skipped: garbage.html: no article text found in this web page "
        "(menus, scripts and boilerplate only)",
        "skipped: noise.eml: not an e-mail message: no headers",
        "skipped: noise.mbox: no messages in this mbox file",
        "skipped: notword.docx: corrupt .docx: no word/document.xml inside"]


def test_a_500_mb_file_is_skipped_by_the_default_limit_without_being_read(tmp_path: Path):
    (tmp_path / "src").mkdir()
    for name in ("huge.pdf", "huge.txt"):
        with open(tmp_path / "src" / name, "wb") as handle:  # sparse: no disk space used
            handle.truncate(500 * 1024 * 1024)
    archive, _, _ = build(tmp_path, {"ok.txt": b"Plain text here.\n"})
    assert [d.source for d in archive.documents] == ["ok.txt"]
    reason = "file too large (500.0 MB; the limit is 100 MB, setting extra.archive.limits.file_mb)"
    assert sorted(problems_of(archive)) == [f"skipped: huge.pdf: {reason}",
                                            f"skipped: huge.txt: {reason}"]


def test_docx_footnotes_resolve_no_external_entity(tmp_path: Path):
    docx = pytest.importorskip("docx")
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    doc = docx.Document()
    doc.add_paragraph("The audit found three cracked pillars in the old harbour wall.")
    xml = (f'<?xml version="1.0"?><!DOCTYPE f [<!ENTITY x SYSTEM "file://{secret}">]>'
           f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:id="1"><w:p><w:r><w:t>Note &x; end'
           "</w:t></w:r></w:p></w:footnote></w:footnotes>")
    add_footnotes_xml(doc, xml)
    out = io.BytesIO()
    doc.save(out)
    got = extract(out.getvalue(), "x.docx", Limits())
    assert "TOP-SECRET-VALUE" not in got.text
    assert "[1] Note" in got.text and got.text.rstrip().endswith("end")


def test_python_docx_template_properties_are_not_taken_for_the_documents():
    docx = pytest.importorskip("docx")
    doc = docx.Document()  # author "python-docx", created 2013-12-23: the library's template
    doc.add_paragraph("A memo with no date and no author of its own.")
    out = io.BytesIO()
    doc.save(out)
    got = extract(out.getvalue(), "memo.docx", Limits())
    assert "author" not in got.meta and "date" not in got.weak
    doc.core_properties.author, doc.core_properties.created = "Ann Smith", datetime.datetime(
        2013, 12, 23, 23, 16)
    doc.save(out := io.BytesIO())
    got = extract(out.getvalue(), "memo.docx", Limits())
    assert got.meta["author"] == "Ann Smith" and got.weak["date"] == "2013-12-23"


@given(st.lists(st.tuples(st.sampled_from(["bullet", "numbered"]), st.integers(0, 9)),
                min_size=1, max_size=25))
@settings(max_examples=200, deadline=None)
def test_nested_lists_are_balanced_and_keep_every_item_in_order(items):
    from lxml import html as lxml_html

    from archivist.render.pages import nested_list

    markup = nested_list([(kind, depth, f'<li id="i{n}">item {n}')
                          for n, (kind, depth) in enumerate(items)])
    root = lxml_html.fragment_fromstring(markup, create_parent="div")
    # well formed as written: the parser's serialisation gives it back unchanged
    assert "".join(lxml_html.tostring(c, encoding="unicode") for c in root) == markup
    found = root.xpath("//li")
    assert [li.get("id") for li in found] == [f"i{n}" for n in range(len(items))]
    for li, (kind, depth) in zip(found, items):
        lists = li.xpath("ancestor::ul|ancestor::ol")
        assert len(lists) <= depth + 1  # never deeper than asked; a skipped level nests once
        assert lists[-1].tag == ("ul" if kind == "bullet" else "ol")


@settings(max_examples=300)
@given(st.text(alphabet=" |[]ab;", max_size=40))
def test_table_cells_cover_the_row_in_order(text: str):
    """A row's cells, joined by the separator they were split at, give the row's text back."""
    spans = cell_spans(text)
    assert " | ".join(text[s:e] for s, e in spans) == text
    assert all(s <= e for s, e in spans) and spans[0][0] == 0 and spans[-1][1] == len(text)


def test_table_cells_split_outside_brackets_only():
    row = "North | [wide | deep] | two"
    assert [row[s:e] for s, e in cell_spans(row)] == ["North", "[wide | deep]", "two"]


def test_names_in_word_table_cells_link_to_their_pages(tmp_path: Path):
    import docx

    doc = docx.Document()
    doc.add_paragraph("Minister Anna Velkova met Boris Tarnov in Lisbon on Monday.")
    table = doc.add_table(rows=2, cols=2)
    for row, cells in zip(table.rows, (("Name", "Role"), ("Anna Velkova", "Minister"))):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    doc.add_paragraph("Anna Velkova said the talks with Boris Tarnov went well.")
    out = io.BytesIO()
    doc.save(out)
    archive, site, _ = build(tmp_path, {"talks.docx": out.getvalue()})
    page = page_of(site, archive, "talks.docx")
    cell = re.search(r"<tr id=\"p-\w+\"><td>((?:(?!</td>).)*)</td><td>Minister", page)
    assert cell and re.fullmatch(r'<a class="mention mention--person" id="m-\d+" href="[^"]+" '
                                 r'title="Anna Velkova">Anna Velkova</a>', cell[1])
