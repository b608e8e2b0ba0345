"""E-mail: one document per message (.eml, or each message of an .mbox), through the stdlib."""

from __future__ import annotations

import logging
import mailbox
import os
import tempfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from ..errors import SourceError
from ..model import Problem
from . import Extracted, Limits

log = logging.getLogger(__name__)

HEADERS = (("To", "To"), ("Cc", "Cc"), ("Message-ID", "Message-ID"),
           ("In-Reply-To", "In reply to"), ("References", "References"))


def read(data: bytes, source: str, limits: Limits) -> Extracted:
    """Subject as title, From as author, Date; the plain body (or the HTML one as text)."""
    msg = BytesParser(policy=policy.default).parsebytes(data)
    if not msg.keys():
        raise SourceError(source, "not an e-mail message: no headers")
    problems = [Problem(source, f"damaged message: {type(d).__name__}: {d}")
                for d in msg.defects[:3]]
    meta: dict[str, object] = {}
    details: list[tuple[str, str]] = []
    subject = _header(msg, "Subject")
    if subject:
        meta["title"] = subject
    sender = _sender(msg)
    if sender:
        meta["author"] = sender
    if date := _date(msg, source, problems):
        meta["date"] = date
    details += [(label, value) for name, label in HEADERS if (value := _header(msg, name))]
    attachments = sorted({str(p.get_filename() or "unnamed") for p in msg.iter_attachments()})
    if attachments:
        details.append(("Attachments", ", ".join(attachments)))
    text = _body(msg, source, problems)
    if not text.strip():
        raise SourceError(source, "e-mail message without text"
                          + (f" (attachments: {', '.join(attachments)})" if attachments else ""))
    return Extracted(text, "email", meta, details=tuple(details), problems=tuple(problems))


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
    except (ValueError, IndexError, TypeError):  # a malformed header
        return ""
    return " ".join(str(value).split()) if value is not None else ""


def _sender(msg: EmailMessage) -> str:
    try:
        addresses = msg["From"].addresses if msg["From"] is not None else ()
    except (AttributeError, ValueError, IndexError, TypeError):
        return _header(msg, "From")
    first = addresses[0] if addresses else None
    return (first.display_name or first.addr_spec) if first else _header(msg, "From")


def _date(msg: EmailMessage, source: str, problems: list[Problem]) -> str | None:
    raw = _header(msg, "Date")
    if not raw:
        return None
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        problems.append(Problem(source, f"unreadable Date header ignored: '{raw[:60]}'"))
        return None


def _body(msg: EmailMessage, source: str, problems: list[Problem]) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        content = part.get_content()
    except (LookupError, ValueError) as exc:  # unknown charset, broken transfer encoding
        problems.append(Problem(source, f"message body decoded with replacement: {exc}"))
        content = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
    if not isinstance(content, str):
        return ""
    if part.get_content_type() == "text/html":
        content = html_text(content)
    lines = content.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip() + "\n"


BLOCKS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
          "table", "ul", "ol")


def html_text(markup: str) -> str:
    """The text of an HTML mail body: scripts and styles dropped, one line per block element.

    Not trafilatura: a mail body is all content (no boilerplate to remove), and its extractor
    splits inline elements (<b>) onto lines of their own.
    """
    from lxml import etree  # noqa: PLC0415
    from lxml import html as lxml_html  # noqa: PLC0415

    try:
        root = lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
    for node in root.xpath("//script|//style|//head|//template"):
        node.drop_tree()
    for node in root.iter("br"):
        node.tail = "\n" + (node.tail or "")
    for node in root.iter(*BLOCKS):
        node.tail = "\n\n" + (node.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(lines)


def split(data: bytes, source: str, limits: Limits) -> tuple[list[tuple[str, bytes]],
                                                            list[Problem]]:
    """An mbox's messages as (source#message-N, bytes), numbered from 1 in file order."""
    problems: list[Problem] = []
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "box.mbox")
        with open(path, "wb") as handle:
            handle.write(data)
        box = mailbox.mbox(path, create=False)
        try:
            keys = list(box.iterkeys())
            if len(keys) > limits.messages:
                problems.append(Problem(source, f"only the first {limits.messages} of "
                                        f"{len(keys)} messages read "
                                        "(setting extra.archive.limits.messages)"))
            members = [(f"{source}#message-{n}", box.get_bytes(key))
                       for n, key in enumerate(keys[: limits.messages], start=1)]
        finally:
            box.close()
    if not members:
        problems.append(Problem(source, "no messages in this mbox file", skipped=True))
    return members, problems
