"""The attachments panel: Add… through the file dialog, the list with a photo's thumbnail,
Open handing a byte-identical copy to the system viewer, Remove after a question; a refusal
shown under the list; read-only for a role that may not change the area; in the asset form,
the vehicle document form and the house form."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QTimer, QUrl
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox

import ui.attachments
from inventaris.accounts import authenticate
from inventaris.assets.editing import create_assets
from inventaris.attachments import PNG, add_attachment, attachment_content, list_attachments
from inventaris.core.db import Database
from tests.support.builders import chair
from tests.ui.conftest import screenshot, show_active
from ui.assets.asset_dialog import AssetDialog
from ui.attachment_files import THUMBNAIL_SIZE, viewer_file_name
from ui.attachments import AttachmentsPanel
from ui.context import AppContext

PDF_BYTES = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def language() -> str:
    """English: the Indonesian words of this new panel are not in the catalogue yet, and the
    sentences checked here should not change when they are."""
    return "en"


def _photo_bytes(width: int = 640, height: int = 400) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def _context(db: Database, username: str = "pengurus") -> AppContext:
    return AppContext(db, authenticate(db, username, "demo1234"), "id")


def _panel(qtbot, context: AppContext, owner_id: int) -> AttachmentsPanel:
    panel = AttachmentsPanel(context, "asset", owner_id)
    qtbot.addWidget(panel)
    panel.resize(640, 300)
    show_active(qtbot, panel)
    return panel


class FakeViewer:
    """QDesktopServices as the test sees it: what was handed to the system viewer."""

    urls: list[QUrl] = []

    @staticmethod
    def openUrl(url: QUrl) -> bool:
        FakeViewer.urls.append(url)
        return True


def _answer_question(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    asked.append(box.text())
    box.button(button).click()


def test_add_list_open_and_remove(
    qtbot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    context = _context(demo_db)
    [item] = create_assets(demo_db, context.actor, chair())
    panel = _panel(qtbot, context, item.id)
    assert panel.list.count() == 0 and "No attachments yet" in panel.hint.text()
    photo = tmp_path / "foto kursi.png"
    photo.write_bytes(_photo_bytes())
    scan = tmp_path / "bast.pdf"
    scan.write_bytes(PDF_BYTES)

    for path in (photo, scan):  # Tambah… with the file chosen in the file dialog
        monkeypatch.setattr(ui.attachments, "ask_open_path", lambda *_a, p=path: (str(p), ""))
        with qtbot.waitSignal(panel.changed, timeout=10_000):
            panel.add_button.click()
    qtbot.waitUntil(lambda: panel.busy == 0, timeout=10_000)
    assert [panel.list.item(row).text().split("\n")[0] for row in range(2)] == [
        "foto kursi.png",
        "bast.pdf",
    ]
    # The photo's thumbnail is the photo, shrunk to 96 × 60 and centred on a square.
    drawn = panel.list.item(0).icon().pixmap(THUMBNAIL_SIZE, THUMBNAIL_SIZE).toImage()
    assert (drawn.width(), drawn.height()) == (THUMBNAIL_SIZE, THUMBNAIL_SIZE)
    assert drawn.pixelColor(48, 48) == QColor("#2e7d32")
    assert drawn.pixelColor(0, 20) == QColor("#2e7d32")  # the full width
    assert drawn.pixelColor(48, 16).alpha() == 0  # above the picture: nothing
    assert panel.hint.text().startswith("2 attachment")
    screenshot(panel, "attachments-panel")

    # Buka: a copy in a private temp folder, byte-identical, handed to the system viewer.
    FakeViewer.urls = []
    monkeypatch.setattr(ui.attachments, "QDesktopServices", FakeViewer)
    panel.list.setCurrentRow(0)
    with qtbot.waitSignal(panel.opened, timeout=10_000) as opened:
        panel.open_button.click()
    copy = Path(opened.args[0])
    assert [url.toLocalFile() for url in FakeViewer.urls] == [str(copy)]
    assert copy.read_bytes() == photo.read_bytes() and copy.name == "foto kursi.png"

    # Hapus: asked first; No keeps it, Yes removes it.
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _answer_question(QMessageBox.StandardButton.No, asked))
    panel.remove_button.click()
    assert panel.list.count() == 2
    QTimer.singleShot(0, lambda: _answer_question(QMessageBox.StandardButton.Yes, asked))
    with qtbot.waitSignal(panel.changed, timeout=5_000):
        panel.remove_button.click()
    assert len(asked) == 2 and "foto kursi.png" in asked[0]
    assert [v.file_name for v in list_attachments(demo_db, context.actor, "asset", item.id)] == [
        "bast.pdf"
    ]
    assert panel.list.count() == 1


def test_a_file_that_is_no_pdf_jpeg_or_png_is_refused_under_the_list(
    qtbot, demo_db: Database, tmp_path: Path
) -> None:
    context = _context(demo_db)
    [item] = create_assets(demo_db, context.actor, chair())
    panel = _panel(qtbot, context, item.id)
    fake = tmp_path / "foto.jpg"
    fake.write_text("bukan foto", encoding="utf-8")
    panel.add_files([str(fake)])
    qtbot.waitUntil(lambda: panel.busy == 0, timeout=10_000)
    assert panel.error.isVisible()
    assert "foto.jpg" in panel.error.text() and "PDF, JPEG" in panel.error.text()
    assert panel.list.count() == 0


def test_leadership_sees_and_opens_but_cannot_add_or_remove(qtbot, demo_db: Database) -> None:
    custodian = _context(demo_db)
    [item] = create_assets(demo_db, custodian.actor, chair())
    add_attachment(demo_db, custodian.actor, "asset", item.id, "sk.pdf", PDF_BYTES)
    panel = _panel(qtbot, _context(demo_db, "pimpinan"), item.id)
    assert panel.list.count() == 1
    assert not panel.add_button.isVisible() and not panel.remove_button.isVisible()
    assert panel.open_button.isEnabled()
    assert not panel.list.acceptDrops()


def test_a_file_named_pdf_holding_a_png_opens_as_a_png(demo_db: Database) -> None:
    context = _context(demo_db)
    [item] = create_assets(demo_db, context.actor, chair())
    view = add_attachment(demo_db, context.actor, "asset", item.id, 'a:b"?.pdf', _photo_bytes())
    assert view.media_type == PNG
    assert viewer_file_name(view) == "a_b__.png"
    assert attachment_content(demo_db, context.actor, view.id) == _photo_bytes()


def test_the_asset_form_has_an_attachments_tab(qtbot, demo_db: Database) -> None:
    context = _context(demo_db)
    [item] = create_assets(demo_db, context.actor, chair())
    add_attachment(demo_db, context.actor, "asset", item.id, "foto.png", _photo_bytes(400, 300))
    add_attachment(demo_db, context.actor, "asset", item.id, "bast-serah-terima.pdf", PDF_BYTES)
    form = AssetDialog(context, item.id)
    qtbot.addWidget(form)
    show_active(qtbot, form)
    assert form.tabs.isTabVisible(form.attachments_tab)
    form.tabs.setCurrentIndex(form.attachments_tab)
    panel = form.attachments_panel
    qtbot.waitUntil(lambda: panel.busy == 0, timeout=10_000)
    assert panel.list.count() == 2
    screenshot(form, "asset-dialog-attachments")
    new = AssetDialog(context, None)
    qtbot.addWidget(new)
    assert not new.tabs.isTabVisible(new.attachments_tab)


def test_the_vehicle_document_and_house_forms_show_their_attachments(
    qtbot, demo_db: Database
) -> None:
    from inventaris.residences.views import residence_card, residence_rows
    from inventaris.vehicles.fleet import fleet, vehicle_card
    from ui.residences.dialogs import HouseDetailsDialog
    from ui.vehicles.dialogs import DocumentDialog

    context = _context(demo_db)
    car = next(
        card
        for row in fleet(demo_db, context.actor).vehicles
        if (card := vehicle_card(demo_db, context.actor, row.asset_id)).documents
    )
    document = car.documents[0]
    add_attachment(demo_db, context.actor, "vehicle_document", document.id, "stnk.pdf", PDF_BYTES)
    correcting = DocumentDialog(context, car, None, correcting=document)
    qtbot.addWidget(correcting)
    show_active(qtbot, correcting)
    assert correcting.attachments.list.count() == 1
    assert correcting.attachments.add_button.isVisible()
    correcting.resize(520, 520)  # the form's own hint is short when shown alone
    screenshot(correcting, "vehicle-document-attachments")

    house = residence_card(
        demo_db, context.actor, residence_rows(demo_db, context.actor)[0].asset_id
    )
    add_attachment(demo_db, context.actor, "residence", house.asset_id, "sertifikat.pdf", PDF_BYTES)
    details = HouseDetailsDialog(context, house)
    qtbot.addWidget(details)
    show_active(qtbot, details)
    assert details.attachments.list.count() == 1
    screenshot(details, "house-details-attachments")


def test_a_disposal_proposal_and_a_handover_show_their_attachments(
    qtbot, demo_db: Database
) -> None:
    """The signed BAST scanned back, and the proposal's letter, inspection and SK."""
    from inventaris.disposals.proposals import create_proposal
    from inventaris.handovers.service import hand_over
    from inventaris.handovers.types import HandoverInput
    from ui.disposals.proposals_dialog import ProposalsDialog
    from ui.handovers.dialogs import HeldItemsDialog

    context = _context(demo_db)
    laptop, chair_ = create_assets(demo_db, context.actor, chair(), 2)
    paper = hand_over(
        demo_db,
        context.actor,
        [laptop.id],
        HandoverInput(holder_name="Rina Harahap", holder_nip="199001012015012003"),
    )
    add_attachment(demo_db, context.actor, "handover", paper.id, "bast-ttd.pdf", PDF_BYTES)
    held = HeldItemsDialog(context, "199001012015012003")
    qtbot.addWidget(held)
    show_active(qtbot, held)
    qtbot.waitUntil(lambda: held.attachments.busy == 0, timeout=10_000)
    assert held.attachments.owner_id == paper.id
    assert held.attachments.list.count() == 1
    assert paper.number in held.attachments_title.text()
    screenshot(held, "held-items-attachments")

    proposal = create_proposal(
        demo_db, context.actor, [chair_.id], reason="Rusak berat", title="Usulan uji"
    )
    add_attachment(
        demo_db, context.actor, "disposal_proposal", proposal.id, "sk.png", _photo_bytes(300, 200)
    )
    dialog = ProposalsDialog(context)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog)
    dialog.reload(keep=proposal.id)
    dialog.lower_tabs.setCurrentWidget(dialog.attachments)
    qtbot.waitUntil(lambda: dialog.attachments.busy == 0, timeout=10_000)
    assert dialog.attachments.owner_id == proposal.id
    assert dialog.attachments.list.count() == 1
    screenshot(dialog, "proposal-attachments")
