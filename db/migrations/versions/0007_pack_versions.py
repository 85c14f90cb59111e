"""Timestamped versions of a sealed pack, beside the original signed bytes (issue 12).

A pack sealed offline is PAdES B-B: the signing time is the signer's claim. The timestamp
service (desktop/services/timestamps.py) later appends an RFC 3161 document timestamp from the
company's TSA (PAdES B-T), then the validation data of the seal and the timestamp (DSS, PAdES
B-LT), each as an incremental update: the original signed bytes stay the prefix of every
version. Each version is a row of `pack_versions`, never a change to `documents` (the signed
pack there stays byte for byte what was recorded at signature, its audit entry intact).

Same rules as 0004's evidence, on SQLite and PostgreSQL:

- append only: a version is never updated nor deleted; INSERT OR REPLACE / ON CONFLICT on its
  id or on (document_id, level) is refused before SQLite's REPLACE can delete the old row;
- a version belongs to a stored contract pack (kind 'contract_pack'), names that pack's
  SHA-256 as its base, and its level is a known one ('B-T', 'B-LT');
- a B-LT version needs the B-T version of the same pack first.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.base import UTCDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Literal on purpose (a migration does not follow later code): desktop/services/timestamps.py
LEVELS = ("B-T", "B-LT")
PACK_KIND = "contract_pack"

_COLLIDES = (
    "(EXISTS (SELECT 1 FROM pack_versions v WHERE v.id = NEW.id)"
    " OR EXISTS (SELECT 1 FROM pack_versions v WHERE v.document_id = NEW.document_id"
    " AND v.level = NEW.level))"
)
_NOT_OF_A_PACK = (
    "NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = NEW.document_id"
    f" AND d.kind = '{PACK_KIND}' AND d.sha256 = NEW.base_sha256)"
)
_LT_BEFORE_T = (
    "(NEW.level = 'B-LT' AND NOT EXISTS (SELECT 1 FROM pack_versions v"
    " WHERE v.document_id = NEW.document_id AND v.level = 'B-T'))"
)
_LEVELS = ", ".join(f"'{v}'" for v in LEVELS)

SQLITE_TRIGGERS = {
    "pack_versions_no_update": """
        CREATE TRIGGER pack_versions_no_update BEFORE UPDATE ON pack_versions
        BEGIN SELECT RAISE(ABORT, 'immutable evidence: a pack version is append-only'); END
        """,
    "pack_versions_no_delete": """
        CREATE TRIGGER pack_versions_no_delete BEFORE DELETE ON pack_versions
        BEGIN SELECT RAISE(ABORT, 'immutable evidence: a pack version is append-only'); END
        """,
    "pack_versions_no_replace": f"""
        CREATE TRIGGER pack_versions_no_replace BEFORE INSERT ON pack_versions
        FOR EACH ROW WHEN {_COLLIDES}
        BEGIN SELECT RAISE(ABORT, 'immutable evidence: a pack version is append-only, it cannot be replaced'); END
        """,
    "pack_versions_of_a_pack": f"""
        CREATE TRIGGER pack_versions_of_a_pack BEFORE INSERT ON pack_versions
        FOR EACH ROW WHEN NEW.level NOT IN ({_LEVELS}) OR {_NOT_OF_A_PACK} OR {_LT_BEFORE_T}
        BEGIN SELECT RAISE(ABORT, 'immutable evidence: a pack version extends a stored pack, B-T before B-LT'); END
        """,
}

PG_FUNCTION = "offerdesk_pack_versions_guard"
PG_BODY = f"""
    IF TG_OP = 'UPDATE' OR TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'immutable evidence: a pack version is append-only'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF {_COLLIDES} THEN
      RAISE EXCEPTION 'immutable evidence: a pack version is append-only, it cannot be replaced'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    IF NEW.level NOT IN ({_LEVELS}) OR {_NOT_OF_A_PACK} OR {_LT_BEFORE_T} THEN
      RAISE EXCEPTION 'immutable evidence: a pack version extends a stored pack, B-T before B-LT'
        USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;
"""


def upgrade() -> None:
    op.create_table(
        "pack_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("base_sha256", sa.String(length=64), nullable=False),
        sa.Column("timestamp", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_pack_versions_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pack_versions")),
        sa.UniqueConstraint("document_id", "level", name=op.f("uq_pack_versions_document_id_level")),
    )
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for sql in SQLITE_TRIGGERS.values():
            op.execute(sql)
    elif dialect == "postgresql":
        op.execute(f"CREATE FUNCTION {PG_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {PG_BODY} END $$")
        op.execute(
            f"CREATE TRIGGER {PG_FUNCTION} BEFORE INSERT OR UPDATE OR DELETE ON pack_versions "
            f"FOR EACH ROW EXECUTE FUNCTION {PG_FUNCTION}()"
        )
        # TRUNCATE fires no row trigger: refuse it as a statement
        op.execute(
            f"CREATE FUNCTION {PG_FUNCTION}_truncate() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "RAISE EXCEPTION 'immutable evidence: a pack version is append-only' "
            "USING ERRCODE = 'integrity_constraint_violation'; END $$"
        )
        op.execute(
            f"CREATE TRIGGER {PG_FUNCTION}_truncate BEFORE TRUNCATE ON pack_versions "
            f"FOR EACH STATEMENT EXECUTE FUNCTION {PG_FUNCTION}_truncate()"
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        for suffix in ("", "_truncate"):
            op.execute(f"DROP TRIGGER IF EXISTS {PG_FUNCTION}{suffix} ON pack_versions")
            op.execute(f"DROP FUNCTION IF EXISTS {PG_FUNCTION}{suffix}()")
    op.drop_table("pack_versions")
