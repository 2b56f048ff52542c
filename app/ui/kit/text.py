"""Filling a translated text's placeholders: ``fill(self.tr("Saved to %1."), path)``.

The translation stays a literal ``self.tr("…")`` or ``QCoreApplication.translate("Context", "…")`` call, so lupdate
finds it (it does not see through helpers); ``fill`` only puts the values in. It fills ``%1`` … ``%9`` in one pass, as
Qt's ``QString.arg`` does: a value that itself contains ``%2`` (a file name, a typed name) is shown as it is and never
filled again, which chained ``.replace("%1", …).replace("%2", …)`` got wrong. A translation may put the placeholders
in any order; a placeholder without a value stays as it is.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1`` replaced by the first value, ``%2`` by the second, …; non-texts through ``str``."""
    texts = [value if isinstance(value, str) else str(value) for value in values]

    def value_of(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return texts[number - 1] if number <= len(texts) else match.group(0)

    return _PLACEHOLDER.sub(value_of, template)


def counted(text: str, n: int) -> str:
    """A ``%n`` text as translated (``self.tr("%n change(s) waiting", "", n)``), with the English source's ``(s)`` said
    as English says it: ``1 change waiting``, ``7 changes waiting``. The translations have their own plural forms and
    no ``(s)``, so this changes only an English text."""
    return text.replace("(s)", "" if n == 1 else "s")
