"""Screenshots of the main screens for looking at them (run under Xvfb: see docs/development.md).

xvfb-run -a -s '-screen 0 1366x768x24' .venv/bin/python -m scripts.screenshots shots/   # from the repository's root

After the log, the contact form, the desk (or feedback) and statistics come the data-protection screens: a repeat
caller's number recognised, the locked main window, the passphrase dialog for a new store, the audit trail (shift
leads and administrators) and Administration → Security (as the demo administrator, or the first user without
SHOT_DEMO). Dialogs are shown without ``exec()`` and grabbed. An in-memory keyring is used: the machine's is never
touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import keyring
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from app.models.base import utcnow
from app.models.drafts import DraftKind
from app.models.enums import Line, Role
from app.services import drafts
from app.services.actor import SessionUser
from app.services.contacts import contact_view
from app.services.contacts.editing import ContactInput, save_contact
from app.services.guard import auth
from app.store.db import Store
from app.ui.admin.audit_dialog import AuditDialog
from app.ui.admin.dialog import AdminDialog
from app.ui.aid.decision_dialog import DecisionDialog
from app.ui.kit.conflict_dialog import ConflictDialog
from app.ui.kit.theme import install_theme
from app.ui.shell.application import install_translation
from app.ui.shell.drafts import DraftRecoveryDialog, contact_payload
from app.ui.shell.lock import install_lock
from app.ui.shell.main_window import MainWindow
from app.ui.shell.passphrase import PassphraseDialog
from app.ui.shell.session import build_context
from tests.file_keyring import MemoryKeyring

DEMO_PASSWORD = "demo-parool-2026"
REPEAT_CALLER = "+372 5871 2345"


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    language = os.environ.get("SHOT_LANGUAGE", "en")
    os.environ["HELPLINE_DATA_DIR"] = tempfile.mkdtemp()
    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv[:1])
    install_translation(app, language)
    theme = install_theme(app)
    theme.choice = os.environ.get("SHOT_THEME", "light")  # not saved: the user's own settings stay as they are
    theme.apply()
    suffix = "" if theme.choice == "light" else f"_{theme.choice}"
    language_suffix = language + suffix
    store = Store.open(f"sqlite:///{tempfile.mkdtemp()}/shots.sqlite3")
    demo = os.environ.get("SHOT_DEMO")
    if demo:
        from app.demo.data import fill_demo_store

        fill_demo_store(store)
        with store.unit_of_work() as uow:
            user = auth.authenticate(uow, os.environ.get("SHOT_USER", "mari"), DEMO_PASSWORD)
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
    lock = install_lock(window, store, user)

    def later(step: Callable[[], None], ms: int = 300) -> None:
        QTimer.singleShot(ms, step)

    def shoot_dialog(dialog: QWidget, name: str, then: Callable[[], None]) -> None:
        """Show a dialog without exec() (a modal one would block the script), grab it, close it."""
        dialog.show()

        def finish() -> None:
            dialog.grab().save(str(out / f"{name}_{language_suffix}.png"))
            dialog.close()
            dialog.deleteLater()
            then()

        later(finish)

    def shoot() -> None:
        window.grab().save(str(out / f"log_{language_suffix}.png"))
        form = window.new_contact()
        form.identity.identified.setChecked(True)
        form.identity.full_name.setText("Jüri Õunapuu")
        form.identity.id_code.setText("37605030290")
        form.identity.id_code.editingFinished.emit()
        form.summary.setPlainText("Helistaja räägib, et partner ähvardas teda eile õhtul.")
        form.risks.rows[next(iter(form.risks.rows))].raised.setChecked(True)

        def finish() -> None:
            window.grab().save(str(out / f"form_{language_suffix}.png"))
            form.risks.rows[next(iter(form.risks.rows))].raised.setChecked(False)
            form.identity.id_code.setText("37605030299")  # a valid code, so that the contact saves
            if form.save() and form.contact_id is not None:  # the aid decision for this caller
                decision = DecisionDialog(store, user, form.contact_id, "Jüri Õunapuu", None, window)
                shoot_dialog(decision, "decision", close_form)
            else:
                close_form()

        def close_form() -> None:
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
            window.grab().save(str(out / f"{name}_{language_suffix}.png"))
            if window.desk_page is None:
                shoot_caller_number()
                return
            window.tabs.setCurrentWidget(window.statistics_page)
            window.statistics_page.quick["last_month"].click()
            wait_for_statistics()

        def wait_for_statistics() -> None:
            if window.statistics_page.stats is None or window.statistics_page.busy:
                QTimer.singleShot(200, wait_for_statistics)
                return
            window.grab().save(str(out / f"statistics_{language_suffix}.png"))
            shoot_caller_number()

        QTimer.singleShot(300, finish)

    def shoot_caller_number() -> None:
        """An anonymous caller whose number called twice before: the form says so."""
        with store.unit_of_work() as uow:
            for minutes, text in ((60 * 26, "Helistab öösiti, ei saa magada."), (60 * 3, "Jälle unetu, rääkisime.")):
                started = utcnow() - timedelta(minutes=minutes)
                save_contact(uow, user, ContactInput(started_at=started, summary=text, caller_number=REPEAT_CALLER))
            uow.commit()
        form = window.new_contact()
        form.identity.anonymous.setChecked(True)
        form.identity.caller_number.setText("5871 2345")
        form.identity.caller_number.editingFinished.emit()
        form.summary.setPlainText("Helistaja ei soovi nime öelda.")

        def finish() -> None:
            window.grab().save(str(out / f"caller_number_{language_suffix}.png"))
            form.dirty = False
            window.close_tab(window.tabs.indexOf(form))
            shoot_lock()

        later(finish)

    def shoot_lock() -> None:
        """The main window locked (Ctrl+L) over a contact form with typed text: no data may show."""
        form = window.new_contact()
        form.identity.identified.setChecked(True)
        form.identity.full_name.setText("Jüri Õunapuu")
        form.summary.setPlainText("Helistaja räägib, et partner ähvardas teda eile õhtul.")
        form.summary.setFocus()

        def locked() -> None:
            lock.lock()
            later(finish)

        def finish() -> None:
            window.grab().save(str(out / f"lock_{language_suffix}.png"))
            print(f"lock: title {window.windowTitle()!r}, locked {lock.locked}")
            lock.unlock()
            form.dirty = False
            window.close_tab(window.tabs.indexOf(form))
            shoot_dialog(PassphraseDialog(new=True, retry=False, parent=window), "passphrase", shoot_audit)

        later(locked)

    def shoot_audit() -> None:
        if user.role not in (Role.SHIFT_LEAD, Role.ADMINISTRATOR):
            print("audit: skipped (the audit trail is for shift leads and administrators)")
            shoot_security()
            return
        dialog = AuditDialog(store, user, window)
        dialog.verify()  # the chain check's verdict beside the buttons
        print(f"audit: {dialog.model.rowCount()} entries listed")
        shoot_dialog(dialog, "audit", shoot_security)

    def shoot_security() -> None:
        administrator = user if user.role == Role.ADMINISTRATOR else demo_administrator()
        if administrator is None:
            print("security: skipped (no administrator to show it to)")
            shoot_conflict()
            return
        dialog = AdminDialog(store, administrator, window)
        tabs = dialog.findChild(QTabWidget)
        assert tabs is not None
        tabs.setCurrentWidget(dialog.security)
        shoot_dialog(dialog, "security", shoot_conflict)

    def shoot_conflict() -> None:
        """Someone else saved the contact meanwhile: the field-by-field choice."""
        form = window.new_contact()
        form.summary.setPlainText("Helistaja on mures, naaber ähvardab.")
        assert form.save()
        assert form.contact_id is not None
        with store.unit_of_work() as uow:
            stored = contact_view.load_contact(uow, user, form.contact_id)
        with store.unit_of_work() as uow:
            changed = replace(stored.data, line=Line.WEB, summary="Helistaja on mures. Juht: helistada homme tagasi.")
            save_contact(uow, user, changed, contact_id=form.contact_id, expected_version=stored.version)
        form.summary.setPlainText("Helistaja on mures, naaber ähvardab. Lubas homme uuesti helistada.")
        shown: list[ConflictDialog] = []

        def show_instead(dialog: ConflictDialog) -> int:
            shown.append(dialog)
            return 0  # "Back to the form": the screenshot decides nothing

        ConflictDialog.exec = show_instead  # type: ignore[method-assign]
        form.save()
        form.dirty = False
        dialog = ConflictDialog(shown[0].found, user.full_name, shown[0].names, window)
        shoot_dialog(dialog, "conflict", shoot_drafts)

    def shoot_drafts() -> None:
        """The next start after a crash: the unfinished forms offered."""
        for summary in ("Helistaja kardab koju minna, räägib", "Pooleli: tagasihelistamine kokku lepitud"):
            left = window.new_contact()
            left.summary.setPlainText(summary)
            with store.unit_of_work() as uow:
                drafts.save_draft(uow, user, DraftKind.CONTACT, contact_payload(left))
                uow.commit()
            left.dirty = False
        with store.unit_of_work() as uow:
            views = drafts.my_drafts(uow, user)
        shoot_dialog(DraftRecoveryDialog(views, window), "drafts", app.quit)

    def demo_administrator() -> SessionUser | None:
        if not demo:
            return None
        with store.unit_of_work() as uow:
            return auth.authenticate(uow, "admin", DEMO_PASSWORD)

    QTimer.singleShot(500, shoot)
    app.exec()
    store.close()


if __name__ == "__main__":
    main()
