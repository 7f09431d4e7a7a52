"""stock movements, item.updated_at

Revision ID: 7f8e9d0c1b2a
Revises: 1a2b3c4d5e6f
Create Date: 2026-10-20 16:03:10
"""
import sqlalchemy as sa
from alembic import op

revision = "7f8e9d0c1b2a"
down_revision = "1a2b3c4d5e6f"
branch_labels = None
depends_on = None


def upgrade():
    op.add_column("item", sa.Column("updated_at", sa.DateTime(), nullable=True))
    op.create_table(
        "movement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("item_id", sa.Integer(), sa.ForeignKey("item.id"), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=200)),
        sa.Column("created_at", sa.DateTime()),
    )


def downgrade():
    op.drop_table("movement")
    op.drop_column("item", "updated_at")
