"""The notice (teatis) a counsellor sends to the psychological-aid provider the client chose, as a one-page A4 PDF.

Pure: plain values in, PDF bytes out; no Qt, no database. The notice states what the provider needs (seed 003) and no
more: the client's name, ID code or birth date and contacts, the case card number, the service and its limit (an
amount, or "until the need ceases" without saying why), for a sexually abused minor the referral's end date, the
provider's duties and the counsellor's contacts.

Rendering is deterministic: the same :class:`NoticeData` gives byte-identical PDFs (reportlab's invariant mode, and a
document ID derived from the data), so the hash of the bytes can be stored with the decision: whoever holds a notice
sent without a password checks it against the decision with any SHA-256 tool. The layout has a number
(``notice_render.LAYOUT``): a notice first made by an earlier layout (same text, same places, other bytes) is
recognised by drawing it with that layout again (:func:`same_notice`), so a faster drawing never makes every earlier
decision's notice look changed. With a password the
PDF is encrypted with RC4 128-bit, the strongest reportlab offers without ``pyaes``; the encryption key follows from
the password and the document ID only, so an encrypted PDF is deterministic too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from app.services.documents.notice_data import (
    CENT,
    LANGUAGES,
    LIMIT_CATEGORIES,
    SERVICES,
    NoticeData,
    format_date,
    format_euros,
    notice_sha256,
)
from app.services.documents.notice_texts import TEXTS

__all__ = [
    "CENT",
    "LANGUAGES",
    "LIMIT_CATEGORIES",
    "SERVICES",
    "TEXTS",
    "NoticeData",
    "format_date",
    "format_euros",
    "notice_sha256",
    "render_notice",
    "same_notice",
]


def render_notice(data: NoticeData) -> bytes:
    """The notice as PDF bytes; identical bytes for identical data.

    reportlab (about 0.2 s to import) is loaded here, at the first notice, not when the program starts: the drawing is
    in ``app.services.documents.notice_render``.
    """
    from app.services.documents.notice_render import render

    return render(data)


def same_notice(kept_sha256: str, data: NoticeData, sha256: str) -> bool:
    """Whether the notice first made for a decision, whose hash was kept, says what ``data`` says now; ``sha256``
    is the hash of ``data``'s notice as drawn now.

    The kept hash is always of a PDF's bytes (what was sent can be checked with any SHA-256 tool). When it is not
    the hash of today's drawing, the notice may have been made by an earlier layout of the program: ``data`` is drawn
    with each earlier layout and compared (about 10 ms each, only then). False means the content has changed.
    """
    if kept_sha256 == sha256:
        return True
    from app.services.documents.notice_render import LAYOUT, LAYOUTS, render

    plain = replace(data, password=None)
    return any(notice_sha256(render(plain, layout)) == kept_sha256 for layout in LAYOUTS if layout != LAYOUT)


def __getattr__(name: str) -> Any:
    """The renderer's own names (its styles, ``_Paragraph``) as before the split, loading reportlab then; never a
    dunder (``from notice_pdf import …`` asks for ``__path__``, which would load reportlab at every import)."""
    if name.startswith("__"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from app.services.documents import notice_render

    try:
        return getattr(notice_render, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
