"""An offer becomes signed only with its signatures: no raw UPDATE marks it signed.

Migration 0004 freezes an offer once `signed_at` is set, but a raw
`UPDATE offers SET status = 'signed'` (or 'activated') over a presented offer was accepted: a
"contract" without a client's or a representative's signature, which then froze as if genuine
(found by the lifecycle walk, tests/services/test_lifecycle_walk.py). From here the database
refuses any change of status into signed or activated from a status that is neither, unless
the row carries its signing time and both signatures (client and representative) are already
stored (a row inserted as signed is refused by 0004 already). The services insert the
signatures first, then sign the offer, in one transaction.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "offers are immutable once signed, and signed only with both signatures stored"
ENTERING = "NEW.status IN ('signed', 'activated') AND OLD.status NOT IN ('signed', 'activated')"
MISSING = (
    "NEW.signed_at IS NULL OR (SELECT COUNT(DISTINCT role) FROM signatures"
    " WHERE offer_id = NEW.id AND role IN ('client', 'representative')) < 2"
)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            f"""
            CREATE TRIGGER offers_signed_with_signatures BEFORE UPDATE OF status ON offers
            FOR EACH ROW WHEN {ENTERING} AND ({MISSING})
            BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END
            """
        )
    elif dialect == "postgresql":
        op.execute(
            f"""
            CREATE FUNCTION offerdesk_signed_with_signatures() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF {MISSING} THEN
                RAISE EXCEPTION '{MESSAGE}';
              END IF;
              RETURN NEW;
            END $$
            """
        )
        op.execute(
            f"""
            CREATE TRIGGER offers_signed_with_signatures BEFORE UPDATE OF status ON offers
            FOR EACH ROW WHEN ({ENTERING})
            EXECUTE FUNCTION offerdesk_signed_with_signatures()
            """
        )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS offers_signed_with_signatures")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS offers_signed_with_signatures ON offers")
        op.execute("DROP FUNCTION IF EXISTS offerdesk_signed_with_signatures()")
