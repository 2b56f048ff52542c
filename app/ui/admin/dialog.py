"""Administration: user accounts, the topic taxonomy, the workstation, providers, rates, the shift lead's desk and
security (administrators only; the services enforce it)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import Role
from app.services.actor import SessionUser
from app.services.contacts import cases, taxonomy
from app.services.guard import auth, team_accounts
from app.store.db import Store
from app.ui.admin.names_table import NamesServices, NamesTablePage
from app.ui.admin.review import CriteriaPage, DeskSettingsPage
from app.ui.admin.security import SecurityPage
from app.ui.admin.workstations_dialog import WorkstationsLoader, open_workstations
from app.ui.aid.providers_page import ProvidersPage
from app.ui.aid.rates_page import RatesPage
from app.ui.kit import labels
from app.ui.kit.calls import FAILED, Failed, Route, call
from app.ui.kit.widgets import CodeCombo, ErrorLabel, with_error

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class NewUserDialog(QDialog):
    """``team``: in team mode the team server, where the user is made (with their login role): they sign in to it
    as themselves, on any of the team's workstations."""

    def __init__(
        self, store: Store, actor: SessionUser, parent: QWidget | None = None, *, team: Store | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.actor, self.team = store, actor, team
        self.setWindowTitle(self.tr("New user"))
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = CodeCombo(list(Role))
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {name: ErrorLabel() for name in ("username", "full_name", "phone", "email", "password")}
        form = QFormLayout()
        form.addRow(self.tr("&User name"), with_error(self.username, self.errors["username"]))
        form.addRow(self.tr("&Full name"), with_error(self.full_name, self.errors["full_name"]))
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Phone (for notices)"), with_error(self.phone, self.errors["phone"]))
        form.addRow(self.tr("&E-mail (for notices)"), with_error(self.email, self.errors["email"]))
        form.addRow(self.tr("First pass&word"), with_error(self.password, self.errors["password"]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_create)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def try_create(self) -> None:
        added = call(
            Route(self, self.errors, fallback="username"),
            self.team or self.store,
            team_accounts.create_user if self.team is not None else auth.create_user,
            self.actor,
            self.username.text(),
            self.full_name.text(),
            self.password.text(),
            self.role.code() or Role.COUNSELLOR,
            phone=self.phone.text().strip() or None,
            email=self.email.text().strip() or None,
        )
        if added is FAILED:
            return
        self.accept()


class UsersPage(QWidget):
    """The user accounts: of this store, or in team mode (``team``: the team server as the administrator) of the
    team, each change made on the server with the person's login role (``app.services.guard.team_accounts``); the
    workstations take the accounts from there."""

    def __init__(
        self, store: Store, actor: SessionUser, parent: QWidget | None = None, *, team: Store | None = None
    ) -> None:
        super().__init__(parent)
        self.team = team
        self.store, self.actor = team or store, actor
        self.local_store = store
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Active")]
        )
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        add = QPushButton(self.tr("&Add user…"))
        toggle = QPushButton(self.tr("Activate / &deactivate"))
        reset = QPushButton(self.tr("&Reset password…"))
        contacts = QPushButton(self.tr("&Contacts…"))
        contacts.setToolTip(self.tr("Phone and e-mail printed on the notices this user sends"))
        self.role = CodeCombo(list(Role))
        self.role.setAccessibleName(self.tr("Role"))  # for screen readers: no label beside it
        set_role = QPushButton(self.tr("Set r&ole"))
        buttons = QHBoxLayout()
        for widget in (add, toggle, reset, contacts, self.role, set_role):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        add.clicked.connect(self.add_user)
        toggle.clicked.connect(self.toggle_active)
        reset.clicked.connect(self.reset_password)
        contacts.clicked.connect(self.edit_contacts)
        set_role.clicked.connect(self.set_role)
        self.reload()

    def reload(self) -> None:
        users = call(self, self.store, auth.list_users, self.actor)
        if isinstance(users, Failed):
            return
        self.model.removeRows(0, self.model.rowCount())
        for user in users:
            first = QStandardItem(user.username)
            first.setData(str(user.id), ID_ROLE)
            first.setData(user.active, ID_ROLE + 1)
            self.model.appendRow(
                [
                    first,
                    QStandardItem(user.full_name),
                    QStandardItem(labels.label(user.role)),
                    QStandardItem(self.tr("yes") if user.active else self.tr("no")),
                ]
            )

    def _selected(self) -> tuple[uuid.UUID, bool] | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        item = self.model.item(index.row(), 0)
        return uuid.UUID(item.data(ID_ROLE)), bool(item.data(ID_ROLE + 1))

    def _run(self, use_case: Callable[..., None], *args: object) -> None:
        """One change to the chosen user; a refusal is said in a box, and the list shows what is stored."""
        call(self, self.store, use_case, self.actor, *args)
        self.reload()

    def add_user(self) -> None:
        dialog = NewUserDialog(self.local_store, self.actor, self, team=self.team)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def toggle_active(self) -> None:
        chosen = self._selected()
        if chosen:
            self._run(team_accounts.set_active if self.team else auth.set_active, chosen[0], not chosen[1])

    def set_role(self) -> None:
        chosen = self._selected()
        role = self.role.code()
        if chosen and role:
            self._run(team_accounts.set_role if self.team else auth.set_role, chosen[0], role)

    def edit_contacts(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        phone, ok = QInputDialog.getText(self, self.tr("Contacts"), self.tr("Phone (empty for none):"))
        if not ok:
            return
        email, ok = QInputDialog.getText(self, self.tr("Contacts"), self.tr("E-mail (empty for none):"))
        if ok:
            self._run(auth.set_contacts, chosen[0], phone, email)

    def reset_password(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        password, ok = QInputDialog.getText(
            self,
            self.tr("Reset password"),
            self.tr("New password (at least 10 characters):"),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._run(team_accounts.reset_password if self.team else auth.reset_password, chosen[0], password)


class TopicsPage(NamesTablePage):
    """The taxonomy: names in three languages and whether the topic is still offered; saved in one transaction."""

    def __init__(self, store: Store, actor: SessionUser, parent: QWidget | None = None) -> None:
        services = NamesServices(taxonomy.list_topics, taxonomy.add_topic, taxonomy.update_topic, taxonomy.save_topics)
        super().__init__(store, actor, services, parent)
        self.add_button.setText(self.tr("&Add topic"))
        self.save_button.setText(self.tr("&Save topics"))


class WorkstationPage(QWidget):
    """This store's station code, part of every case number made here (``OA-2026-<code>-000123``); in team mode, a
    button to the team's workstations (``workstations``: their loader, None outside team mode)."""

    def __init__(
        self,
        store: Store,
        actor: SessionUser,
        parent: QWidget | None = None,
        *,
        workstations: WorkstationsLoader | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        self.workstations = workstations
        current = call(self, store, cases.read_station_code)
        intro = QLabel(
            self.tr(
                "Case numbers carry the station code of the store they were made in, so numbers made on different "
                "workstations never collide. Give every workstation with its own store a different code."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit("" if isinstance(current, Failed) else current)
        self.code.setMaxLength(4)
        self.error = ErrorLabel()
        save = QPushButton(self.tr("&Save station code"))
        form = QFormLayout()
        form.addRow(self.tr("Station &code"), with_error(self.code, self.error))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(save)
        self.team_button = QPushButton(self.tr("Team &workstations…"))
        self.team_button.setToolTip(self.tr("Every workstation of the team and its last sync with the server"))
        self.team_button.setEnabled(workstations is not None)
        self.team_button.setVisible(workstations is not None)  # team mode only
        self.team_button.clicked.connect(self.open_workstations)
        layout.addWidget(self.team_button)
        if workstations is not None:  # team mode: the server gave this workstation its code, unique in the team
            self.code.setReadOnly(True)
            save.setEnabled(False)
            save.setToolTip(self.tr("On a team workstation the station code comes from the team server."))
        layout.addStretch()
        save.clicked.connect(self.save)

    def open_workstations(self) -> None:
        if self.workstations is not None:
            open_workstations(self.workstations, self)

    def save(self) -> None:
        route = Route(self, {"station_code": self.error}, fallback="station_code")
        code = call(route, self.store, cases.set_station_code, self.actor, self.code.text())
        if not isinstance(code, Failed):
            self.code.setText(code)


class AdminDialog(QDialog):
    """``workstations``: in team mode, the loader of the team's workstations (the Workstation tab's button);
    ``team``: the team server as the administrator, where the user accounts are kept."""

    def __init__(
        self,
        store: Store,
        actor: SessionUser,
        parent: QWidget | None = None,
        *,
        workstations: WorkstationsLoader | None = None,
        team: Store | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Administration"))
        tabs = QTabWidget()
        self.users = UsersPage(store, actor, team=team)
        self.topics = TopicsPage(store, actor)
        tabs.addTab(self.users, self.tr("Users"))
        tabs.addTab(self.topics, self.tr("Topics"))
        self.workstation = WorkstationPage(store, actor, workstations=workstations)
        tabs.addTab(self.workstation, self.tr("Workstation"))
        self.providers = ProvidersPage(store, actor)
        tabs.addTab(self.providers, self.tr("Providers"))
        self.rates = RatesPage(store, actor)
        tabs.addTab(self.rates, self.tr("Minimum wage"))
        self.criteria = CriteriaPage(store, actor)
        tabs.addTab(self.criteria, self.tr("Review criteria"))
        self.desk = DeskSettingsPage(store, actor)
        tabs.addTab(self.desk, self.tr("Shift desk"))
        self.security = SecurityPage(store, actor)
        tabs.addTab(self.security, self.tr("Security"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(1100, 560)
