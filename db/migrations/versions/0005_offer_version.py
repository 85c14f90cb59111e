"""A version number on each offer, for optimistic concurrency.

Two programs on the same offer (a second window, `offerdesk` commands, a second session on
PostgreSQL) used to save over each other without a word. Every ORM UPDATE of an offer now
increments `version` and is conditional on the version it read (SQLAlchemy version_id_col);
a draft saved from a version older than the stored one is refused as a conflict. Existing
offers start at 1. A plain ADD COLUMN with a server default on SQLite and PostgreSQL: no
table rebuild, so the immutability triggers of 0002 stay as they are (they compare a fixed
list of columns, which does not include this one: a signed offer's activation still bumps
its version).

Revision ID: 0005
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("offers", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    op.drop_column("offers", "version")  # SQLite >= 3.35 drops a column in place
