"""Issue 9's forgery: replace a signed offer's sealed pack by another one (sealed too) and
recompute its offer.pack audit entry. `offerdesk verify --db` used to accept the forgery and
reject the genuine contract. Now the triggers refuse to store it, and an attacker who drops
them still cannot recompute the entry's MAC: verify, pack and audit --verify refuse."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db.models import Offer
from desktop.cli import main
from desktop.documents.pack import render_pack
from desktop.documents.seal import SealConfig, seal_pdf
from desktop.services import packs
from desktop.services.offer_views import offer_view
from desktop.services.store import Store
from tests.db.factories import setup, signed_offer
from tests.db.tampering import entries, rewrite, unguard


def _forgery(store: Store, offer_id: int) -> bytes:
    """The same contract with other special conditions, properly sealed with the laptop's own
    (pinned, hence trusted) certificate and the genuine signed reason: the forger has the
    laptop. Only the store and the keyed audit chain can tell it from the genuine pack."""
    with store.read() as session:
        offer = session.get(Offer, offer_id)
        assert offer is not None
        number, revision = offer.number, offer.revision
        model = packs.pack_model(
            offer_view(session, offer), packs._company(session), packs._sign_entry(session, offer)
        )
    model = replace(model, terms=replace(model.terms, special_conditions="Remise de 90 % à vie"))
    reason = f"Contrat {number} révision {revision} signé par {model.client.legal_name}"
    sealed, _ = seal_pdf(render_pack(model).pdf, SealConfig(), reason, "Luxembourg")
    return sealed


def _raw(store: Store, sql: str, **params: object) -> None:
    with store.engine.begin() as connection:
        connection.execute(text(sql), params)


def test_a_forged_pack_with_a_recomputed_record_is_refused(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offer = signed_offer(store, setup(store))
    genuine, forged = tmp_path / "genuine.pdf", tmp_path / "forged.pdf"
    assert main(["pack", offer.number, "-o", str(genuine), "--db", store.url]) == 0
    forged.write_bytes(_forgery(store, offer.id))
    digest = hashlib.sha256(forged.read_bytes()).hexdigest()
    assert main(["verify", str(forged), "--no-db"]) == 0  # the forgery's seal itself is intact
    capsys.readouterr()

    # 1. the triggers: the stored pack can be neither replaced, updated nor doubled
    document = next(iter(entries_of(store, "documents", offer.id)))
    attempts = ["UPDATE documents SET pdf = :p, sha256 = :h WHERE id = :i"]
    attempts.append(
        "INSERT INTO documents (offer_id, kind, pdf, sha256, created_at)"
        " VALUES (:o, 'contract_pack', :p, :h, :t)"
    )
    if store.dialect == "sqlite":
        attempts.append(
            "REPLACE INTO documents (id, offer_id, kind, pdf, sha256, created_at)"
            " VALUES (:i, :o, 'contract_pack', :p, :h, :t)"
        )
    else:
        attempts.append(
            "INSERT INTO documents (id, offer_id, kind, pdf, sha256, created_at)"
            " VALUES (:i, :o, 'contract_pack', :p, :h, :t) ON CONFLICT (id) DO UPDATE SET pdf = EXCLUDED.pdf"
        )
    params = {
        "i": document["id"],
        "o": offer.id,
        "p": forged.read_bytes(),
        "h": digest,
        "t": document["created_at"],
    }
    for sql in attempts:
        with pytest.raises(DBAPIError, match="immutable"):
            _raw(store, sql, **params)
    assert main(["verify", str(forged), "--db", store.url]) == 1
    assert main(["verify", str(genuine), "--db", store.url]) == 0
    capsys.readouterr()

    # 2. the attacker drops the triggers, stores the forgery and recomputes the offer.pack entry
    unguard(store, "documents")
    _raw(store, "UPDATE documents SET pdf = :p, sha256 = :h WHERE id = :i", **params)
    rows = entries(store)
    record = next(r for r in rows if r["action"] == "offer.pack")
    record["payload"] = {**record["payload"], "sha256": digest}
    rewrite(store, rows)

    assert main(["verify", str(forged), "--db", store.url]) == 1
    captured = capsys.readouterr()
    assert "ENREGISTREMENT NON FIABLE" in captured.out
    assert f"entrée {record['seq']} (offer.pack" in captured.err
    assert "forgée" in captured.err
    assert main(["pack", offer.number, "-o", str(tmp_path / "out.pdf"), "--db", store.url]) == 1
    assert "forgée" in capsys.readouterr().err
    assert not (tmp_path / "out.pdf").exists()
    assert main(["audit", "--verify", "--db", store.url]) == 1
    assert f"entrée {record['seq']} (offer.pack" in capsys.readouterr().out


def entries_of(store: Store, table: str, offer_id: int) -> list[dict[str, object]]:
    with store.engine.connect() as connection:
        rows = connection.execute(text(f"SELECT * FROM {table} WHERE offer_id = :o"), {"o": offer_id})
        return [dict(r._mapping) for r in rows]
