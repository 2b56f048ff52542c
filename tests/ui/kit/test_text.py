"""``fill`` puts values into a translated text's %1, %2, … as Qt's QString.arg does."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.ui.kit.text import fill


def test_values_go_where_their_numbers_are_in_any_order() -> None:
    assert fill("Exported %1 providers to %2.", 3, "/tmp/a.csv") == "Exported 3 providers to /tmp/a.csv."
    assert fill("%2 – %1", "first", "second") == "second – first"  # a translation may turn the order round


def test_a_value_that_looks_like_a_placeholder_is_shown_as_it_is() -> None:
    """A file named ``report %2.pdf`` must not get the second value in its name (chained replaces did that)."""
    assert fill("Saved %1 (case %2).", "report %2.pdf", "OA-1") == "Saved report %2.pdf (case OA-1)."
    assert fill("%1", "%1") == "%1"


def test_a_placeholder_without_a_value_and_other_percent_signs_stay() -> None:
    assert fill("%1 of %2 done, 50% left", "1") == "1 of %2 done, 50% left"


def test_it_fills_as_qstring_arg_would(qapp: QCoreApplication) -> None:
    template = QCoreApplication.translate("Test", "Row %1: %2")
    assert fill(template, 12, "bad value") == "Row 12: bad value"
