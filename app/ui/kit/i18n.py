"""The interface language: one translator for the program's lifetime, switched at once without a restart.

``LiveTranslator`` is installed once. It asks the loaded ``.qm`` files (the program's and Qt's own) for each string,
and remembers which message every shown text came from (context, source, disambiguation, count). Switching the
language swaps the loaded files, which sends ``QEvent.LanguageChange`` to every widget, and then ``retranslate``
walks each open window and puts the new language's text wherever an old translated text is shown: labels, buttons,
group boxes, tabs, menus, actions, combo items, placeholders, tooltips, accessible names and item-model headers.
Texts with filled-in placeholders (``"Feedback (%1 new)"``) are recognised by their template and refilled with the same
values. What the user typed is never touched (line edits' and text edits' contents, an editable combo's text).

A widget with texts the walk cannot know (a chart drawn from data, a text built from several messages) defines
``retranslate()``; the walk calls it, as Qt's ``changeEvent(QEvent.LanguageChange)`` → ``retranslateUi`` pattern does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
)

from app.resources import translation_file
from app.ui.kit.walk import application_widgets

LANGUAGES: dict[str, str] = {"et": "Eesti keel", "en": "English", "ru": "Русский"}  # each named in itself
"""Interface languages shipped, in the order of the Settings → Language menu. English is the source language."""

KEEP_TEXT = "keep_text"
"""A widget or action with this property set to True keeps its texts when the language changes."""

Message = tuple[str, str, str, int]  # context, source, disambiguation, count (-1: no %n)
_PLACEHOLDER = re.compile(r"%(\d)")


class LiveTranslator(QTranslator):
    """Translates through the current language's files and remembers where each shown text came from."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code = "en"
        self._files: list[QTranslator] = []
        self._shown: dict[str, list[Message]] = {}
        self._templates: dict[str, re.Pattern[str]] = {}

    # --- QTranslator ----------------------------------------------------------------------------------------------
    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        found: str | None = None
        for file in self._files:
            text = file.translate(context, source, disambiguation, n)
            if text:
                found = text
                break
        shown = found if found else source
        if n >= 0:
            shown = shown.replace("%n", str(n))
        message = (context, source, disambiguation or "", n)
        known = self._shown.setdefault(shown, [])
        if message not in known:
            known.append(message)
        if "%" in shown and shown not in self._templates and _PLACEHOLDER.search(shown):
            self._templates[shown] = _template_pattern(shown)
        return found

    # --- switching ------------------------------------------------------------------------------------------------
    def use(self, language: str) -> None:
        """Use ``language``'s files from now on (English: none). Installed translators see LanguageChange."""
        files: list[QTranslator] = []
        if language != "en":
            ours = QTranslator(self)
            if ours.load(str(translation_file(language))):
                files.append(ours)
            qt = QTranslator(self)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                files.append(qt)
        old, self._files, self.code = self._files, files, language
        for file in old:
            file.deleteLater()
        QLocale.setDefault(QLocale(language))

    def again(self, text: str, contexts: tuple[str, ...] = ()) -> str | None:
        """``text`` as the current language shows it, if it is a translated text (or a filled template); else None.

        One text can come from several messages ("&Язык" is both the menu's "&Language" and the form's "Lan&guage"):
        the message of the first of ``contexts`` (the class names of the widget and its parents) wins.
        """
        if not text:
            return None
        messages = self._shown.get(text)
        if messages:
            return _translate(_best(messages, contexts))
        best: tuple[bool, int, str, re.Match[str]] | None = None  # the most specific template that fits wins
        for template, pattern in self._templates.items():
            match = pattern.fullmatch(text)
            if match is None:
                continue
            own = any(message[0] in contexts for message in self._shown[template])
            literal = len(_PLACEHOLDER.sub("", template))
            if best is None or (own, literal) > best[:2]:
                best = (own, literal, template, match)
        if best is not None:
            _own, _literal, template, match = best
            renewed = _translate(_best(self._shown[template], contexts))
            for number, value in zip(_PLACEHOLDER.findall(template), match.groups(), strict=True):
                renewed = renewed.replace(f"%{number}", self.again(value, contexts) or value)
            return renewed
        return None


def _best(messages: list[Message], contexts: tuple[str, ...]) -> Message:
    for context in contexts:
        for message in messages:
            if message[0] == context:
                return message
    return messages[0]  # self.tr tries the class's own context first, then its Qt base classes


def contexts_of(thing: QObject | None) -> tuple[str, ...]:
    """The translation contexts of the program's classes of ``thing`` and its parents, nearest first."""
    names: list[str] = []
    while thing is not None:
        names.extend(cls.__name__ for cls in type(thing).__mro__ if cls.__module__.startswith("app."))
        thing = thing.parent()
    return tuple(names)


def _translate(message: Message) -> str:
    context, source, disambiguation, n = message
    return QCoreApplication.translate(context, source, disambiguation or None, n)


def _template_pattern(template: str) -> re.Pattern[str]:
    parts = _PLACEHOLDER.split(template)  # literal, number, literal, number, …
    regex = "".join(re.escape(part) if index % 2 == 0 else "(.+?)" for index, part in enumerate(parts))
    return re.compile(regex, re.S)


def live_translator(app: QCoreApplication) -> LiveTranslator:
    """The application's one LiveTranslator, installed on first use."""
    found = app.findChild(LiveTranslator)
    if isinstance(found, LiveTranslator):
        return found
    translator = LiveTranslator(app)
    QCoreApplication.installTranslator(translator)
    return translator


def current_language() -> str:
    app = QCoreApplication.instance()
    found = app.findChild(LiveTranslator) if app is not None else None
    return found.code if isinstance(found, LiveTranslator) else "en"


def switch_language(language: str, renamed: Mapping[str, str] | None = None) -> None:
    """Change the interface language at once: every open window shows the new language, nothing typed is lost.

    ``renamed`` maps data shown in the old language to the new (e.g. topic names, which live in the store).
    """
    app = QCoreApplication.instance()
    assert isinstance(app, QApplication)
    translator = live_translator(app)
    translator.use(language)
    QCoreApplication.removeTranslator(translator)  # re-installing sends LanguageChange to every widget
    QCoreApplication.installTranslator(translator)
    with application_widgets(top_level=True) as windows:
        for window in windows:
            retranslate(window, translator, renamed or {})


def retranslate(root: QWidget, translator: LiveTranslator, renamed: Mapping[str, str]) -> None:
    """Put the current language's text wherever ``root`` and its children show a translated text."""

    owner: list[tuple[str, ...]] = [()]  # the contexts of the object whose texts are being renewed

    def again(text: str) -> str | None:
        return renamed.get(text) if text in renamed else translator.again(text, owner[0])

    def renew(getter: Callable[[], str], setter: Callable[[str], object]) -> None:
        text = getter()
        new = again(text)
        if new is not None and new != text:
            setter(new)

    widgets = [root, *root.findChildren(QWidget)]
    actions: set[QAction] = set()
    models: set[QAbstractItemModel] = set()
    hooks = []
    for widget in widgets:
        if widget.property(KEEP_TEXT):
            continue
        owner[0] = contexts_of(widget)
        renew(widget.windowTitle, widget.setWindowTitle)
        renew(widget.toolTip, widget.setToolTip)
        renew(widget.statusTip, widget.setStatusTip)
        renew(widget.accessibleName, widget.setAccessibleName)
        renew(widget.accessibleDescription, widget.setAccessibleDescription)
        actions.update(widget.actions())
        if isinstance(widget, QLabel):
            renew(widget.text, widget.setText)
        if isinstance(widget, QAbstractButton):
            renew(widget.text, widget.setText)
        if isinstance(widget, QGroupBox):
            renew(widget.title, widget.setTitle)
        if isinstance(widget, QMenu):
            renew(widget.title, widget.setTitle)
            if widget.menuAction() is not None:
                actions.add(widget.menuAction())
        if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            renew(widget.placeholderText, widget.setPlaceholderText)
        if isinstance(widget, QAbstractSpinBox):
            renew(widget.specialValueText, widget.setSpecialValueText)
        if isinstance(widget, QSpinBox):
            renew(widget.suffix, widget.setSuffix)
            renew(widget.prefix, widget.setPrefix)
        if isinstance(widget, QComboBox):
            _renew_combo(widget, renew)
        if isinstance(widget, QTabWidget):
            _renew_tabs(widget, renew)
        if isinstance(widget, QToolBox):
            _renew_toolbox(widget, renew)
        if isinstance(widget, QMainWindow):
            actions.update(widget.menuBar().actions())
        if isinstance(widget, QTableWidget):
            _renew_table(widget, renew)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            models.add(widget.model())
        hook = getattr(widget, "retranslate", None)
        if callable(hook) and widget.window().isVisible():  # not in a closed window waiting to be deleted
            hooks.append(hook)
    for action in _with_submenus(actions):
        if action.property(KEEP_TEXT):
            continue
        owner[0] = contexts_of(action)
        renew(action.text, action.setText)
        renew(action.toolTip, action.setToolTip)
        renew(action.statusTip, action.setStatusTip)
        renew(action.iconText, action.setIconText)
    for model in models:
        owner[0] = contexts_of(model)
        _renew_model(model, renew)
    for hook in hooks:
        hook()


def _with_submenus(actions: Iterable[QAction]) -> set[QAction]:
    found: set[QAction] = set()
    todo = list(actions)
    while todo:
        action = todo.pop()
        if action in found:
            continue
        found.add(action)
        menu = action.menu()
        if isinstance(menu, QMenu):
            todo.extend(menu.actions())
    return found


Renew = Callable[[Callable[[], str], Callable[[str], object]], None]


def _renew_tabs(tabs: QTabWidget, renew: Renew) -> None:
    for index in range(tabs.count()):
        renew(partial(tabs.tabText, index), partial(tabs.setTabText, index))
        renew(partial(tabs.tabToolTip, index), partial(tabs.setTabToolTip, index))


def _renew_toolbox(box: QToolBox, renew: Renew) -> None:
    for index in range(box.count()):
        renew(partial(box.itemText, index), partial(box.setItemText, index))


def _renew_combo(combo: QComboBox, renew: Renew) -> None:
    renew(combo.placeholderText, combo.setPlaceholderText)
    for index in range(combo.count()):
        if combo.isEditable() and index == combo.currentIndex():
            continue  # setItemText would replace what the user typed into the combo
        renew(partial(combo.itemText, index), partial(combo.setItemText, index))


def _renew_table(table: QTableWidget, renew: Renew) -> None:
    for column in range(table.columnCount()):
        item = table.horizontalHeaderItem(column)
        if item is not None:
            renew(item.text, item.setText)
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            cell = table.item(row, column)
            if cell is not None and not cell.flags() & Qt.ItemFlag.ItemIsEditable:
                renew(cell.text, cell.setText)


def _renew_model(model: QAbstractItemModel, renew: Renew) -> None:
    while isinstance(model, QSortFilterProxyModel) and model.sourceModel() is not None:
        model = model.sourceModel()
    if isinstance(model, QStandardItemModel):
        for column in range(model.columnCount()):
            item = model.horizontalHeaderItem(column)
            if item is not None:
                renew(item.text, item.setText)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                cell = model.item(row, column)
                if cell is not None and not cell.isEditable():
                    renew(cell.text, cell.setText)
        return
    # A model of our own translates in headerData()/data() each time it is asked: tell the views to ask again.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    rows = model.rowCount(QModelIndex())
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
    if rows and columns:
        model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))
