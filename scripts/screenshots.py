"""Screenshots of the main screens for looking at them (run under Xvfb: see docs/development.md).

xvfb-run -a -s '-screen 0 1366x768x24' .venv/bin/python scripts/screenshots.py shots/
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.db import Store
from app.models.base import utcnow
from app.services import auth
from app.services.contacts import ContactInput, save_contact
from app.ui.application import build_context, install_translation
from app.ui.main_window import MainWindow


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    language = os.environ.get("SHOT_LANGUAGE", "en")
    os.environ["HELPLINE_DATA_DIR"] = tempfile.mkdtemp()
    app = QApplication(sys.argv[:1])
    install_translation(app, language)
    store = Store.open(f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite3")
    demo = os.environ.get("SHOT_DEMO")
    if demo:
        from app.services.demo import fill_demo_store

        fill_demo_store(store)
        with store.unit_of_work() as uow:
            user = auth.authenticate(uow, os.environ.get("SHOT_USER", "mari"), "demo-parool-2026")
    else:
        with store.unit_of_work() as uow:
            user = auth.create_first_administrator(uow, "mari", "Mari Kask", "correct horse battery")
            uow.commit()
        with store.unit_of_work() as uow:
            for minutes, text in ((30, "Lähisuhtevägivald, helistaja kardab koju minna."), (90, "Соседи шумят.")):
                save_contact(uow, user, ContactInput(started_at=utcnow() - timedelta(minutes=minutes), summary=text))
    window = MainWindow(build_context(store, user, language))
    window.resize(1366, 740)
    window.show()

    def shoot() -> None:
        window.grab().save(str(out / f"log_{language}.png"))
        form = window.new_contact()
        form.identity.identified.setChecked(True)
        form.identity.full_name.setText("Jüri Õunapuu")
        form.identity.id_code.setText("37605030290")
        form.identity.id_code.editingFinished.emit()
        form.summary.setPlainText("Helistaja räägib, et partner ähvardas teda eile õhtul.")
        form.risks.rows[next(iter(form.risks.rows))].raised.setChecked(True)

        def finish() -> None:
            window.grab().save(str(out / f"form_{language}.png"))
            form.dirty = False  # a screenshot, not a shift: quit without asking to save
            window.close_tab(window.tabs.indexOf(form))
            shoot_pages()

        QTimer.singleShot(300, finish)

    def shoot_pages() -> None:
        """The desk (shift leads: SHOT_USER=juht with SHOT_DEMO=1) and the feedback tab."""
        if window.desk_page is not None:
            window.tabs.setCurrentWidget(window.desk_page)
            window.desk_page.lists.setCurrentIndex(1)
        else:
            window.tabs.setCurrentWidget(window.feedback_page)

        def finish() -> None:
            name = "desk" if window.desk_page is not None else "feedback"
            window.grab().save(str(out / f"{name}_{language}.png"))
            if window.desk_page is None:
                app.quit()
                return
            window.tabs.setCurrentWidget(window.statistics_page)
            window.statistics_page.quick["last_month"].click()
            wait_for_statistics()

        def wait_for_statistics() -> None:
            if window.statistics_page.stats is None or window.statistics_page.busy:
                QTimer.singleShot(200, wait_for_statistics)
                return
            window.grab().save(str(out / f"statistics_{language}.png"))
            app.quit()

        QTimer.singleShot(300, finish)

    QTimer.singleShot(500, shoot)
    app.exec()
    store.close()


if __name__ == "__main__":
    main()
