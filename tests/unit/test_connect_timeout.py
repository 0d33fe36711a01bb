"""A PostgreSQL connection gives up after a few seconds when the network is dead, instead of
tying up a worker for minutes (issue 21 item 3); a URL that names its own timeout keeps it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event

from inventaris.core.db import create_database_engine


class Asked(Exception):
    """Raised instead of connecting: the test only wants what the driver would be given."""


def _connect_params(url: str) -> dict[str, Any]:
    engine = create_database_engine(url)
    seen: dict[str, Any] = {}

    @event.listens_for(engine, "do_connect")
    def capture(_dialect: Any, _record: Any, _args: Any, params: dict[str, Any]) -> None:
        seen.update(params)
        raise Asked

    with pytest.raises(Asked):
        engine.connect()
    engine.dispose()
    return seen


def test_a_postgresql_connection_times_out_after_five_seconds() -> None:
    assert _connect_params("postgresql://budi@10.0.0.5/inventaris")["connect_timeout"] == 5


def test_the_urls_own_timeout_wins() -> None:
    params = _connect_params("postgresql://budi@10.0.0.5/inventaris?connect_timeout=12")
    assert str(params["connect_timeout"]) == "12"


def test_each_statement_is_planned_for_its_own_values() -> None:
    # A generic plan for one unit's search ran 4x slower than the custom one at 100,000 items.
    params = _connect_params("postgresql://budi@10.0.0.5/inventaris")
    assert params["options"] == "-c plan_cache_mode=force_custom_plan"
    own = _connect_params("postgresql://budi@10.0.0.5/inventaris?options=-c%20work_mem%3D64MB")
    assert own["options"] == "-c work_mem=64MB"
