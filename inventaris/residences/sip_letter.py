"""The Surat Izin Penghunian (SIP) Rumah Dinas of one occupancy: the read model and its HTML body,
filled from the office settings, the house and the occupancy: the SIP's number and date, the
holder, the family, the monthly rent and the period it is valid, signed by the Sekretaris Daerah.

The printing module lays it out on the office's paper, portrait, under the Sekretariat Daerah's
letterhead and the office's address (a setting). The legal basis cites the national rule on
rumah negara (PP 40/1994 jo. PP 31/2005); the regency's own Perda and Perbup stay generic, since
the program does not know their numbers and an invented number on an official letter would be
worse than none. The signatory's position, name and NIP are settings; while the name is not
filled in, or the occupancy names another signatory, the lines are left to write on by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from inventaris.core.db import Database
from inventaris.core.errors import NotFound
from inventaris.core.formatting import format_date_long, format_nip, format_rupiah
from inventaris.core.permissions import Actor, Permission, require
from inventaris.model import Occupancy
from inventaris.office import OfficeSettings, get_office_settings
from inventaris.reports.common import BLANK_NAME, BLANK_NIP, regency_line, require_essentials
from inventaris.residences.occupancy import (
    MOVE_IN_DAYS,
    MSG_NO_OCCUPANCY,
    OccupancyView,
    house_asset,
)
from inventaris.residences.reports import area_text, key_values
from inventaris.residences.views import ResidenceCard, residence_card

# --- document text (Indonesian, fixed) -----------------------------------------------------------
TITLE_SIP = "SURAT IZIN PENGHUNIAN RUMAH DINAS"
SECRETARIAT = "SEKRETARIAT DAERAH"
SIGNATORY_DEFAULT = "Sekretaris Daerah {regency}"
LEGAL_BASIS = (
    "Peraturan Pemerintah Nomor 40 Tahun 1994 tentang Rumah Negara jo. Peraturan Pemerintah "
    "Nomor 31 Tahun 2005 tentang Perubahannya;"
)
LABEL_WIDTH = 30  # per cent of the line: "Jumlah anggota keluarga" on one line

_ONES = (
    "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas",
)  # fmt: skip
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"), (1000, "ribu"))


def _words(number: int) -> str:
    if number < 12:
        return _ONES[number]
    if number < 20:
        return f"{_words(number - 10)} belas"
    if number < 100:
        return f"{_words(number // 10)} puluh {_words(number % 10)}"
    if number < 200:
        return f"seratus {_words(number - 100)}"
    if number < 1000:
        return f"{_words(number // 100)} ratus {_words(number % 100)}"
    if number < 2000:
        return f"seribu {_words(number - 1000)}"
    for scale, word in _SCALES:
        if number >= scale:
            return f"{_words(number // scale)} {word} {_words(number % scale)}"
    raise AssertionError(number)  # pragma: no cover


def terbilang(number: int) -> str:
    """A whole number in Indonesian words: 150000 -> ``seratus lima puluh ribu``."""
    if number == 0:
        return "nol"
    if number < 0:
        return f"minus {terbilang(-number)}"
    return " ".join(_words(number).split())


def regency_of(office: OfficeSettings) -> str:
    """``Kabupaten Langkat``, also when the setting already says "Kabupaten …"."""
    name = office.regency_name.strip()
    if name.lower().startswith("kabupaten "):
        name = name[len("kabupaten ") :].strip()
    return f"Kabupaten {name}"


@dataclass(frozen=True)
class SipLetter:
    office: OfficeSettings
    house: ResidenceCard
    occupancy: OccupancyView
    letterhead: tuple[str, ...]  # PEMERINTAH KABUPATEN …, SEKRETARIAT DAERAH
    place: str  # the office's city: "Stabat"
    signatory: str  # "Sekretaris Daerah Kabupaten Langkat"
    signatory_name: str = ""  # unknown: a line to sign on
    signatory_nip: str = ""

    @property
    def dated(self) -> str:
        """``Stabat, 10 Januari 2026``: the place and the SIP's date."""
        return f"{self.place}, {format_date_long(self.occupancy.sip_date)}"


def sip_letter(db: Database, actor: Actor, occupancy_id: int) -> SipLetter:
    """The SIP of one occupancy (current or past), with the house and the office's settings."""
    require(actor, Permission.VIEW)
    with db.read() as session:
        row = session.get(Occupancy, occupancy_id)
        if row is None:
            raise NotFound(MSG_NO_OCCUPANCY)
        asset_id = row.asset_id
        unit_id = house_asset(session, actor, asset_id, for_change=False).unit_id
    house = residence_card(db, actor, asset_id)
    occupancy = next((view for view in house.history if view.id == occupancy_id), None)
    if occupancy is None:  # removed in between
        raise NotFound(MSG_NO_OCCUPANCY)
    office = get_office_settings(db, actor, unit_id)
    require_essentials(office)
    regency = regency_of(office)
    configured = office.sip_signatory_title or SIGNATORY_DEFAULT.format(regency=regency)
    signatory = occupancy.sip_signatory.strip() or configured
    # The settings' name and NIP belong to the settings' position: a letter that names another
    # signatory (an acting Sekda, say) gets lines to write on instead.
    same = " ".join(signatory.split()).casefold() == " ".join(configured.split()).casefold()
    letterhead = [regency_line(office.regency_name), SECRETARIAT]
    if office.address:
        letterhead.append(office.address)
    return SipLetter(
        office=office,
        house=house,
        occupancy=occupancy,
        letterhead=tuple(letterhead),
        place=office.city,
        signatory=signatory,
        signatory_name=office.sip_signatory_name if same else "",
        signatory_nip=office.sip_signatory_nip if same else "",
    )


def sip_subtitle(letter: SipLetter) -> tuple[str, ...]:
    return (f"Nomor: {letter.occupancy.sip_number}",)


def _family(occupancy: OccupancyView) -> str:
    count = len(occupancy.family)
    if not count:
        return "-"
    names = "; ".join(
        f"{member.name}, {member.relation}" if member.relation else member.name
        for member in occupancy.family
    )
    return f"{count} orang ({names})"


def _rent(amount: int) -> str:
    money = format_rupiah(amount).replace(" ", "\u00a0")  # "Rp 150.000" stays on one line
    return f"{money} ({terbilang(amount)} rupiah)"


def conditions(letter: SipLetter) -> tuple[str, ...]:
    """What the holder undertakes, in the letter's words."""
    rent = letter.occupancy.monthly_rent
    pay = (
        f"Membayar sewa rumah dinas sebesar {_rent(rent)} setiap bulan, serta membayar sendiri "
        "tagihan listrik, air dan telepon yang dipakai."
        if rent
        else "Membayar sendiri tagihan listrik, air dan telepon yang dipakai."
    )
    return (
        pay,
        "Memelihara dan merawat rumah dinas beserta halaman dan perlengkapannya dengan baik, dan "
        "tidak mengubah bentuk bangunan tanpa izin tertulis.",
        "Tidak mengalihkan hak penghunian, menyewakan atau meminjamkan rumah dinas, sebagian atau "
        "seluruhnya, kepada pihak lain.",
        f"Menempati rumah dinas selambat-lambatnya {MOVE_IN_DAYS} (enam puluh) hari sejak "
        "tanggal surat izin ini; bila tidak, surat izin ini batal dengan sendirinya.",
        "Mengosongkan dan menyerahkan rumah dinas dalam keadaan baik selambat-lambatnya 1 (satu) "
        "bulan setelah pensiun, pindah tugas, meninggal dunia, atau berakhirnya masa berlaku "
        "surat izin ini.",
    )


def copies(letter: SipLetter) -> tuple[str, ...]:
    """Tembusan: who receives a copy, each office once (the holder may work at the BPKAD)."""
    regency = regency_of(letter.office)
    bupati = regency.replace("Kabupaten ", "Bupati ", 1)
    lines = [f"{bupati} (sebagai laporan)", f"Kepala BPKAD {regency}"]
    unit = letter.occupancy.occupant_unit
    if unit:
        lines.append(f"Kepala {unit} {regency}" if regency not in unit else f"Kepala {unit}")
    lines += ["Yang bersangkutan", "Arsip"]
    unique: dict[str, str] = {}
    for line in lines:
        unique.setdefault(" ".join(line.split()).casefold(), line)
    return tuple(unique.values())


def _section(text: str, top: int = 8) -> str:
    return f'<p style="margin-top: {top}px; margin-bottom: 2px">{text}</p>'


def _signature(letter: SipLetter) -> str:
    role = letter.signatory.rstrip(",") + ","
    name = (
        f"<b><u>{escape(letter.signatory_name)}</u></b>"
        if letter.signatory_name
        else escape(BLANK_NAME)
    )
    nip = f"NIP {format_nip(letter.signatory_nip)}" if letter.signatory_nip else BLANK_NIP
    block = f"{escape(letter.dated)}<br>{escape(role)}<br><br><br><br>{name}<br>{escape(nip)}"
    return (
        '<table width="100%" style="margin-top: 14px"><tr><td width="50%"></td>'
        f'<td width="50%" align="center">{block}</td></tr></table>'
    )


def sip_letter_html(letter: SipLetter) -> str:
    """The letter's body under its title and number (HTML, every text escaped): the basis, the
    holder, the house, the conditions, the validity, the signature and the copies."""
    person = letter.occupancy
    house = letter.house
    regency = regency_of(letter.office)
    basis = (
        f"{LEGAL_BASIS} Peraturan Daerah dan Peraturan Bupati "
        f"{regency.removeprefix('Kabupaten ')} tentang pengelolaan barang milik daerah dan "
        "penggunaan rumah dinas daerah."
    )
    holder = key_values(
        (
            ("Nama", person.occupant_name),
            ("NIP", format_nip(person.occupant_nip)),
            ("Pangkat/Golongan", person.rank_grade),
            ("Jabatan", person.position),
            ("Unit Kerja", person.occupant_unit),
            ("Jumlah anggota keluarga", _family(person)),
        ),
        LABEL_WIDTH,
    )
    areas = f"bangunan {area_text(house.floor_area_m2)}, tanah {area_text(house.land_area_m2)}"
    residence = key_values(
        (
            ("Alamat", house.name),
            ("Golongan", house.details.golongan),
            ("Tipe", house.details.house_type),
            ("Kode Barang/Register", house.code_register),
            ("Luas", areas),
        ),
        LABEL_WIDTH,
    )
    items = "".join(f"<li>{escape(text)}</li>" for text in conditions(letter))
    validity = (
        f"Surat izin ini berlaku sejak {format_date_long(person.valid_from)} sampai dengan "
        f"{format_date_long(person.valid_until)}, dan dapat diperpanjang sesuai ketentuan yang "
        "berlaku. Bila pemegang izin tidak memenuhi ketentuan di atas, surat izin ini dapat "
        "dicabut."
    )
    copy_items = "".join(f"<li>{escape(text)}</li>" for text in copies(letter))
    return (
        '<table width="100%" cellpadding="1"><tr><td width="12%" valign="top">Dasar</td>'
        f'<td width="2%" valign="top">:</td><td align="justify">{escape(basis)}</td></tr></table>'
        '<p align="center" style="margin-top: 10px; margin-bottom: 6px"><b>MENGIZINKAN</b></p>'
        f"{_section('Kepada:', 0)}{holder}"
        f"{_section('Untuk menghuni rumah dinas:')}{residence}"
        f"{_section('dengan ketentuan sebagai berikut:')}"
        f'<ol style="margin-top: 0px">{items}</ol>'
        f'<p align="justify">{escape(validity)}</p>'
        f"{_signature(letter)}"
        f'<p style="margin-top: 10px; margin-bottom: 0px; font-size: 9pt">Tembusan:</p>'
        f'<ol style="margin-top: 0px; font-size: 9pt">{copy_items}</ol>'
    )


__all__ = [
    "TITLE_SIP",
    "SipLetter",
    "conditions",
    "copies",
    "regency_of",
    "sip_letter",
    "sip_letter_html",
    "sip_subtitle",
    "terbilang",
]
