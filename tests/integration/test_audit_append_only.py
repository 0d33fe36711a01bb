"""The audit log cannot be edited or emptied, not even by a wrong query of the program."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from inventaris.assets.editing import create_assets
from inventaris.core.db import Database
from tests.support.builders import chair, first_admin


def _entries(db: Database) -> int:
    with db.engine.connect() as connection:
        return int(connection.execute(sa.text("SELECT count(*) FROM audit_entry")).scalar_one())


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_entry SET username = 'someone else'",
        "UPDATE audit_entry SET new_values = NULL WHERE id = (SELECT max(id) FROM audit_entry)",
        "DELETE FROM audit_entry",
        "DELETE FROM audit_entry WHERE id = (SELECT min(id) FROM audit_entry)",
        "TRUNCATE audit_entry",  # SQLite has none: its plain DELETE is its truncate
    ],
)
def test_no_statement_edits_or_removes_history(db: Database, statement: str) -> None:
    admin = first_admin(db)
    create_assets(db, admin, chair())
    before = _entries(db)
    assert before > 0
    if statement.startswith("TRUNCATE") and db.backend == "sqlite":
        statement = "DELETE FROM audit_entry"
    with pytest.raises(sa.exc.DatabaseError, match="append-only"), db.engine.begin() as connection:
        connection.execute(sa.text(statement))
    assert _entries(db) == before


def test_new_entries_are_still_written(db: Database) -> None:
    admin = first_admin(db)
    before = _entries(db)
    create_assets(db, admin, chair())
    assert _entries(db) > before
