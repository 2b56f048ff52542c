"""A new workstation joins the team's server from its first window, a person signs in to it as themselves, and the
sync runs for their session with its state in the status bar (issue 14). The server is a test's own with TLS and
SCRAM (tests.own_postgres), as docs/team.md sets one up; everything is typed and clicked as a person would."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from app.models import Contact, User
from app.models.enums import Role
from app.services.guard import team
from app.store.db import Store
from app.store.server import accounts, setup
from app.store.sync import local
from app.store.sync.status import SyncStatus
from app.store.sync.worker import SIGN_IN_REFUSED, SyncWorker, server_engine
from app.ui.shell import team_sync
from app.ui.shell.login import FirstAdministratorDialog, LoginDialog
from app.ui.shell.session import Session
from app.ui.shell.team_sync import JoinTeamDialog
from tests.own_postgres import OwnServer

pytestmark = pytest.mark.postgres

PASSWORD = "correct horse battery"
TAG = uuid.uuid4().hex[:6]


def login(person: str) -> str:
    return f"{person}{TAG}"


@dataclass
class Server:
    own: OwnServer
    ids: dict[str, uuid.UUID]


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    own = OwnServer()
    try:
        own.create()
        setup.init(own.superuser_url())
        engine = sa.create_engine(own.superuser_url())
        roles = {"mari": Role.COUNSELLOR, "jaan": Role.COUNSELLOR, "anna": Role.ADMINISTRATOR}
        ids = {person: uuid.uuid4() for person in roles}
        with engine.begin() as connection:
            for person, user_id in ids.items():
                connection.execute(
                    sa.insert(User).values(
                        id=user_id, username=login(person), full_name=person.title(), role=roles[person],
                        password_hash="x",
                    )
                )  # fmt: skip
                accounts.create_login(connection, login(person), PASSWORD, roles[person])
            connection.execute(
                sa.insert(Contact).values(
                    id=uuid.uuid4(), line="116006", channel="phone", started_at=sa.func.now(),
                    summary="an anonymous call on the server", handled_by_id=ids["jaan"], entered_by_id=ids["jaan"],
                    version=1, created_at=sa.func.now(), updated_at=sa.func.now(),
                )
            )  # fmt: skip
        engine.dispose()
        yield Server(own, ids)
    finally:
        own.destroy()


def _type(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, text)


def _fill(
    qtbot: QtBot, dialog: JoinTeamDialog, server: Server, *, password: str = PASSWORD, ca: str = "", who: str = "mari"
) -> None:
    _type(qtbot, dialog.host, "localhost")
    dialog.port.setFocus()
    dialog.port.lineEdit().selectAll()
    QTest.keyClicks(dialog.port, str(server.own.port))
    _type(qtbot, dialog.ca_file, ca or str(server.own.ca_file))
    _type(qtbot, dialog.username, login(who))
    _type(qtbot, dialog.password, password)


def _join(qtbot: QtBot, store: Store, server: Server, who: str = "mari") -> JoinTeamDialog:
    dialog = JoinTeamDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, server, who=who)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)
    return dialog


def _summaries(store: Store) -> set[str]:
    with store.engine.connect() as connection:
        return set(connection.execute(sa.select(Contact.summary)).scalars())


def test_the_first_window_offers_to_join_a_team(qtbot: QtBot, store: Store) -> None:
    dialog = FirstAdministratorDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.join_button.isVisible()
    assert "Join a team server" in dialog.join_button.text().replace("&", "")


def test_a_new_workstation_joins_and_its_person_is_signed_in(qtbot: QtBot, store: Store, server: Server) -> None:
    dialog = _join(qtbot, store, server)
    assert dialog.user is not None
    assert dialog.user.username == login("mari")
    assert "an anonymous call on the server" in _summaries(store)  # the team's contacts came down
    with store.unit_of_work() as uow:
        address = team.server_address(uow)
        assert address is not None
        assert "sslmode=verify-full" in address
        assert PASSWORD not in address  # the address is kept, the password never
        assert uow.session.scalar(sa.text("SELECT value FROM store_settings WHERE key = 'station_code'"))
    signed_in = team_sync.take(store, login("mari"))
    assert signed_in == (PASSWORD, address)  # for the session's sync, once
    assert team_sync.take(store, login("mari")) is None


def test_a_refused_password_and_a_missing_certificate_are_said_beside_their_fields(
    qtbot: QtBot, store: Store, server: Server, tmp_path: Path
) -> None:
    dialog = JoinTeamDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, server, ca=str(tmp_path / "no such file.crt"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "certificate" in dialog.errors["ca_file"].text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    _type(qtbot, dialog.ca_file, str(server.own.ca_file))
    _type(qtbot, dialog.password, "not the password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.errors["password"].text()), timeout=20_000)
    assert "did not accept" in dialog.errors["password"].text()
    assert dialog.errors["ca_file"].text() == ""
    with store.engine.connect() as connection:
        assert not local.installed(connection)  # nothing joined, nothing half-made


def test_the_session_syncs_as_the_person_and_shows_it(qtbot: QtBot, store: Store, server: Server) -> None:
    joined = _join(qtbot, store, server)
    assert joined.user is not None
    session = Session(store, "en", automatic_backups=False)
    window = session.begin(joined.user)
    qtbot.addWidget(window)
    try:
        assert session.team is not None
        qtbot.waitUntil(lambda: window.sync_indicator.isVisible(), timeout=20_000)
        status = window.sync_indicator.status()
        assert status is not None
        assert status.online
        engine = sa.create_engine(server.own.superuser_url())
        with engine.begin() as connection:
            connection.execute(
                sa.insert(Contact).values(
                    id=uuid.uuid4(), line="116006", channel="phone", started_at=sa.func.now(),
                    summary="saved on another workstation", handled_by_id=server.ids["jaan"],
                    entered_by_id=server.ids["jaan"], version=1, created_at=sa.func.now(), updated_at=sa.func.now(),
                )
            )  # fmt: skip
        engine.dispose()
        qtbot.waitUntil(lambda: "saved on another workstation" in _summaries(store), timeout=10_000)
        log = window.log_page.model  # and the log shows it without being asked
        qtbot.waitUntil(
            lambda: "saved on another workstation" in {log.row_at(n).summary for n in range(log.rowCount())},
            timeout=10_000,
        )
    finally:
        session.at_exit()
        window.close()
    assert session.team is None


def test_a_first_sign_in_here_needs_the_server_and_says_so(qtbot: QtBot, store: Store, server: Server) -> None:
    _join(qtbot, store, server)
    team_sync.take(store, login("mari"))
    with store.engine.begin() as connection:  # the server moves out of reach
        address = local.get_state(connection, team.SERVER)
        assert address is not None
        local.set_state(connection, team.SERVER, str(sa.make_url(address).set(port=1)))
    dialog = LoginDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.username, login("jaan"))  # never signed in on this workstation
    _type(qtbot, dialog.password, PASSWORD)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20_000)
    assert "first sign-in on this computer" in dialog.error.text()  # beside the password, not a box
    assert dialog.result() != QDialog.DialogCode.Accepted
    # mari signed in here before (when joining): she signs in offline
    _type(qtbot, dialog.username, login("mari"))
    _type(qtbot, dialog.password, PASSWORD)
    QTest.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20_000)


def test_a_sign_in_the_server_no_longer_accepts_is_a_problem_not_offline(
    qtbot: QtBot, store: Store, server: Server
) -> None:
    _join(qtbot, store, server)
    signed_in = team_sync.take(store, login("mari"))
    assert signed_in is not None
    seen: list[SyncStatus] = []
    worker = SyncWorker(
        store, server_engine(team.person_url(signed_in[1], login("mari"), "changed meanwhile")), seen.append,
        offline_retry=0.2,
    )  # fmt: skip
    worker.start()
    try:
        qtbot.waitUntil(lambda: any(status.problem for status in seen), timeout=15_000)
    finally:
        worker.stop()
    assert seen[-1].problem == SIGN_IN_REFUSED


def test_an_administrator_sees_the_teams_workstations(qtbot: QtBot, store: Store, server: Server) -> None:
    joined = _join(qtbot, store, server, who="anna")
    assert joined.user is not None
    session = Session(store, "en", automatic_backups=False)
    window = session.begin(joined.user)
    qtbot.addWidget(window)
    try:
        assert window.team_server is not None
        dialog = window.open_workstations()
        assert dialog is not None  # deleted on close (not the test's to close)
        qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=15_000)
        with store.unit_of_work() as uow:
            station = uow.session.scalar(sa.text("SELECT value FROM store_settings WHERE key = 'station_code'"))
        assert station in {row.station_code for row in dialog.model.rows()}
        dialog.close()
        # a new counsellor made in Administration is made on the server, with a login of their own
        from app.ui.admin.dialog import NewUserDialog

        new_user = NewUserDialog(store, joined.user, window, team=window.team_server)
        qtbot.addWidget(new_user)
        new_user.show()
        _type(qtbot, new_user.username, login("kati"))
        _type(qtbot, new_user.full_name, "Kati Kask")
        _type(qtbot, new_user.password, "a first long password")
        box = new_user.findChild(QDialogButtonBox)
        assert box is not None
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert new_user.result() == QDialog.DialogCode.Accepted
        with window.team_server.unit_of_work() as uow:
            address = str(window.team_server.engine.url.set(username=None, password=None))
            assert uow.session.scalar(sa.select(User.full_name).where(User.username == login("kati"))) == "Kati Kask"
        assert team.check_on_server(address, login("kati"), "a first long password")
    finally:
        session.at_exit()
        window.close()
        engine = sa.create_engine(server.own.superuser_url("postgres"), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{login("kati")}"')
        engine.dispose()
