"""Alembic environment: always given a live connection by db.migrate (no alembic.ini)."""

from __future__ import annotations

from alembic import context

import db.models  # noqa: F401  (registers every table on Base.metadata)
from db.base import Base
from db.search import is_index_object

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    # the FTS5 tables and trigram indexes of the search index are SQL only (migration 0006)
    include_name=lambda name, kind, _parent: not is_index_object(name, kind),
)
with context.begin_transaction():
    context.run_migrations()
