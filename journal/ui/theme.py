"""Light and dark: the two palettes, which one is in use, and the editor's text size.

Tværs follows the platform's colour scheme (``QStyleHints.colorScheme``) unless the
leader chose light or dark in Settings. Both palettes are ours, on the Fusion style
(which paints with the palette on every platform), so every pair of text and
background colours is known and meets WCAG 2.1 AA (4.5:1); ``tests/ui/test_theme.py``
computes the ratios. Colours that are not palette roles (Markdown highlighting, the
search marks, error text, overdue next steps) are named here too, per theme, and
read through :func:`color` when they are painted.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

SCHEMES = ("system", "light", "dark")
DEFAULT_POINT_SIZE = 11
MIN_POINT_SIZE = 8
MAX_POINT_SIZE = 32

# Palette roles: (role, colour). Disabled text is exempt from WCAG, but kept readable.
_ROLES = {
    "light": {
        "Window": "#f3f3f3",
        "WindowText": "#1a1a1a",
        "Base": "#ffffff",
        "AlternateBase": "#f2f2f2",
        "Text": "#1a1a1a",
        "Button": "#e6e6e6",
        "ButtonText": "#1a1a1a",
        "BrightText": "#ffffff",
        "Highlight": "#1f5fa8",
        "HighlightedText": "#ffffff",
        "ToolTipBase": "#fff8d6",
        "ToolTipText": "#1a1a1a",
        "PlaceholderText": "#5c5c5c",
        "Link": "#0b55c4",
        "LinkVisited": "#6a1b9a",
        "Light": "#ffffff",
        "Midlight": "#e0e0e0",
        "Mid": "#b8b8b8",
        "Dark": "#8a8a8a",
        "Shadow": "#5a5a5a",
    },
    "dark": {
        "Window": "#202124",
        "WindowText": "#e8eaed",
        "Base": "#18191b",
        "AlternateBase": "#26272a",
        "Text": "#e8eaed",
        "Button": "#303134",
        "ButtonText": "#e8eaed",
        "BrightText": "#ffffff",
        "Highlight": "#8ab4f8",
        "HighlightedText": "#0b1a33",
        "ToolTipBase": "#303134",
        "ToolTipText": "#e8eaed",
        "PlaceholderText": "#a8acb1",
        "Link": "#8ab4f8",
        "LinkVisited": "#d7aefb",
        "Light": "#4a4b4f",
        "Midlight": "#3c3d40",
        "Mid": "#2a2b2e",
        "Dark": "#111213",
        "Shadow": "#000000",
    },
}
_DISABLED_TEXT = {"light": "#767676", "dark": "#8d9096"}

# Colours that are not palette roles, each drawn on the background named beside it (for the test).
_NAMED = {
    "light": {
        "error": "#b00020",
        "heading": "#1f4e79",
        "quote": "#4f5963",
        "list": "#8b4513",
        "code": "#5b3f8e",
        "muted": "#5c5c5c",
        "overdue": "#b00020",
        "mark": "#ffe08a",
        "marked_text": "#000000",
    },
    "dark": {
        "error": "#ff8a80",
        "heading": "#8ab4f8",
        "quote": "#b6bcc3",
        "list": "#f0a86e",
        "code": "#cdb2ff",
        "muted": "#a8acb1",
        "overdue": "#ff8a80",
        "mark": "#ffe08a",
        "marked_text": "#000000",
    },
}
# Which background each named colour is read on (palette role, or another named colour).
NAMED_ON = {
    "error": "Window",
    "heading": "Base",
    "quote": "Base",
    "list": "Base",
    "code": "Base",
    "muted": "Base",
    "overdue": "Base",
    "marked_text": "mark",
}
# Text roles and the background each is read on.
TEXT_PAIRS = [
    ("WindowText", "Window"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
    ("Link", "Base"),
    ("Link", "Window"),
    ("LinkVisited", "Base"),
    ("WindowText", "Button"),
]

_current = "light"


def palette_for(scheme: str) -> QPalette:
    """The full palette of ``scheme`` ("light" or "dark")."""
    palette = QPalette()
    for role_name, value in _ROLES[scheme].items():
        role = getattr(QPalette.ColorRole, role_name)
        palette.setColor(QPalette.ColorGroup.All, role, QColor(value))
    disabled = QColor(_DISABLED_TEXT[scheme])
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def role_color(scheme: str, role_name: str) -> QColor:
    return QColor(_ROLES[scheme][role_name])


def named_color(scheme: str, name: str) -> QColor:
    return QColor(_NAMED[scheme][name])


def color(name: str) -> QColor:
    """A named colour of the theme in use ("error", "heading", "mark", …)."""
    return named_color(_current, name)


def current() -> str:
    """"light" or "dark": the palette in use."""
    return _current


def error_style() -> str:
    """A style sheet for a line of error text, in the theme in use."""
    return f"color: {color('error').name()};"


def system_scheme() -> str:
    """What the platform asks for: "dark" or "light" (unknown counts as light).

    The first question costs 20–30 ms: PySide builds every enum of the ``Qt`` namespace to
    answer it. ``Theme`` therefore starts in the scheme found at the last start and asks
    once the first dialog or window is up (:meth:`Theme.confirm`)."""
    from PySide6.QtCore import Qt

    app = QGuiApplication.instance()
    hints = app.styleHints() if app is not None else None
    if hints is not None and hasattr(hints, "colorScheme") and hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def resolve(choice: str) -> str:
    return choice if choice in ("light", "dark") else system_scheme()


def relative_luminance(c: QColor) -> float:
    """WCAG 2.1 relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2.1 contrast ratio (1 to 21)."""
    la, lb = relative_luminance(a), relative_luminance(b)
    light, dark = max(la, lb), min(la, lb)
    return (light + 0.05) / (dark + 0.05)


class Theme(QObject):
    """Applies the chosen scheme to the application and follows the platform while it is "system"."""

    changed = Signal(str)  # "light" or "dark"

    def __init__(self, app, choice: str = "system", assumed: str = "") -> None:
        super().__init__(app)
        self._app = app
        self.choice = choice if choice in SCHEMES else "system"
        self._following = False
        if self.choice == "system" and assumed in ("light", "dark"):
            self._paint(assumed)  # the platform's scheme at the last start; confirm() asks
        else:
            self.confirm()

    def confirm(self) -> str:
        """Ask the platform (once the first dialog or window has painted, when the theme started
        in an assumed scheme), follow its changes from now on, and return the scheme in use."""
        if not self._following:
            self._following = True
            hints = self._app.styleHints()
            if hasattr(hints, "colorSchemeChanged"):
                hints.colorSchemeChanged.connect(self._platform_changed)
            self.apply()
        return _current

    def set_choice(self, choice: str) -> None:
        self.choice = choice if choice in SCHEMES else "system"
        self.apply()

    def apply(self) -> None:
        self._paint(resolve(self.choice))

    def _paint(self, scheme: str) -> None:
        global _current
        if self._app.style().name().lower() != "fusion":
            self._app.setStyle("Fusion")  # paints with our palette on every platform
        changed = scheme != _current or self._app.palette() != palette_for(scheme)
        _current = scheme
        if changed:
            self._app.setPalette(palette_for(scheme))
        self.changed.emit(scheme)

    def _platform_changed(self, _scheme) -> None:
        if self.choice == "system":
            self.apply()


_theme: Theme | None = None


def install(app, choice: str = "system", assumed: str = "") -> Theme:
    """The application's one Theme (made on first call; later calls change its choice).
    ``assumed``: the platform's scheme at the last start, used until :meth:`Theme.confirm`."""
    global _theme
    if _theme is None or _theme.parent() is not app:
        _theme = Theme(app, choice, assumed)
    else:
        _theme.set_choice(choice)
    return _theme


def installed() -> Theme | None:
    return _theme


def clamp_point_size(size: int) -> int:
    return max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
