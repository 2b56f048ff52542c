"""Fill unfinished messages of a .ts file from a table of (context, English source) -> translation.

    .venv/bin/python scripts/fill_translations.py resources/i18n/helpline_et.ts table.py
    .venv/bin/python scripts/fill_translations.py --overwrite resources/i18n/helpline_ru.ts fixes.py

``table.py`` defines ``TRANSLATIONS: dict[tuple[str, str], str | tuple[str, ...]]`` (a tuple: the plural forms of a
``%n`` string, singular first). Sources are given as they are in the code (``&``,
not ``&amp;``). Messages not in the table stay unfinished; the script prints them, so nothing is filled by guesswork.
``--overwrite`` also replaces finished translations of the table's messages (e.g. to move an accelerator).
Run ``scripts/translations.py compile`` afterwards.
"""

from __future__ import annotations

import html
import re
import runpy
import sys
from pathlib import Path

_CONTEXT = re.compile(r"(<context>\s*<name>)([^<]+)(</name>)(.*?)(</context>)", re.S)
_MESSAGE = re.compile(r"<message[^>]*>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_UNFINISHED = re.compile(r'<translation type="unfinished">.*?</translation>', re.S)  # empty, or lupdate's guess
_ANY = re.compile(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", re.S)


def fill(
    text: str, table: dict[tuple[str, str], str | tuple[str, ...]], *, overwrite: bool = False
) -> tuple[str, list[tuple[str, str]]]:
    left: list[tuple[str, str]] = []
    target = _ANY if overwrite else _UNFINISHED

    def in_context(context: re.Match[str]) -> str:
        name = context.group(2)

        def message(found: re.Match[str]) -> str:
            block = found.group(0)
            source_match = _SOURCE.search(block)
            if not target.search(block) or source_match is None:
                return block
            source = html.unescape(source_match.group(1))
            translated = table.get((name, source))
            if translated is None:
                if _UNFINISHED.search(block):
                    left.append((name, source))
                return block
            forms = [translated] if isinstance(translated, str) else list(translated)
            escaped = [html.escape(form, quote=False).replace("'", "&apos;").replace('"', "&quot;") for form in forms]
            if 'numerus="yes"' in block:  # a %n string: one <numerusform> per plural form (Estonian: two)
                inner = "".join(f"<numerusform>{form}</numerusform>" for form in escaped)
            else:
                inner = escaped[0]
            return target.sub(lambda _m: f"<translation>{inner}</translation>", block, count=1)

        body = _MESSAGE.sub(message, context.group(4))
        return context.group(1) + name + context.group(3) + body + context.group(5)

    return _CONTEXT.sub(in_context, text), left


def main() -> None:
    arguments = sys.argv[1:]
    overwrite = "--overwrite" in arguments
    if overwrite:
        arguments.remove("--overwrite")
    ts_path, table_path = Path(arguments[0]), arguments[1]
    table = runpy.run_path(table_path)["TRANSLATIONS"]
    text, left = fill(ts_path.read_text(encoding="utf-8"), table, overwrite=overwrite)
    ts_path.write_text(text, encoding="utf-8")
    for context, source in left:
        print(f"unfinished: {context}: {source!r}")


if __name__ == "__main__":
    main()
