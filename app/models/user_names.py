"""User names (log-in names) that cannot pass for another user's.

A user name is shown in the audit trail, the user list and every "saved by": one that looks like ``admin`` but is
another account (``admin`` with a zero-width space, a Cyrillic ``а``, a right-to-left override turning ``nimda``
round) would let its holder's actions pass for the administrator's. So a name is normalised (NFKC, lower case:
full-width ``ａｄｍｉｎ`` *is* ``admin``), may hold only letters, ASCII digits and ``. - _ @``, takes its letters
from one script, begins and ends with a letter or digit (``couns1.`` beside ``couns1``: a dot at the end is easily
overlooked), and may not look the same as an existing user's name (:func:`skeleton`, after Unicode's UTS #39,
letter pairs included: ``adrnin`` is ``admin`` to the eye).
"""

from __future__ import annotations

import unicodedata

from app.models.identity import InvalidValue

USERNAME_MAX = 64
PUNCTUATION = frozenset(".-_@")

# Letters of other scripts (and Latin ones) that look like a Latin letter, in lower case: the part of Unicode's
# confusables table (UTS #39) for the scripts this program meets, Cyrillic and Greek. The digits 0 and 1 read as
# o and l. A name whose skeleton is an existing name's skeleton is refused.
_LOOKS_LIKE = str.maketrans(
    {
        # Cyrillic
        "а": "a",
        "в": "b",
        "ь": "b",
        "с": "c",
        "ԁ": "d",
        "е": "e",
        "ё": "ë",
        "һ": "h",
        "і": "i",
        "ї": "ï",
        "ј": "j",
        "к": "k",
        "ӏ": "l",
        "м": "m",
        "п": "n",
        "о": "o",
        "р": "p",
        "ԛ": "q",
        "г": "r",
        "ѕ": "s",
        "т": "t",
        "џ": "u",
        "ѵ": "v",
        "ԝ": "w",
        "х": "x",
        "у": "y",
        "ү": "y",
        # Greek
        "α": "a",
        "β": "b",
        "ϲ": "c",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "ϳ": "j",
        "κ": "k",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        "γ": "y",
        # Latin and digits
        "ı": "i",
        "ɑ": "a",
        "ɡ": "g",
        "0": "o",
        "1": "l",
    }
)


# Pairs of letters that read as one in most screen fonts (UTS #39 confusables), applied after ``_LOOKS_LIKE``.
_PAIRS_LOOK_LIKE = (("rn", "m"), ("vv", "w"), ("cl", "d"))


def normalise_username(text: str) -> str:
    """The form a user name is stored and looked up in: NFKC, trimmed, lower case."""
    return unicodedata.normalize("NFKC", text).strip().lower()


def _script(letter: str) -> str:
    """The script a letter belongs to, from its Unicode name (``LATIN SMALL LETTER A`` → ``LATIN``)."""
    name = unicodedata.name(letter, "")
    return name.split(" ", 1)[0] if name else "UNKNOWN"


def parse_username(text: str) -> str:
    """The user name to store, or :class:`InvalidValue`:

    - ``user.username``: empty, longer than 64 characters, or with a space;
    - ``user.username_characters``: an invisible, format or bidi-control character, a combining mark left over after
      normalisation, a lone surrogate, a symbol, or digits of another script;
    - ``user.username_mixed_scripts``: letters from more than one script (``аdmin`` with a Cyrillic ``а``);
    - ``user.username_edges``: a punctuation mark (``. - _ @``) at the start or the end.
    """
    name = normalise_username(text)
    if not name or len(name) > USERNAME_MAX or any(ch.isspace() for ch in name):
        raise InvalidValue("user.username")
    scripts = set()
    for ch in name:
        category = unicodedata.category(ch)
        if category.startswith("L"):
            scripts.add(_script(ch))
        elif not (("0" <= ch <= "9") or ch in PUNCTUATION):
            raise InvalidValue("user.username_characters")
    if len(scripts) > 1:
        raise InvalidValue("user.username_mixed_scripts")
    if name[0] in PUNCTUATION or name[-1] in PUNCTUATION:
        raise InvalidValue("user.username_edges")
    return name


def skeleton(name: str) -> str:
    """What a name looks like: two names with one skeleton are mistaken for each other on the screen."""
    shape = normalise_username(name).translate(_LOOKS_LIKE)
    for pair, letter in _PAIRS_LOOK_LIKE:
        shape = shape.replace(pair, letter)
    return shape
