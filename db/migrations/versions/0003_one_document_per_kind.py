"""One stored document of each kind per offer: a forged second contract pack cannot be inserted.

The triggers of 0002 refuse UPDATE and DELETE on a signed offer's documents; the signed pack
is written once, in the signing transaction, so a unique index on (offer_id, kind) refuses
any later INSERT of another pack for that offer (the service reads the pack by offer and kind).
A unique index rather than a table constraint: SQLite would have to rebuild the table (and
lose its triggers) to add a constraint.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "uq_documents_offer_id_kind"


def upgrade() -> None:
    op.create_index(INDEX, "documents", ["offer_id", "kind"], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="documents")
