"""Labels: every QR code on every built-in template decodes to the right asset, and nothing
leaves its cell."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtGui import QImage, QPainter

from inventaris.accounts import authenticate
from inventaris.core.db import Database
from inventaris.core.errors import ValidationError
from inventaris.labels import (
    BUILT_IN_TEMPLATES,
    MAX_PAYLOAD,
    MIN_MODULE_MM,
    QUIET_ZONE_MODULES,
    Template,
    assets_for_labels,
    check_readable,
    check_template,
    label_data,
    label_layout,
    mark_labels_printed,
    module_size,
    pages,
    qr_modules,
    qr_payload,
    resolve_scan,
)
from ui.labels.painter import LabelPainter, PrintOptions, write_pdf


def _decode(path: Path, dpi: int = 300) -> list[str]:
    document = pypdfium2.PdfDocument(str(path))
    found: list[str] = []
    try:
        for page in document:
            image = page.render(scale=dpi / 72).to_pil()
            found.extend(result.text for result in zxingcpp.read_barcodes(image))
            page.close()
    finally:
        document.close()
    return found


@pytest.mark.parametrize("template", BUILT_IN_TEMPLATES, ids=lambda t: t.name)
def test_every_label_of_every_template_decodes_to_its_asset(
    qapp, demo_db: Database, tmp_path: Path, template: Template
) -> None:
    actor = authenticate(demo_db, "pengurus", "demo1234")
    count = template.per_page + 3 if template.per_page > 1 else 3  # a second page too
    labels = label_data(demo_db, actor, assets_for_labels(demo_db, actor)[:count])
    path = tmp_path / f"{template.name}.pdf"
    printed_pages = write_pdf(path, template, labels, PrintOptions(start=2 if count > 3 else 1))
    assert printed_pages == len(list(pages(template, len(labels), 2 if count > 3 else 1)))
    decoded = _decode(path)
    assert sorted(decoded) == sorted(label.payload for label in labels)
    for text in decoded:
        asset_id = resolve_scan(demo_db, actor, text)
        assert asset_id == next(label.asset_id for label in labels if label.payload == text)


def test_the_payload_is_short_ascii_and_tells_a_phone_what_it_is() -> None:
    payload = qr_payload(
        "7K3MQ2XA9B",
        "1.3.2.10.01.02.002.000007",
        "Laptop Lenovo – Ruang Kepala Bagian Umum Sekretariat Daerah Kabupaten",
    )
    assert payload.startswith("INV:7K3MQ2XA9B 1.3.2.10.01.02.002.000007 Laptop Lenovo - Ruang")
    assert len(payload) <= MAX_PAYLOAD and payload.isascii()
    modules = qr_modules(payload)
    # The quiet zone: four light modules all round.
    assert not any(modules[0]) and not any(row[0] for row in modules)
    assert not any(any(row[:QUIET_ZONE_MODULES]) for row in modules)


@pytest.mark.parametrize("template", BUILT_IN_TEMPLATES, ids=lambda t: t.name)
def test_geometry_keeps_everything_inside_its_label_and_modules_large(template: Template) -> None:
    check_template(template)
    page = Template("page", "", 0, 0, 0, 0, 1, 1, template.page_width, template.page_height)
    page_rect = page.cell(0)
    cells = [template.cell(position) for position in range(template.per_page)]
    for index, cell in enumerate(cells):
        assert page_rect.contains(cell)
        for other in cells[index + 1 :]:  # no two labels overlap
            assert (
                cell.right <= other.x + 1e-6
                or other.right <= cell.x + 1e-6
                or cell.bottom <= other.y + 1e-6
                or other.bottom <= cell.y + 1e-6
            )
    for with_logo in (False, True):
        layout = label_layout(template, with_logo=with_logo)
        parts = [layout.qr, *(rect for _role, rect in layout.lines)]
        if layout.logo:
            parts.append(layout.logo)
        assert all(layout.bounds.contains(part) for part in parts)
    longest = qr_payload("Z" * 10, "1.3.2.10.01.02.002.999999", "X" * 80)
    assert module_size(template, len(qr_modules(longest))) >= MIN_MODULE_MM
    check_readable(template, [longest])


def test_text_that_cannot_fit_is_shrunk_then_cut(qapp) -> None:
    image = QImage(800, 800, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    drawer = LabelPainter(painter, image, PrintOptions())  # type: ignore[arg-type]
    template = next(t for t in BUILT_IN_TEMPLATES if t.name == "a4-4x10")
    _role, rect = label_layout(template).lines[2]
    font, shown = drawer.fit_text("Meja rapat oval kayu jati untuk dua belas orang " * 3, rect)
    painter.end()
    assert font.pointSizeF() == pytest.approx(4.0) and shown.endswith("…")
    from PySide6.QtGui import QFontMetricsF

    assert QFontMetricsF(font, image).horizontalAdvance(shown) <= rect.width * drawer.scale_x


def test_templates_that_do_not_fit_the_page_are_refused() -> None:
    bad = Template("mine", "", 210, 297, 10, 10, 4, 7, 50, 38)
    with pytest.raises(ValidationError, match="need 211 mm, but the page is 210 mm"):
        check_template(bad.__class__(**{**bad.__dict__, "margin_left": 11}))
    with pytest.raises(ValidationError, match="too small for a readable QR"):
        check_readable(Template("tiny", "", 30, 15, 0, 0, 1, 1, 30, 15), ["INV:" + "X" * 70])
    with pytest.raises(ValidationError, match="from 1 to 21"):
        list(pages(BUILT_IN_TEMPLATES[0], 5, start=22))


def test_start_position_skips_used_cells_and_printing_is_remembered(demo_db: Database) -> None:
    template = BUILT_IN_TEMPLATES[0]  # 21 per sheet
    laid_out = list(pages(template, 25, start=19))
    assert [len(page) for page in laid_out] == [3, 21, 1]
    assert laid_out[0][0] == (0, 18)
    actor = authenticate(demo_db, "pengurus", "demo1234")
    first_ten = assets_for_labels(demo_db, actor)[:10]
    before = len(assets_for_labels(demo_db, actor, unlabelled=True))
    mark_labels_printed(demo_db, actor, first_ten)
    assert len(assets_for_labels(demo_db, actor, unlabelled=True)) == before - 10


def test_scans_resolve_keys_codes_and_say_none_for_strangers(demo_db: Database) -> None:
    actor = authenticate(demo_db, "pengurus", "demo1234")
    label = label_data(demo_db, actor, assets_for_labels(demo_db, actor)[:1])[0]
    assert resolve_scan(demo_db, actor, label.payload) == label.asset_id
    assert resolve_scan(demo_db, actor, label.label_key.lower()) == label.asset_id
    assert resolve_scan(demo_db, actor, label.code_register) == label.asset_id
    assert resolve_scan(demo_db, actor, "INV:0000000000 1.3.2 nothing") is None
    assert resolve_scan(demo_db, actor, "hello") is None


def test_the_print_dialog_saves_the_chosen_assets_and_remembers_them(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.labels.print_dialog
    from tests.ui.conftest import screenshot
    from tests.ui.papers_on_worker import held_write, while_held
    from ui.context import AppContext
    from ui.labels.print_dialog import LabelPrintDialog

    context = AppContext(demo_db, authenticate(demo_db, "pengurus", "demo1234"), "id")
    chosen = assets_for_labels(demo_db, context.actor)[:5]
    dialog = LabelPrintDialog(context, chosen, chosen * 2)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.from_selection.isChecked()
    dialog.template.setCurrentIndex(dialog.template.findData("a4-2x7"))
    assert dialog.start.maximum() == 14
    dialog.start.setValue(3)
    dialog.cut_lines.setChecked(True)
    screenshot(dialog, "labels_dialog_id")
    # Read, written and marked on the worker: the dialog answers meanwhile.
    with held_write(monkeypatch, ui.labels.print_dialog) as held:
        assert dialog.save_pdf(str(tmp_path / "five.pdf")) is not None
        while_held(
            qtbot,
            held,
            dialog.writing,
            dialog.busy.controls,
            again=lambda: dialog.save_pdf(str(tmp_path / "twice.pdf")),
            shot="labels_pdf_writing_id",
        )
    qtbot.waitUntil(lambda: len(dialog.marked) == 5)
    assert not (tmp_path / "twice.pdf").exists()
    path = dialog.pdf_path
    assert path is not None
    assert len(_decode(path)) == 5
    unlabelled = assets_for_labels(demo_db, context.actor, unlabelled=True)
    assert not set(chosen) & set(unlabelled)


def test_f8_opens_the_scanned_asset_and_names_an_unknown_code(
    qtbot, demo_db: Database, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.conftest import log_in, start_launcher

    launcher = start_launcher(qtbot, str(demo_db.url))
    log_in(qtbot, launcher, "pengurus")
    window = launcher.window
    actor = window.context.actor
    label = label_data(demo_db, actor, assets_for_labels(demo_db, actor)[:1])[0]
    window.scan(label.payload)
    assert window.last_scanned.asset.id == label.asset_id
    window.last_scanned.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.scan("INV:ZZZZZZZZZZ tidak ada")
    assert told and "INV:ZZZZZZZZZZ" in told[0]


def test_an_office_template_is_made_in_the_window_and_prints_readable_codes(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    from ui.context import AppContext
    from ui.labels.template_dialog import TemplateDialog

    context = AppContext(demo_db, authenticate(demo_db, "pengurus", "demo1234"), "id")
    dialog = TemplateDialog(context, BUILT_IN_TEMPLATES[0])
    qtbot.addWidget(dialog)
    dialog.name.setText("Tom-Jerry-103")
    dialog.title.setText("Tom & Jerry 103, 2 × 5")
    dialog.columns.setValue(2)
    dialog.rows.setValue(5)
    dialog.label_width.setValue(90)
    dialog.label_height.setValue(50)
    dialog.gap_x.setValue(5)
    dialog.margin_left.setValue(12.5)
    dialog.margin_top.setValue(20)
    dialog.columns.setValue(3)  # 3 × 90 mm cannot fit on A4: refused, field named
    dialog.save()
    assert "memerlukan 292.5 mm, padahal halamannya 210 mm" in dialog.error.text()
    dialog.columns.setValue(2)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    from inventaris.labels import get_template

    mine = get_template(demo_db, "tom-jerry-103")
    labels = label_data(demo_db, context.actor, assets_for_labels(demo_db, context.actor)[:12])
    path = tmp_path / "mine.pdf"
    write_pdf(path, mine, labels, PrintOptions(offset_x=1.5, offset_y=-1.0, cut_lines=True))
    assert sorted(_decode(path)) == sorted(label.payload for label in labels)


def test_a_scanned_label_in_the_register_search_opens_or_says_unknown(
    qtbot, demo_db: Database, monkeypatch
) -> None:
    from PySide6.QtCore import Qt

    from ui.assets.register_page import RegisterPage
    from ui.context import AppContext

    context = AppContext(demo_db, authenticate(demo_db, "pengurus", "demo1234"), "id")
    page = RegisterPage(context)
    qtbot.addWidget(page)
    opened: list[int] = []
    monkeypatch.setattr(page, "open_asset", opened.append)
    label = label_data(demo_db, context.actor, assets_for_labels(demo_db, context.actor)[:1])[0]
    page.search.setText(label.payload)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [label.asset_id]
    page.search.setText("INV:ZZZZZZZZZZ x")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened == [label.asset_id] and "label" in page.summary.text()


def test_labels_with_the_office_logo_still_decode(qapp, demo_db: Database, tmp_path: Path) -> None:
    from inventaris.core.paths import resources_dir

    actor = authenticate(demo_db, "pengurus", "demo1234")
    labels = label_data(demo_db, actor, assets_for_labels(demo_db, actor)[:8])
    logo = (resources_dir() / "icons" / "app-64.png").read_bytes()
    template = next(t for t in BUILT_IN_TEMPLATES if t.name == "a4-4x10")
    path = tmp_path / "logo.pdf"
    write_pdf(path, template, labels, PrintOptions(logo_png=logo))
    assert sorted(_decode(path)) == sorted(label.payload for label in labels)
