"""A PostgreSQL server that goes away while the program works, or that refuses the login: a
sentence in plain words, without the driver's address or a word about passwords that does not
apply (issue 21 item 3)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from sqlalchemy import text

from inventaris.core.db import Database
from inventaris.core.errors import DatabaseError
from inventaris.core.schema import prepare_database
from tests.support.databases import new_postgres_database
from tests.support.postgres import throwaway_server


def test_a_server_stopped_while_in_use_is_called_a_lost_connection() -> None:
    with throwaway_server() as admin_url:
        _name, url = new_postgres_database(admin_url)
        db = Database(url)
        prepare_database(db)
        with db.read() as session:  # a pooled connection, open when the server stops
            assert session.execute(text("SELECT 1")).scalar() == 1
        port = sa.make_url(url).port
    try:
        for _attempt in range(2):  # the pooled connection, then a new one: both explained
            with pytest.raises(DatabaseError) as caught, db.read() as session:
                session.execute(text("SELECT 1"))
            said = str(caught.value)
            assert "connection to the database server" in said and "is lost" in said
            assert f"127.0.0.1:{port}" in said
            assert "password" not in said and "postgresql" not in said
    finally:
        db.dispose()


def test_a_login_the_server_refuses_says_so(postgres_admin_url: str) -> None:
    wrong = sa.make_url(postgres_admin_url).set(database="no_such_database")
    db = Database(wrong.render_as_string(hide_password=False))
    try:
        with pytest.raises(DatabaseError) as caught:
            prepare_database(db)
        said = str(caught.value)
        assert "refused the login" in said and "database name" in said
        assert "postgresql" not in said
    finally:
        db.dispose()
