"""Administration: the monthly minimum wage table that sets the standard limit of an aid decision."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.actor import SessionUser
from app.services.aid import decisions
from app.store.db import Store
from app.ui.aid.qualification_table import from_qdate, to_qdate
from app.ui.kit import formatting
from app.ui.kit.calls import FAILED, Failed, Route, call
from app.ui.kit.table_model import RIGHT, Column, RowTableModel
from app.ui.kit.text import fill
from app.ui.kit.widgets import ErrorLabel, with_error

Index = QModelIndex | QPersistentModelIndex


class RateTableModel(RowTableModel[decisions.Rate]):
    def columns(self) -> list[Column[decisions.Rate]]:
        right = {Qt.ItemDataRole.TextAlignmentRole: lambda _rate: RIGHT}
        return [
            Column(lambda: self.tr("Valid from"), lambda rate: formatting.day(rate.valid_from)),
            Column(lambda: self.tr("Monthly minimum wage"), lambda rate: formatting.money(rate.amount), right),
        ]

    def set_rates(self, rows: list[decisions.Rate]) -> None:
        self.set_rows(sorted(rows, key=lambda rate: rate.valid_from, reverse=True))  # the newest, most used, on top

    def rate_at(self, row: int) -> decisions.Rate:
        return self.row_at(row)


class RatesPage(QWidget):
    def __init__(self, store: Store, actor: SessionUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.actor = store, actor
        intro = QLabel(
            self.tr(
                "The standard limit of an aid decision is one monthly minimum wage: the rate in force on the "
                "decision's date, so decisions made earlier keep the rate of their day. The rate changes every "
                "year, usually on 1 January and sometimes in the middle of the year: add each new rate with the "
                "day it takes effect as soon as it is published."
            )
        )
        intro.setWordWrap(True)
        self.model = RateTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.valid_from = QDateEdit(QDate.currentDate())
        self.valid_from.setDisplayFormat("dd.MM.yyyy")
        self.valid_from.setCalendarPopup(True)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 946,00"))
        self.error = ErrorLabel()
        save = QPushButton(self.tr("&Save rate"))
        self.remove = QPushButton(self.tr("&Remove selected rate…"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.amount.setMinimumWidth(160)
        form.addRow(self.tr("&Valid from"), self.valid_from)
        form.addRow(self.tr("&Amount (€ a month)"), with_error(self.amount, self.error))
        save_row = QHBoxLayout()
        save_row.addWidget(save)
        save_row.addStretch()
        side = QVBoxLayout()
        side.addLayout(form)
        side.addLayout(save_row)
        side.addStretch()
        remove_row = QHBoxLayout()
        remove_row.addWidget(self.remove)
        remove_row.addStretch()
        table = QVBoxLayout()
        table.addWidget(self.view)
        table.addLayout(remove_row)
        body = QHBoxLayout()
        body.addLayout(table, 1)
        body.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(body)
        save.clicked.connect(self.save_rate)
        self.amount.returnPressed.connect(self.save_rate)
        self.remove.clicked.connect(self.remove_rate)
        self.view.selectionModel().currentRowChanged.connect(self._take_selected)
        self.reload()

    def reload(self) -> None:
        rates = call(self, self.store, decisions.list_rates)
        if isinstance(rates, Failed):
            return
        self.model.set_rates(rates)
        self.remove.setEnabled(False)

    def _take_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """A chosen row fills the form, so a typo in a rate is corrected by saving it again."""
        self.remove.setEnabled(current.isValid())
        if current.isValid():
            rate = self.model.rate_at(current.row())
            self.valid_from.setDate(to_qdate(rate.valid_from))
            self.amount.setText(f"{rate.amount:.2f}".replace(".", ","))
            self.error.clear_error()

    def save_rate(self) -> None:
        day = from_qdate(self.valid_from.date())
        route = Route(self, {"amount": self.error}, fallback="amount")
        if call(route, self.store, decisions.set_rate, self.actor, day, self.amount.text()) is FAILED:
            return
        self.amount.clear()
        self.reload()

    def remove_rate(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        rate = self.model.rate_at(index.row())
        answer = QMessageBox.question(
            self,
            self.tr("Remove rate"),
            fill(
                self.tr("Remove the rate %1 valid from %2? Decisions already made keep their limit."),
                formatting.money(rate.amount),
                formatting.day(rate.valid_from),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # a stray Enter or Space answers no
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if call(self, self.store, decisions.remove_rate, self.actor, rate.valid_from) is FAILED:
            return
        self.reload()
