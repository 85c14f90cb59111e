"""Unhandled exceptions: the traceback goes to the log file, the user sees one friendly message."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.logs import log_exception

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def friendly_message(log_path: str) -> str:
    return QCoreApplication.translate(
        "ExceptHook",
        "Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu.\n"
        "Les détails techniques ont été écrits dans : {0}",
    ).format(log_path)


def install(show: Callable[[str], None] | None = None) -> ExceptHook:
    """Replace sys.excepthook; returns the previous hook. `show` displays the message."""

    def _show(text: str) -> None:
        if QApplication.instance() is not None:
            QMessageBox.critical(QApplication.activeWindow(), "OfferDesk", text)
        else:
            print(text, file=sys.stderr)

    display = show or _show

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        try:
            raise value.with_traceback(tb)
        except BaseException:
            path = log_exception("desktop application")
        display(friendly_message(str(path)))

    previous = sys.excepthook
    sys.excepthook = hook
    return previous
