"""No back doors into signed evidence, and a keyed audit chain (issue 9).

0002 refused UPDATE and DELETE on a signed offer's rows and on the audit log; raw SQL still
got through by other ways, all closed here on SQLite and PostgreSQL:

- INSERT OR REPLACE / REPLACE INTO: SQLite deletes the colliding row without firing DELETE
  triggers (recursive_triggers is off, and an attacker's shell will not turn it on). A BEFORE
  INSERT trigger now refuses any insert whose primary key or unique key collides with a
  protected row (a signed offer, a child row of a signed offer, any audit entry). On
  PostgreSQL, ON CONFLICT DO UPDATE runs the UPDATE triggers of 0002 and the same BEFORE
  INSERT guard refuses the collision first.
- Moving rows: a child row's offer_id never changes (in or out of a signed offer alike; the
  services never move a row).
- New child rows of a signed offer: the signing transaction inserts the signatures and then
  the sealed contract pack after the offer row is marked signed; a signed offer is complete
  ("sealed") once its contract pack exists, and nothing can be added to it after that. Lines
  are never added to a signed offer (0002). A document's kind must be a known one.
- A signed offer is superseded only when a later revision of the same number is signed; an
  offer is never inserted already signed.
- The audit log only grows at its tail: a new entry's seq is the highest and its prev_hash
  is the last entry's hash (or the genesis hash).

The keyed chain: audit_log gets `mac` (HMAC-SHA256 of the entry's hash under the
installation's audit key, kept in the OS keychain, never in the database) and `key_id` (which
installation's key signed it). The migration has no key: entries written before it keep
mac NULL ("legacy") and the application checkpoints them on its first open with a key.
`store_identity` holds one random id per database, the scope of its keys in the keychain.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.base import UTCDateTime

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

GENESIS = "0" * 64
# The document kinds the application stores (desktop/services/packs.py PACK_KIND). Literal
# on purpose: a migration must not follow later code; a new kind needs a new migration.
DOCUMENT_KINDS = ("contract_pack",)
PACK_KIND = "contract_pack"
# The unique key of each child table besides its id (0001's constraints, 0003's index).
CHILD_KEYS = {"offer_lines": "position", "signatures": "role", "documents": "kind"}
SIGNED_STATES = ("signed", "activated", "superseded")

# 0002's offers UPDATE rule (literal: migrations never import each other), plus the rule
# that superseding needs a later signed revision.
FROZEN_OFFER_COLUMNS = (
    "id", "number", "revision", "client_id", "site_id", "representative_id", "previous_id",
    "offer_date", "validity_date", "engagement_months", "renewal_months", "lead_time_days",
    "payment_term_days", "special_conditions", "client_snapshot", "required_documents", "client_size",
    "cgv_version_id", "index_reference", "index_applied", "vat_standard_rate", "monthly_ht",
    "monthly_ttc", "installation_ht", "installation_ttc", "presented_at", "signed_at",
    "signed_place", "created_at",
)  # fmt: skip

LATER_SIGNED = (
    "EXISTS (SELECT 1 FROM offers later WHERE later.number = OLD.number"
    " AND later.revision > OLD.revision AND later.signed_at IS NOT NULL)"
)


# Collisions with a protected row, one indexed lookup per key (an OR across two keys in one
# subquery could make SQLite scan the table on every insert).
_OFFER_COLLIDES = (
    "(EXISTS (SELECT 1 FROM offers o WHERE o.id = NEW.id AND o.signed_at IS NOT NULL)"
    " OR EXISTS (SELECT 1 FROM offers o WHERE o.number = NEW.number AND o.revision = NEW.revision"
    " AND o.signed_at IS NOT NULL))"
)
_AUDIT_COLLIDES = (
    "(EXISTS (SELECT 1 FROM audit_log a WHERE a.seq = NEW.seq)"
    " OR EXISTS (SELECT 1 FROM audit_log a WHERE a.hash = NEW.hash))"
)


def _child_collides(table: str, key: str) -> str:
    return (
        f"(EXISTS (SELECT 1 FROM {table} x JOIN offers o ON o.id = x.offer_id"
        " WHERE x.id = NEW.id AND o.signed_at IS NOT NULL)"
        " OR ((SELECT signed_at FROM offers WHERE id = NEW.offer_id) IS NOT NULL"
        f" AND EXISTS (SELECT 1 FROM {table} x WHERE x.offer_id = NEW.offer_id AND x.{key} = NEW.{key})))"
    )


def _quoted(values: Sequence[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _allowed_change(same: str, is_same: str, superseded_rule: bool) -> str:
    later = f" AND {LATER_SIGNED}" if superseded_rule else ""
    return (
        f"({same}) AND ("
        "(OLD.status = 'signed' AND NEW.status = 'activated'"
        " AND OLD.activation_date IS NULL AND NEW.activation_date IS NOT NULL)"
        " OR (OLD.status IN ('signed', 'activated') AND NEW.status = 'superseded'"
        f" AND NEW.activation_date {is_same} OLD.activation_date{later}))"
    )


# --- SQLite -------------------------------------------------------------------------------


def _sqlite_offer_update_trigger(superseded_rule: bool) -> str:
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in FROZEN_OFFER_COLUMNS)
    return f"""
        CREATE TRIGGER offers_signed_no_update BEFORE UPDATE ON offers
        FOR EACH ROW WHEN OLD.signed_at IS NOT NULL AND NOT ({_allowed_change(same, "IS", superseded_rule)})
        BEGIN SELECT RAISE(ABORT, 'signed offer is immutable'); END
        """


def _sqlite_triggers() -> dict[str, str]:
    triggers = {
        "offers_no_replace_signed": f"""
            CREATE TRIGGER offers_no_replace_signed BEFORE INSERT ON offers
            FOR EACH ROW WHEN NEW.signed_at IS NOT NULL OR NEW.status IN ({_quoted(SIGNED_STATES)})
              OR {_OFFER_COLLIDES}
            BEGIN SELECT RAISE(ABORT, 'signed offer is immutable: it cannot be inserted or replaced'); END
            """,
        "documents_known_kind": f"""
            CREATE TRIGGER documents_known_kind BEFORE INSERT ON documents
            FOR EACH ROW WHEN NEW.kind NOT IN ({_quoted(DOCUMENT_KINDS)})
            BEGIN SELECT RAISE(ABORT, 'immutable evidence: unknown document kind'); END
            """,
        "documents_known_kind_update": f"""
            CREATE TRIGGER documents_known_kind_update BEFORE UPDATE OF kind ON documents
            FOR EACH ROW WHEN NEW.kind NOT IN ({_quoted(DOCUMENT_KINDS)})
            BEGIN SELECT RAISE(ABORT, 'immutable evidence: unknown document kind'); END
            """,
        "audit_log_no_replace": f"""
            CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
            FOR EACH ROW WHEN {_AUDIT_COLLIDES}
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be replaced'); END
            """,
        # AFTER: SQLite assigns the seq after the BEFORE triggers; RAISE(ABORT) undoes the insert.
        "audit_log_append_at_tail": f"""
            CREATE TRIGGER audit_log_append_at_tail AFTER INSERT ON audit_log
            FOR EACH ROW WHEN NEW.seq <> (SELECT max(seq) FROM audit_log)
              OR NEW.prev_hash IS NOT COALESCE(
                   (SELECT a.hash FROM audit_log a WHERE a.seq < NEW.seq ORDER BY a.seq DESC LIMIT 1),
                   '{GENESIS}')
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: entries are added at its tail'); END
            """,
        "store_identity_no_update": """
            CREATE TRIGGER store_identity_no_update BEFORE UPDATE ON store_identity
            BEGIN SELECT RAISE(ABORT, 'the database identity is immutable'); END
            """,
        "store_identity_no_replace": """
            CREATE TRIGGER store_identity_no_replace BEFORE INSERT ON store_identity
            FOR EACH ROW WHEN EXISTS (SELECT 1 FROM store_identity)
            BEGIN SELECT RAISE(ABORT, 'the database identity is immutable'); END
            """,
        "store_identity_no_delete": """
            CREATE TRIGGER store_identity_no_delete BEFORE DELETE ON store_identity
            BEGIN SELECT RAISE(ABORT, 'the database identity is immutable'); END
            """,
    }
    for table, key in CHILD_KEYS.items():
        triggers[f"{table}_no_replace_signed"] = f"""
            CREATE TRIGGER {table}_no_replace_signed BEFORE INSERT ON {table}
            FOR EACH ROW WHEN {_child_collides(table, key)}
            BEGIN SELECT RAISE(ABORT, 'signed offer is immutable: {table} cannot be replaced'); END
            """
        triggers[f"{table}_no_move"] = f"""
            CREATE TRIGGER {table}_no_move BEFORE UPDATE OF offer_id ON {table}
            FOR EACH ROW WHEN NEW.offer_id IS NOT OLD.offer_id
            BEGIN SELECT RAISE(ABORT, 'immutable evidence: {table} cannot move to another offer'); END
            """
    for table in ("signatures", "documents"):
        triggers[f"{table}_sealed_no_insert"] = f"""
            CREATE TRIGGER {table}_sealed_no_insert BEFORE INSERT ON {table}
            FOR EACH ROW WHEN (SELECT signed_at FROM offers WHERE id = NEW.offer_id) IS NOT NULL
              AND EXISTS (SELECT 1 FROM documents d WHERE d.offer_id = NEW.offer_id AND d.kind = '{PACK_KIND}')
            BEGIN SELECT RAISE(ABORT, 'signed offer is immutable: {table} cannot be added'); END
            """
    return triggers


def _sqlite_upgrade() -> None:
    op.execute("DROP TRIGGER offers_signed_no_update")
    op.execute(_sqlite_offer_update_trigger(superseded_rule=True))
    for sql in _sqlite_triggers().values():
        op.execute(sql)


def _sqlite_downgrade() -> None:
    for name in _sqlite_triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TRIGGER offers_signed_no_update")
    op.execute(_sqlite_offer_update_trigger(superseded_rule=False))


# --- PostgreSQL ---------------------------------------------------------------------------


def _pg_offers_guard(superseded_rule: bool) -> str:
    same = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in FROZEN_OFFER_COLUMNS)
    for column in ("required_documents", "client_snapshot"):  # JSON has no equality: compare text
        same = same.replace(
            f"NEW.{column} IS NOT DISTINCT FROM OLD.{column}",
            f"NEW.{column}::text IS NOT DISTINCT FROM OLD.{column}::text",
        )
    allowed = _allowed_change(same, "IS NOT DISTINCT FROM", superseded_rule)
    return f"""
        CREATE OR REPLACE FUNCTION offerdesk_offers_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.signed_at IS NULL THEN
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
          END IF;
          IF TG_OP = 'UPDATE' AND {allowed} THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'signed offer is immutable' USING ERRCODE = 'integrity_constraint_violation';
        END $$
        """


def _pg_raise(message: str) -> str:
    return f"RAISE EXCEPTION '{message}' USING ERRCODE = 'integrity_constraint_violation';"


def _pg_functions() -> dict[str, tuple[str, str, str]]:
    """name -> (function body, table, trigger events)."""
    functions = {
        "offerdesk_offers_insert_guard": (
            f"""
            IF NEW.signed_at IS NOT NULL OR NEW.status IN ({_quoted(SIGNED_STATES)})
               OR {_OFFER_COLLIDES} THEN
              {_pg_raise("signed offer is immutable: it cannot be inserted or replaced")}
            END IF;
            RETURN NEW;
            """,
            "offers",
            "BEFORE INSERT",
        ),
        "offerdesk_audit_insert_guard": (
            f"""
            IF {_AUDIT_COLLIDES} THEN
              {_pg_raise("the audit log is append-only: an entry cannot be replaced")}
            END IF;
            IF EXISTS (SELECT 1 FROM audit_log a WHERE a.seq > NEW.seq)
               OR NEW.prev_hash IS DISTINCT FROM COALESCE(
                    (SELECT a.hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1), '{GENESIS}') THEN
              {_pg_raise("the audit log is append-only: entries are added at its tail")}
            END IF;
            RETURN NEW;
            """,
            "audit_log",
            "BEFORE INSERT",
        ),
        "offerdesk_store_identity_guard": (
            f"""
            IF TG_OP = 'INSERT' AND NOT EXISTS (SELECT 1 FROM store_identity) THEN RETURN NEW; END IF;
            {_pg_raise("the database identity is immutable")}
            """,
            "store_identity",
            "BEFORE INSERT OR UPDATE OR DELETE",
        ),
    }
    for table, key in CHILD_KEYS.items():
        sealed = ""
        if table != "offer_lines":  # 0002 refuses every new line of a signed offer already
            sealed = f"""
            IF TG_OP = 'INSERT' AND (SELECT signed_at FROM offers WHERE id = NEW.offer_id) IS NOT NULL
               AND EXISTS (SELECT 1 FROM documents d WHERE d.offer_id = NEW.offer_id
                           AND d.kind = '{PACK_KIND}') THEN
              {_pg_raise(f"signed offer is immutable: {table} cannot be added")}
            END IF;"""
        kind = ""
        if table == "documents":
            kind = f"""
            IF NEW.kind NOT IN ({_quoted(DOCUMENT_KINDS)}) THEN
              {_pg_raise("immutable evidence: unknown document kind")}
            END IF;"""
        functions[f"offerdesk_{table}_guard_0004"] = (
            f"""
            IF TG_OP = 'UPDATE' AND NEW.offer_id IS DISTINCT FROM OLD.offer_id THEN
              {_pg_raise(f"immutable evidence: {table} cannot move to another offer")}
            END IF;
            IF TG_OP = 'INSERT' AND ({_child_collides(table, key)}) THEN
              {_pg_raise(f"signed offer is immutable: {table} cannot be replaced")}
            END IF;{sealed}{kind}
            RETURN NEW;
            """,
            table,
            "BEFORE INSERT OR UPDATE",
        )
    return functions


def _pg_upgrade() -> None:
    op.execute(_pg_offers_guard(superseded_rule=True))
    for name, (body, table, events) in _pg_functions().items():
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} END $$")
        op.execute(f"CREATE TRIGGER {name} {events} ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()")


def _pg_downgrade() -> None:
    for name, (_body, table, _events) in _pg_functions().items():
        op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.execute(_pg_offers_guard(superseded_rule=False))


# --- both ---------------------------------------------------------------------------------


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("mac", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("key_id", sa.String(length=32), nullable=True))
    identity = op.create_table(
        "store_identity",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("database_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_identity")),
    )
    created = dt.datetime.now(dt.UTC)
    op.bulk_insert(identity, [{"id": 1, "database_id": uuid.uuid4().hex, "created_at": created}])
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_upgrade()
    elif dialect == "postgresql":
        _pg_upgrade()


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _sqlite_downgrade()
    elif dialect == "postgresql":
        _pg_downgrade()
    op.drop_table("store_identity")
    # in place (SQLite >= 3.35): a batch rebuild of the table would drop 0002's triggers
    op.execute("ALTER TABLE audit_log DROP COLUMN key_id")
    op.execute("ALTER TABLE audit_log DROP COLUMN mac")
