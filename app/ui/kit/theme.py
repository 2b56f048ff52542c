"""Light and dark: the system's colour scheme by default (followed as it changes), or the user's choice in
*Settings → Appearance*, kept in QSettings. Widgets that paint their own colours (charts, the heat map) take them
from ``colours()`` when they paint and restyle on a palette change."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QWidget

SETTING = "appearance/theme"
CHOICES = ("system", "light", "dark")


@dataclass(frozen=True)
class Colours:
    """What the program's own drawings use on the current background."""

    dark: bool
    background: QColor
    ink: QColor
    muted: QColor
    grid: QColor
    bar: QColor
    light_bar: QColor
    line: QColor
    empty_cell: QColor
    full_cell: QColor


LIGHT_COLOURS = Colours(
    dark=False,
    background=QColor("#ffffff"),
    ink=QColor("#1a1a1a"),
    muted=QColor("#555555"),
    grid=QColor("#ffffff"),
    bar=QColor("#3d6a99"),
    light_bar=QColor("#8fb0d4"),
    line=QColor("#1f3a5f"),
    empty_cell=QColor("#f3f6fa"),
    full_cell=QColor("#1f3a5f"),
)
DARK_COLOURS = Colours(
    dark=True,
    background=QColor("#232629"),
    ink=QColor("#e6e6e6"),
    muted=QColor("#b0b0b0"),
    grid=QColor("#2f3337"),
    bar=QColor("#5b8cc4"),
    light_bar=QColor("#a9c4e4"),
    line=QColor("#d7e6f7"),
    empty_cell=QColor("#2b3036"),
    full_cell=QColor("#9cc3f0"),
)


def dark_palette() -> QPalette:
    """A calm dark palette (Fusion): enough contrast for text, no pure black or white."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window, base, text = QColor("#383b3f"), QColor("#222427"), QColor("#e6e6e6")
    for which, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor("#2a2d30")),
        (role.ToolTipBase, QColor("#3a3f44")),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor("#9a9a9a")),
        (role.Text, text),
        (role.Button, QColor("#45494e")),
        (role.ButtonText, text),
        (role.BrightText, QColor("#ff8080")),
        (role.Light, QColor("#5a5f65")),
        (role.Midlight, QColor("#4a4e53")),
        (role.Mid, QColor("#303336")),
        (role.Dark, QColor("#1a1c1e")),
        (role.Shadow, QColor("#101112")),
        (role.Highlight, QColor("#3d6a99")),
        (role.HighlightedText, QColor("#ffffff")),
        (role.Link, QColor("#8fb8ff")),
        (role.LinkVisited, QColor("#c0a0ff")),
    ):
        palette.setColor(which, colour)
    muted = QColor("#7d8186")
    for which in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, which, muted)
    palette.setColor(group.Disabled, role.Base, window)
    return palette


# Coloured texts (errors, warnings, hints) by their meaning, readable on either background; a widget takes one
# with ``set_tone`` and follows a switch of the scheme.
TONES = {
    "error": ("#b00020", "#ff8a80"),
    "warning": ("#7a4b00", "#ffcc80"),
    "muted": ("#555555", "#b0b0b0"),
}


def tone_rules(dark: bool) -> str:
    return "\n".join(f'*[tone="{name}"] {{ color: {pair[dark]}; }}' for name, pair in TONES.items())


def tone_colour(tone: str) -> QColor:
    """The colour of ``tone`` on the current background, for item models (``ForegroundRole``)."""
    return QColor(TONES[tone][is_dark()])


def set_tone(widget: QWidget, tone: str) -> None:
    """Show ``widget``'s text in the colour of ``tone`` (a key of TONES; "" for the normal colour)."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and "tone=" not in app.styleSheet():
        app.setStyleSheet(tone_rules(is_dark()))
    widget.setProperty("tone", tone)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def saved_choice() -> str:
    choice = QSettings().value(SETTING, "system")
    return choice if isinstance(choice, str) and choice in CHOICES else "system"


def is_dark() -> bool:
    """Whether the program is in its dark colours now (the window background is dark)."""
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colours() -> Colours:
    return DARK_COLOURS if is_dark() else LIGHT_COLOURS


class Theme(QObject):
    """Applies the chosen scheme to the application and follows the system's while the choice is *System*."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = saved_choice()
        self.system_scheme = QGuiApplication.styleHints().colorScheme()
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.system_changed)
        self.apply()

    def system_changed(self, scheme: Qt.ColorScheme) -> None:
        self.system_scheme = scheme
        if self.choice == "system":
            self.apply()

    def choose(self, choice: str) -> None:
        self.choice = choice if choice in CHOICES else "system"
        QSettings().setValue(SETTING, self.choice)
        self.apply()

    def wants_dark(self) -> bool:
        if self.choice == "system":
            return self.system_scheme == Qt.ColorScheme.Dark
        return self.choice == "dark"

    def apply(self) -> None:
        if self.app.style().name().lower() != "fusion":
            self.app.setStyle("Fusion")  # the style that draws any palette, on every platform alike
        dark = self.wants_dark()
        self.app.setPalette(dark_palette() if dark else self.app.style().standardPalette())
        self.app.setStyleSheet(tone_rules(dark))


def install_theme(app: QApplication) -> Theme:
    """Once at start: the saved choice applied; *System* follows the desktop's light or dark scheme."""
    found = app.findChild(Theme)
    return found if isinstance(found, Theme) else Theme(app)


def add_theme_menu(menu: QMenu, parent: QWidget) -> dict[str, QAction]:
    """*Colours* with System / Light / Dark, the one in use marked."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = install_theme(app)
    translate = QCoreApplication.translate
    submenu = menu.addMenu(translate("Theme", "&Colours"))
    names = {
        "system": translate("Theme", "As the &system"),
        "light": translate("Theme", "&Light"),
        "dark": translate("Theme", "&Dark"),
    }
    group = QActionGroup(parent)
    actions: dict[str, QAction] = {}
    for choice, name in names.items():
        action = QAction(name, parent)
        action.setCheckable(True)
        action.setChecked(choice == theme.choice)
        group.addAction(action)
        action.triggered.connect(lambda _=False, c=choice: theme.choose(c))
        submenu.addAction(action)
        actions[choice] = action
    return actions
