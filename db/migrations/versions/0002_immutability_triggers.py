"""Immutability in the database itself: signed offers and their evidence, the audit log.

A signed offer (signed_at set), its lines, signatures and documents refuse UPDATE and
DELETE; the only changes a signed offer's row accepts are the lifecycle steps that do not
touch its content: signed -> activated (activation date set once) and signed/activated ->
superseded (when a later revision is signed). The audit log refuses UPDATE and DELETE.

SQLite gets triggers; PostgreSQL gets equivalent PL/pgSQL trigger functions. Other
backends get none (the service layer still refuses).

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every column of `offers` except the three lifecycle columns (status, activation_date,
# updated_at): none of them may change once the offer is signed. Kept literal on purpose:
# a migration must not follow later model changes.
FROZEN_OFFER_COLUMNS = (
    "id", "number", "revision", "client_id", "site_id", "representative_id", "previous_id",
    "offer_date", "validity_date", "engagement_months", "renewal_months", "lead_time_days",
    "payment_term_days", "special_conditions", "client_snapshot", "required_documents", "client_size",
    "cgv_version_id", "index_reference", "index_applied", "vat_standard_rate", "monthly_ht",
    "monthly_ttc", "installation_ht", "installation_ttc", "presented_at", "signed_at",
    "signed_place", "created_at",
)  # fmt: skip

SIGNED_OFFER = "signed offer {} is immutable"
CHILD_TABLES = ("offer_lines", "signatures", "documents")


def _sqlite_allowed_change(same: str) -> str:
    return (
        f"({same}) AND ("
        "(OLD.status = 'signed' AND NEW.status = 'activated'"
        " AND OLD.activation_date IS NULL AND NEW.activation_date IS NOT NULL)"
        " OR (OLD.status IN ('signed', 'activated') AND NEW.status = 'superseded'"
        " AND NEW.activation_date IS OLD.activation_date))"
    )


def _sqlite_upgrade() -> None:
    same = " AND ".join(f"NEW.{c} IS OLD.{c}" for c in FROZEN_OFFER_COLUMNS)
    op.execute(
        f"""
        CREATE TRIGGER offers_signed_no_update BEFORE UPDATE ON offers
        FOR EACH ROW WHEN OLD.signed_at IS NOT NULL AND NOT ({_sqlite_allowed_change(same)})
        BEGIN SELECT RAISE(ABORT, 'signed offer is immutable'); END
        """
    )
    op.execute(
        """
        CREATE TRIGGER offers_signed_no_delete BEFORE DELETE ON offers
        FOR EACH ROW WHEN OLD.signed_at IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'signed offer is immutable'); END
        """
    )
    for table in CHILD_TABLES:
        for event in ("UPDATE", "DELETE"):
            op.execute(
                f"""
                CREATE TRIGGER {table}_signed_no_{event.lower()} BEFORE {event} ON {table}
                FOR EACH ROW WHEN (SELECT signed_at FROM offers WHERE id = OLD.offer_id) IS NOT NULL
                BEGIN SELECT RAISE(ABORT, 'signed offer is immutable: {table} cannot change'); END
                """
            )
    op.execute(
        """
        CREATE TRIGGER offer_lines_signed_no_insert BEFORE INSERT ON offer_lines
        FOR EACH ROW WHEN (SELECT signed_at FROM offers WHERE id = NEW.offer_id) IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'signed offer is immutable: offer_lines cannot change'); END
        """
    )
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"""
            CREATE TRIGGER audit_log_no_{event.lower()} BEFORE {event} ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
            """
        )


def _sqlite_downgrade() -> None:
    names = ["offers_signed_no_update", "offers_signed_no_delete", "offer_lines_signed_no_insert"]
    names += [f"{t}_signed_no_{e}" for t in CHILD_TABLES for e in ("update", "delete")]
    names += ["audit_log_no_update", "audit_log_no_delete"]
    for name in names:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")


def _pg_upgrade() -> None:
    same = " AND ".join(f"NEW.{c} IS NOT DISTINCT FROM OLD.{c}" for c in FROZEN_OFFER_COLUMNS)
    # JSON has no equality operator in PostgreSQL: compare its text form.
    for column in ("required_documents", "client_snapshot"):
        same = same.replace(
            f"NEW.{column} IS NOT DISTINCT FROM OLD.{column}",
            f"NEW.{column}::text IS NOT DISTINCT FROM OLD.{column}::text",
        )
    op.execute(
        f"""
        CREATE FUNCTION offerdesk_offers_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF OLD.signed_at IS NULL THEN
            IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
            RETURN NEW;
          END IF;
          IF TG_OP = 'UPDATE' AND ({same}) AND (
               (OLD.status = 'signed' AND NEW.status = 'activated'
                AND OLD.activation_date IS NULL AND NEW.activation_date IS NOT NULL)
            OR (OLD.status IN ('signed', 'activated') AND NEW.status = 'superseded'
                AND NEW.activation_date IS NOT DISTINCT FROM OLD.activation_date)) THEN
            RETURN NEW;
          END IF;
          RAISE EXCEPTION 'signed offer is immutable' USING ERRCODE = 'integrity_constraint_violation';
        END $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER offers_signed_guard BEFORE UPDATE OR DELETE ON offers
        FOR EACH ROW EXECUTE FUNCTION offerdesk_offers_guard()
        """
    )
    op.execute(
        """
        CREATE FUNCTION offerdesk_offer_child_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE parent integer;
        BEGIN
          IF TG_OP = 'INSERT' THEN parent := NEW.offer_id; ELSE parent := OLD.offer_id; END IF;
          IF (SELECT signed_at FROM offers WHERE id = parent) IS NOT NULL THEN
            RAISE EXCEPTION 'signed offer is immutable: % cannot change', TG_TABLE_NAME
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
          RETURN NEW;
        END $$
        """
    )
    for table in CHILD_TABLES:
        events = "INSERT OR UPDATE OR DELETE" if table == "offer_lines" else "UPDATE OR DELETE"
        op.execute(
            f"""
            CREATE TRIGGER {table}_signed_guard BEFORE {events} ON {table}
            FOR EACH ROW EXECUTE FUNCTION offerdesk_offer_child_guard()
            """
        )
    op.execute(
        """
        CREATE FUNCTION offerdesk_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'integrity_constraint_violation';
        END $$
        """
    )
    op.execute(
        """
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION offerdesk_append_only()
        """
    )


def _pg_downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
    for table in CHILD_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_signed_guard ON {table}")
    op.execute("DROP TRIGGER IF EXISTS offers_signed_guard ON offers")
    for function in ("offerdesk_append_only", "offerdesk_offer_child_guard", "offerdesk_offers_guard"):
        op.execute(f"DROP FUNCTION IF EXISTS {function}()")


def upgrade() -> None:
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
