"""Started as a fresh process by the start-up benchmark; prints when each stage is reached.

``bare``: a bare PySide6 window (the baseline). ``inventaris``: the real start-up path (window,
database opened in the background), then an automatic login as admin and the dashboard filled.
Each line is ``stage <unix time>``; the parent subtracts the moment it spawned us.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def mark(stage: str) -> None:
    print(f"{stage} {time.time():.6f}", flush=True)


def bare() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1280, 760)
    window.show()
    QTimer.singleShot(0, lambda: (mark("shown"), app.quit()))
    app.exec()


def inventaris(url: str) -> None:
    from PySide6.QtCore import QTimer

    from tests.benchmarks.common import isolate_settings
    from ui.app import Launcher, create_application
    from ui.i18n import install_translator
    from ui.icons import icon

    app = create_application(sys.argv)
    isolate_settings()
    language = install_translator(app, "id")
    app.setWindowIcon(icon("app"))
    launcher = Launcher(url, language)
    # The shown signal fires inside show(); mark once the event loop has painted, like bare().
    launcher.window_shown.connect(lambda: QTimer.singleShot(0, lambda: mark("shown")))

    def log_in() -> None:
        mark("ready")
        dialog = launcher.dialog
        dialog.username.setText("admin")  # type: ignore[union-attr]
        dialog.password.setText("demo1234")  # type: ignore[union-attr]
        dialog.try_login()  # type: ignore[union-attr]

    def logged_in() -> None:
        mark("logged_in")
        home = launcher.window.pages["home"]
        home.loaded.connect(lambda: (mark("dashboard"), app.quit()))  # type: ignore[attr-defined]

    launcher.database_ready.connect(lambda: QTimer.singleShot(0, log_in))
    launcher.logged_in.connect(logged_in)
    launcher.failed.connect(lambda text: (print(text, file=sys.stderr), app.exit(1)))
    launcher.start()
    sys.exit(app.exec())


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        inventaris(sys.argv[2])
