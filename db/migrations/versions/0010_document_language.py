"""Offers printed in the client's language: a preferred language per client, a document
language per offer, frozen once the offer is signed.

`clients.preferred_language` and `offers.document_language` are two-letter codes, one of
fr / de / en (NOT NULL, a CHECK constraint), French for every row that exists today (every
pack so far was French). 0004's trigger freezes a signed offer by a list of columns, which a
new column is not in: a raw UPDATE of `document_language` on a signed offer is refused by a
trigger of its own, with the same message.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LANGUAGES = "('fr', 'de', 'en')"  # literal: a migration must not follow later code
MESSAGE = "signed offer is immutable"
CHANGED = "OLD.signed_at IS NOT NULL AND NEW.document_language IS DISTINCT FROM OLD.document_language"


def _column(table: str, name: str) -> str:
    return (
        f"ALTER TABLE {table} ADD COLUMN {name} VARCHAR(2) DEFAULT 'fr' NOT NULL"
        f" CONSTRAINT ck_{table}_{name} CHECK ({name} IN {LANGUAGES})"
    )


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.execute(_column("clients", "preferred_language"))
    op.execute(_column("offers", "document_language"))
    if dialect == "sqlite":
        op.execute(
            f"""
            CREATE TRIGGER offers_signed_language BEFORE UPDATE OF document_language ON offers
            FOR EACH ROW WHEN {CHANGED.replace("IS DISTINCT FROM", "IS NOT")}
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
            """
        )
    elif dialect == "postgresql":
        op.execute(
            f"""
            CREATE FUNCTION offerdesk_signed_language() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION '{MESSAGE}';
            END $$
            """
        )
        op.execute(
            f"""
            CREATE TRIGGER offers_signed_language BEFORE UPDATE OF document_language ON offers
            FOR EACH ROW WHEN ({CHANGED})
            EXECUTE FUNCTION offerdesk_signed_language()
            """
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS offers_signed_language")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS offers_signed_language ON offers")
        op.execute("DROP FUNCTION IF EXISTS offerdesk_signed_language()")
    op.drop_column("offers", "document_language")
    op.drop_column("clients", "preferred_language")
