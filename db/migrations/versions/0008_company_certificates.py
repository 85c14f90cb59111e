"""Company certificates: the sealing CA's root, the certificates it issued, their revocations
and the CRLs it signed (issue 12, company certificates).

Published by the office (`offerdesk office init / add-rep / revoke`) so that laptops can pull
them; the CA's private key is never here. Evidence, like the audit log: the three tables only
grow. UPDATE and DELETE are refused on both engines, and on SQLite an INSERT OR REPLACE that
would silently delete a colliding row is refused first (0004's reasoning: SQLite's REPLACE
fires no DELETE trigger). A revocation is a new row, never an edit of the certificate.

Revision ID: 0008
Revises: 0006 (the `tsa` branch adds 0007; the chain is re-linked at merge)
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.base import UTCDateTime

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# table -> the columns whose collision an INSERT OR REPLACE would resolve by deleting a row
APPEND_ONLY = {
    "company_certificates": ("id", "sha256", "serial"),
    "certificate_revocations": ("id", "certificate_sha256"),
    "company_crls": ("number",),
}


def _tables() -> None:
    op.create_table(
        "company_certificates",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("representative_code", sa.String(8), nullable=True),
        sa.Column("serial", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("pem", sa.Text(), nullable=False),
        sa.Column("not_before", UTCDateTime(), nullable=False),
        sa.Column("not_after", UTCDateTime(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('root', 'sealing')", name=op.f("ck_company_certificates_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_certificates")),
        sa.UniqueConstraint("sha256", name=op.f("uq_company_certificates_sha256")),
        sa.UniqueConstraint("serial", name=op.f("uq_company_certificates_serial")),
    )
    op.create_table(
        "certificate_revocations",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("certificate_sha256", sa.String(64), nullable=False),
        sa.Column("serial", sa.String(64), nullable=False),
        sa.Column("representative_code", sa.String(8), nullable=True),
        sa.Column("revocation_date", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.String(200), nullable=False),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["certificate_sha256"],
            ["company_certificates.sha256"],
            name=op.f("fk_certificate_revocations_certificate_sha256_company_certificates"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_revocations")),
        sa.UniqueConstraint("certificate_sha256", name=op.f("uq_certificate_revocations_certificate_sha256")),
    )
    op.create_table(
        "company_crls",
        sa.Column("number", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("this_update", UTCDateTime(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("number", name=op.f("pk_company_crls")),
    )


def _sqlite_triggers(table: str, keys: Sequence[str]) -> None:
    collides = " OR ".join(f"EXISTS (SELECT 1 FROM {table} x WHERE x.{k} = NEW.{k})" for k in keys)
    op.execute(
        f"""
        CREATE TRIGGER {table}_no_replace BEFORE INSERT ON {table}
        FOR EACH ROW WHEN {collides}
        BEGIN SELECT RAISE(ABORT, 'company certificates are append-only: a row cannot be replaced'); END
        """
    )
    for event in ("UPDATE", "DELETE"):
        op.execute(
            f"""
            CREATE TRIGGER {table}_no_{event.lower()} BEFORE {event} ON {table}
            BEGIN SELECT RAISE(ABORT, 'company certificates are append-only'); END
            """
        )


def _pg_triggers(table: str) -> None:
    op.execute(
        f"""
        CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table}
        FOR EACH ROW EXECUTE FUNCTION offerdesk_certificates_append_only()
        """
    )


def upgrade() -> None:
    _tables()
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute(
            """
            CREATE FUNCTION offerdesk_certificates_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'company certificates are append-only'
                USING ERRCODE = 'integrity_constraint_violation';
            END $$
            """
        )
    for table, keys in APPEND_ONLY.items():
        if dialect == "sqlite":
            _sqlite_triggers(table, keys)
        elif dialect == "postgresql":
            _pg_triggers(table)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in APPEND_ONLY:
        if dialect == "sqlite":
            for name in ("no_replace", "no_update", "no_delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_{name}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS offerdesk_certificates_append_only()")
    op.drop_table("company_crls")
    op.drop_table("certificate_revocations")
    op.drop_table("company_certificates")
