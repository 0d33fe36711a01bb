"""Office settings: saved whole, validated with the field named, never silently overwritten."""

from __future__ import annotations

from dataclasses import replace

import pytest

from inventaris.core.audit import list_audit
from inventaris.core.db import Database
from inventaris.core.errors import ConflictError, ValidationError
from inventaris.core.paths import resources_dir
from inventaris.office import (
    OfficeSettings,
    UsefulLifeRow,
    get_office_settings,
    update_office_settings,
)
from tests.support.builders import first_admin, office_values

PNG = (resources_dir() / "icons" / "app-32.png").read_bytes()


def _filled(settings: OfficeSettings) -> OfficeSettings:
    return office_values(
        settings,
        logo_png=PNG,
        threshold_equipment=1_500_000,
        paper_size="F4",
        useful_life=(*settings.useful_life, UsefulLifeRow("1.3.2.05.02.04.", 6, "AC")),
    )


def test_settings_are_saved_and_read_back(db: Database) -> None:
    admin = first_admin(db)
    saved = update_office_settings(db, admin, _filled(get_office_settings(db, admin)))
    again = get_office_settings(db, admin)
    assert again == saved
    assert again.regency_name == "Langkat" and again.paper_size == "F4"
    assert again.head_nip == "197101112002022121"
    assert again.logo_png == PNG
    assert UsefulLifeRow("1.3.2.05.02.04", 6, "AC") in again.useful_life
    assert not again.missing_essentials


def test_useful_life_rows_can_be_changed_and_removed(db: Database) -> None:
    admin = first_admin(db)
    settings = _filled(get_office_settings(db, admin))
    saved = update_office_settings(
        db, admin, replace(settings, useful_life=(UsefulLifeRow("1.3.2.10", 5, "Komputer"),))
    )
    assert saved.useful_life == (UsefulLifeRow("1.3.2.10", 5, "Komputer"),)


@pytest.mark.parametrize(
    ("change", "field", "text"),
    [
        ({"regency_name": " "}, "regency_name", "Regency name is required"),
        ({"city": ""}, "city", "City is required"),
        ({"unit_name": ""}, "unit_name", "Unit name is required"),
        ({"kode_lokasi": "12-05"}, "kode_lokasi", "digits separated by dots"),
        ({"head_nip": "123"}, "head_nip", "NIP of the head of the unit: a NIP has 18 digits"),
        ({"custodian_nip": "19870324201608280X"}, "custodian_nip", "18 digits"),
        ({"threshold_equipment": -1}, "threshold_equipment", "cannot be negative"),
        ({"paper_size": "Letter"}, "paper_size", "A4 or F4"),
        ({"logo_png": b"GIF89a"}, "logo", "PNG"),
        ({"useful_life": (UsefulLifeRow("abc", 5),)}, "useful_life", "row 1"),
        ({"useful_life": (UsefulLifeRow("1.3.2", 0),)}, "useful_life", "1 to 100"),
        (
            {"useful_life": (UsefulLifeRow("1.3.2", 5), UsefulLifeRow("1.3.2.", 6))},
            "useful_life",
            "row 2: the prefix 1.3.2 is listed twice",
        ),
    ],
)
def test_bad_settings_name_the_field_and_save_nothing(
    db: Database, change: dict[str, object], field: str, text: str
) -> None:
    admin = first_admin(db)
    before = get_office_settings(db, admin)
    with pytest.raises(ValidationError) as caught:
        update_office_settings(db, admin, replace(_filled(before), **change))  # type: ignore[arg-type]
    assert caught.value.field == field
    assert text in str(caught.value)
    assert get_office_settings(db, admin) == before


def test_a_stale_editor_is_refused_not_silently_overwritten(db: Database) -> None:
    admin = first_admin(db)
    opened_by_first_pc = get_office_settings(db, admin)
    opened_by_second_pc = get_office_settings(db, admin)
    update_office_settings(db, admin, _filled(opened_by_first_pc))
    with pytest.raises(ConflictError, match="Someone else saved"):
        update_office_settings(
            db, admin, replace(_filled(opened_by_second_pc), regency_name="Deli Serdang")
        )
    assert get_office_settings(db, admin).regency_name == "Langkat"


def test_saving_settings_writes_old_and_new_values_to_the_audit_log(db: Database) -> None:
    admin = first_admin(db)
    update_office_settings(db, admin, _filled(get_office_settings(db, admin)))
    entries = [
        entry
        for entry in list_audit(db, admin)
        if entry.entity == "regency_settings" and entry.action == "update"
    ]
    assert len(entries) == 1
    entry = entries[0]
    assert entry.username == "admin"
    assert entry.old_values is not None and entry.new_values is not None
    assert entry.old_values["regency_name"] == "" and entry.new_values["regency_name"] == "Langkat"
    assert entry.new_values["logo_png"] == f"<{len(PNG)} bytes>"
    assert entry.occurred_at == db.clock()


def test_a_stale_useful_life_table_is_refused_too(db: Database) -> None:
    admin = first_admin(db)
    base = update_office_settings(db, admin, _filled(get_office_settings(db, admin)))
    first_pc, second_pc = base, base
    update_office_settings(
        db, admin, replace(first_pc, useful_life=(*first_pc.useful_life, UsefulLifeRow("1.3.5", 8)))
    )
    with pytest.raises(ConflictError):
        update_office_settings(db, admin, replace(second_pc, city="Binjai"))
    assert UsefulLifeRow("1.3.5", 8) in get_office_settings(db, admin).useful_life


def test_a_value_longer_than_its_column_names_the_field(db: Database) -> None:
    admin = first_admin(db)
    with pytest.raises(ValidationError) as caught:
        update_office_settings(
            db, admin, replace(_filled(get_office_settings(db, admin)), city="Stabat" * 20)
        )
    assert caught.value.field == "city"
    assert str(caught.value) == "City: at most 80 characters (120 typed)."


def test_the_header_block_address_and_sip_signatory_are_saved_and_audited(db: Database) -> None:
    admin = first_admin(db)
    typed = replace(
        _filled(get_office_settings(db, admin)),
        province="  Sumatera Utara ",
        bidang="Pemerintahan Umum",
        unit_organisasi="Sekretariat Daerah",
        sub_unit="Bagian Umum",
        upb="Bagian Umum Setda",
        address="Jl. Tengku Amir Hamzah No. 1, Stabat",
        sip_signatory_title="Sekretaris Daerah Kabupaten Langkat",
        sip_signatory_name="Dr. H. Amril, S.Sos, M.AP",
        sip_signatory_nip="19700312 199003 1 005",
    )
    saved = update_office_settings(db, admin, typed)
    again = get_office_settings(db, admin)
    assert again == saved
    assert (again.province, again.sip_signatory_nip) == ("Sumatera Utara", "197003121990031005")
    assert (again.bidang, again.unit_organisasi, again.sub_unit, again.upb) == (
        "Pemerintahan Umum",
        "Sekretariat Daerah",
        "Bagian Umum",
        "Bagian Umum Setda",
    )
    assert again.address == "Jl. Tengku Amir Hamzah No. 1, Stabat"
    changes = {
        entry.entity: entry.new_values
        for entry in list_audit(db, admin)
        if entry.action == "update" and entry.entity in ("regency_settings", "unit")
    }
    regency, unit = changes["regency_settings"], changes["unit"]
    assert regency is not None and unit is not None
    assert regency["province"] == "Sumatera Utara"
    assert regency["sip_signatory_name"] == "Dr. H. Amril, S.Sos, M.AP"
    assert regency["sip_signatory_nip"] == "197003121990031005"
    assert unit["sub_unit"] == "Bagian Umum" and unit["address"].startswith("Jl. Tengku")

    with pytest.raises(ValidationError) as refused:
        update_office_settings(db, admin, replace(again, sip_signatory_nip="1970"))
    assert refused.value.field == "sip_signatory_nip"
    with pytest.raises(ValidationError) as refused:
        update_office_settings(db, admin, replace(again, upb="U" * 161))
    assert refused.value.field == "upb"
