"""The notice (teatis) a counsellor sends to the psychological-aid provider the client chose, as a one-page A4 PDF.

Pure: plain values in, PDF bytes out; no Qt, no database. The notice states what the provider needs (seed 003) and no
more: the client's name, ID code or birth date and contacts, the case card number, the service and its limit (an
amount, or "until the need ceases" without saying why), for a sexually abused minor the referral's end date, the
provider's duties and the counsellor's contacts.

Rendering is deterministic: the same :class:`NoticeData` gives byte-identical PDFs (reportlab's invariant mode, and a
document ID derived from the data), so the hash of the bytes can be stored with the decision. With a password the
PDF is encrypted with RC4 128-bit, the strongest reportlab offers without ``pyaes``; the encryption key follows from
the password and the document ID only, so an encrypted PDF is deterministic too.
"""

from __future__ import annotations

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
]


def render_notice(data: NoticeData) -> bytes:
    """The notice as PDF bytes; identical bytes for identical data.

    reportlab (about 0.2 s to import) is loaded here, at the first notice, not when the program starts: the drawing is
    in ``app.services.documents.notice_render``.
    """
    from app.services.documents.notice_render import render

    return render(data)


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
