"""Items are found by their code's names: the search words of every asset end in the names of its
code and of the codes above it, down from the objek ("laptop personal komputer komputer")

No table changes: one UPDATE per code in use appends the names to ``asset.search_text`` (the
search index follows through its triggers on SQLite, by itself on PostgreSQL).

Revision ID: 0015_code_words
Revises: 0014_race_guards
Create Date: 2026-12-08
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_code_words"
down_revision: str | None = "0014_race_guards"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of inventaris.core.search.code_words at this revision: a migration must give the
# same result whatever the code becomes later.
NAMED_FROM_LEVEL = 4


def _codes_above(code: str) -> list[str]:
    levels = code.split(".")
    return [".".join(levels[:count]) for count in range(len(levels), NAMED_FROM_LEVEL - 1, -1)]


def _tails() -> dict[str, str]:
    """Per code in use, what its items' search words end in: a space and the names."""
    connection = op.get_bind()
    names = {
        code: " ".join(name.split())
        for code, name in connection.execute(sa.text("SELECT code, name FROM asset_code"))
    }
    used = connection.execute(sa.text("SELECT DISTINCT code FROM asset")).scalars()
    tails: dict[str, str] = {}
    for code in used:
        words = " ".join(names[prefix] for prefix in _codes_above(code) if names.get(prefix))
        if words:
            tails[code] = f" {words.lower()}"
    return tails


def upgrade() -> None:
    update = sa.text("UPDATE asset SET search_text = search_text || :tail WHERE code = :code")
    for code, tail in _tails().items():
        op.get_bind().execute(update, {"code": code, "tail": tail})


def downgrade() -> None:
    update = sa.text(
        "UPDATE asset SET search_text = substr(search_text, 1, length(search_text) - :size) "
        "WHERE code = :code AND substr(search_text, length(search_text) - :size + 1) = :tail"
    )
    for code, tail in _tails().items():
        op.get_bind().execute(update, {"code": code, "tail": tail, "size": len(tail)})
