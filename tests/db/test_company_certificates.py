"""Migration 0008: the company certificates, revocations and CRLs only grow — raw SQL cannot
change, delete or (SQLite's INSERT OR REPLACE) silently replace a row, on either engine."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.services.store import Store

T = dt.datetime(2026, 3, 3, tzinfo=dt.UTC)
SHA = "a" * 64


def _raw(store: Store, sql: str, **params: object) -> None:
    with store.engine.begin() as connection:
        connection.execute(text(sql), params)


def _seed(store: Store) -> None:
    _raw(
        store,
        "INSERT INTO company_certificates (kind, representative_code, serial, sha256, subject, pem,"
        " not_before, not_after, created_at)"
        " VALUES ('sealing', 'JDU', 'ab12', :s, 'CN=x', 'PEM', :t, :t, :t)",
        s=SHA,
        t=T,
    )
    _raw(
        store,
        "INSERT INTO certificate_revocations (certificate_sha256, serial, representative_code,"
        " revocation_date, reason, recorded_at) VALUES (:s, 'ab12', 'JDU', :t, 'lost', :t)",
        s=SHA,
        t=T,
    )
    _raw(
        store,
        "INSERT INTO company_crls (number, der, sha256, this_update, created_at) VALUES (1, :d, :s, :t, :t)",
        d=b"crl",
        s=SHA,
        t=T,
    )


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE company_certificates SET subject = 'CN=forged'",
        "UPDATE company_certificates SET kind = 'root'",
        "DELETE FROM company_certificates",
        "UPDATE certificate_revocations SET revocation_date = recorded_at",
        "DELETE FROM certificate_revocations",
        "UPDATE company_crls SET number = 0",
        "DELETE FROM company_crls",
    ],
)
def test_raw_sql_cannot_change_or_remove_a_row(store: Store, sql: str) -> None:
    _seed(store)
    with pytest.raises(DBAPIError, match="append-only"):
        _raw(store, sql)
    with store.engine.connect() as connection:
        counts = [
            connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("company_certificates", "certificate_revocations", "company_crls")
        ]
    assert counts == [1, 1, 1]


def test_sqlite_insert_or_replace_cannot_replace_a_revocation(sqlite_store: Store) -> None:
    _seed(sqlite_store)
    with pytest.raises(DBAPIError, match="append-only"):
        _raw(
            sqlite_store,
            "INSERT OR REPLACE INTO certificate_revocations (id, certificate_sha256, serial,"
            " representative_code, revocation_date, reason, recorded_at)"
            " VALUES (1, :s, 'ab12', 'JDU', :t, 'never mind', :t)",
            s=SHA,
            t=T + dt.timedelta(days=3650),
        )
    with pytest.raises(DBAPIError, match="append-only"):
        _raw(
            sqlite_store,
            "REPLACE INTO company_certificates (id, kind, serial, sha256, subject, pem, not_before,"
            " not_after, created_at) VALUES (1, 'sealing', 'ab12', :s, 'CN=forged', 'P', :t, :t, :t)",
            s=SHA,
            t=T,
        )
