"""What the user sees when something goes wrong: a sentence, never a traceback.

Domain errors are shown translated. Anything unexpected is written with its traceback to the log
file in the data folder, and the user gets a short message that says where that file is.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from inventaris.core.db import MSG_CONNECTION_LOST, MSG_LOCKED
from inventaris.core.errors import DatabaseError, DomainError
from inventaris.core.paths import log_file
from ui.i18n import error_text

log = logging.getLogger("inventaris")


def setup_logging() -> None:
    root = logging.getLogger()
    if any(isinstance(handler, logging.handlers.RotatingFileHandler) for handler in root.handlers):
        return
    try:
        handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except (OSError, DomainError):
        return  # a read-only data folder must not stop the program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def message_for(error: BaseException) -> str:
    if isinstance(error, DomainError):
        return error_text(error)
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    try:
        path = str(log_file())
    except (OSError, DomainError):  # the error handler itself never fails
        return QCoreApplication.translate(
            "Errors",
            "Something unexpected went wrong, and the data folder cannot be written to keep the "
            "details. Please tell your Admin.",
        )
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong; the details are written to {path}. "
        "Please tell your Admin.",
    ).format(path=path)


def is_connection_lost(error: BaseException) -> bool:
    """The database server went away (the network, or the server stopped)."""
    return isinstance(error, DatabaseError) and error.template == MSG_CONNECTION_LOST


def is_retryable(error: BaseException) -> bool:
    """Trying the same again can succeed without changing anything: the server is back, or the
    other program let go of the database."""
    return isinstance(error, DatabaseError) and error.template in (MSG_CONNECTION_LOST, MSG_LOCKED)


def load_failure_text(error: BaseException) -> str:
    """Why a list could not be loaded. The engine's lost-connection sentence speaks of what
    was typed; a page has nothing typed to keep."""
    if isinstance(error, DatabaseError) and is_connection_lost(error):
        return QCoreApplication.translate(
            "Errors",
            "The connection to the database server {server} is lost (the network, or the server "
            "is stopped), so this list cannot be loaded now. Nothing is lost: it loads again "
            "when the server is back.",
        ).format(server=error.params.get("server", ""))
    return message_for(error)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    QMessageBox.warning(
        parent, QCoreApplication.translate("Errors", "Inventaris"), message_for(error)
    )


def _excepthook(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    log.error("uncaught exception", exc_info=(kind, error, traceback))
    if isinstance(error, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    try:
        show_error(None, error)
    except Exception:  # the message box itself failed: the log still has it
        log.exception("could not show the error")


def install_excepthook() -> None:
    sys.excepthook = _excepthook
