"""1,000 labels to PDF, streamed page by page, beside a raw baseline in the same run.

    .venv/bin/python -m tests.benchmarks.labels [--labels 1000] [--runs 3]

Baseline: QR matrices from the same library and the same QPainter calls (one path per code,
the same text lines) on the same QPdfWriter, with none of the program's logic (no database
read, no layout, no text fitting). Target (issue 4): ≤ 1.5× the baseline and under 3 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.common import CACHE, demo_database, report


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    os.environ["INVENTARIS_HOME"] = str(CACHE / "home")
    url, _ = demo_database(100_000)

    import qrcode
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath, QPdfWriter

    from inventaris.accounts import authenticate
    from inventaris.core.db import Database
    from inventaris.core.schema import prepare_database
    from inventaris.labels import BUILT_IN_TEMPLATES, QR_MASK, assets_for_labels, label_data
    from ui.labels.painter import PrintOptions, page_layout, write_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    db = Database(url)
    prepare_database(db)
    actor = authenticate(db, "pengurus", "demo1234")
    ids = assets_for_labels(db, actor)[: args.labels]
    template = BUILT_IN_TEMPLATES[0]
    folder = Path(tempfile.mkdtemp())

    def ours() -> None:
        labels = label_data(db, actor, ids)
        write_pdf(folder / "ours.pdf", template, labels, PrintOptions())

    payloads = [label.payload for label in label_data(db, actor, ids)]

    def raw() -> None:
        writer = QPdfWriter(str(folder / "raw.pdf"))
        writer.setResolution(600)
        writer.setPageLayout(page_layout(template))
        painter = QPainter(writer)
        scale = writer.logicalDpiX() / 25.4
        font = QFont("DejaVu Sans")
        font.setPointSizeF(6)
        painter.setFont(font)
        for index, payload in enumerate(payloads):
            if index and index % template.per_page == 0:
                writer.newPage()
            cell = template.cell(index)
            code = qrcode.QRCode(
                error_correction=qrcode.constants.ERROR_CORRECT_M, border=4, mask_pattern=QR_MASK
            )
            code.add_data(payload)
            code.make(fit=True)
            matrix = code.get_matrix()
            module = 34 * scale / len(matrix)
            path = QPainterPath()
            for row, line in enumerate(matrix):
                for column, dark in enumerate(line):
                    if dark:
                        path.addRect(
                            QRectF(
                                (cell.x + 2) * scale + column * module,
                                (cell.y + 2) * scale + row * module,
                                module,
                                module,
                            )
                        )
            painter.fillPath(path, QColor(Qt.GlobalColor.black))
            for line in range(6):
                painter.drawText(
                    QRectF(
                        (cell.x + 38) * scale,
                        (cell.y + 2 + line * 5) * scale,
                        24 * scale,
                        5 * scale,
                    ),
                    payload[:30],
                )
        painter.end()

    def best(function) -> float:  # type: ignore[no-untyped-def]
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            function()
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    raw_time, our_time = best(raw), best(ours)
    print(f"labels, {len(ids)} on {template.name}, median of {args.runs}", flush=True)
    report(
        f"{len(ids)} labels to PDF",
        our_time,
        raw_time,
        "qrcode + same painter calls",
        "≤ 1.5×, < 3 s",
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
