"""Search index: clients and offers found by any part of a name, number, VAT, RCS or city.

Two tables of their own (`client_search`, `offer_search`: see db/search.py), written by the
services in the transaction that changes a client, a site or an offer, and filled here from
the existing rows. SQLite: an external-content FTS5 table with the trigram tokenizer over
each, kept in step by triggers on the text table (the system SQLite has FTS5 and trigram
from 3.34; SQLCipher's bundled SQLite has both). PostgreSQL: the pg_trgm extension (shipped
with the server) and a GIN trigram index on each text column.

Revision ID: 0006
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.search import CLIENT_FTS, OFFER_FTS, TRIGRAM_INDEXES, rebuild

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# text table -> (FTS5 table, the text table's integer key the FTS rowid mirrors)
FTS = {"client_search": (CLIENT_FTS, "client_id"), "offer_search": (OFFER_FTS, "key")}


def _sqlite_fts() -> None:
    for source, (fts, rowid) in FTS.items():
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5("
            f"text, content='{source}', content_rowid='{rowid}', tokenize='trigram')"
        )
        insert_new = f"INSERT INTO {fts}(rowid, text) VALUES (NEW.{rowid}, NEW.text);"
        delete_old = f"INSERT INTO {fts}({fts}, rowid, text) VALUES ('delete', OLD.{rowid}, OLD.text);"
        op.execute(f"CREATE TRIGGER {source}_ai AFTER INSERT ON {source} BEGIN {insert_new} END")
        op.execute(f"CREATE TRIGGER {source}_ad AFTER DELETE ON {source} BEGIN {delete_old} END")
        op.execute(f"CREATE TRIGGER {source}_au AFTER UPDATE ON {source} BEGIN {delete_old} {insert_new} END")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "client_search",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["client_id"], ["clients.id"], name=op.f("fk_client_search_client_id_clients")),
        sa.PrimaryKeyConstraint("client_id", name=op.f("pk_client_search")),
    )
    op.create_table(
        "offer_search",
        sa.Column("key", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["offer_id"], ["offers.id"], name=op.f("fk_offer_search_offer_id_offers")),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_offer_search")),
        sa.UniqueConstraint("offer_id", name=op.f("uq_offer_search_offer_id")),
    )
    if dialect == "sqlite":
        _sqlite_fts()
    rebuild(op.get_bind())
    if dialect == "postgresql":
        # after the backfill: a GIN index built once over every row is much quicker than
        # one updated row by row
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for source, index in TRIGRAM_INDEXES.items():
            op.execute(f"CREATE INDEX {index} ON {source} USING gin (text gin_trgm_ops)")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for source, (fts, _rowid) in FTS.items():
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {source}_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {fts}")
    op.drop_table("offer_search")
    op.drop_table("client_search")
