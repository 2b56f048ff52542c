"""Helpline: the crisis-line counsellor's desktop.

Layers (imports only go downward): ``app.ui`` (Qt) -> ``app.services`` (use cases) -> ``app.models``
(SQLAlchemy entities and domain rules). Nothing below ``app.ui`` imports PySide6.
"""

__version__ = "0.1.0"
APP_NAME = "helpline"
APP_TITLE = "Helpline"
