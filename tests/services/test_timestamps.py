"""Trusted time (issue 12): each stored pack gets an RFC 3161 document timestamp (B-T), then
validation data (B-LT), stored as new versions beside the original; failures store nothing and
are retried; verify validates the timestamp and reports the level."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, Document, PackVersion
from desktop.documents.seal_verify import verify_pdf
from desktop.documents.trust import Trust, read_pins
from desktop.domain.messages import msg
from desktop.services import timestamps
from desktop.services.store import Store
from tests.db.factories import setup, signed_offer
from tests.documents.tsa import LocalTsa, serve


@pytest.fixture(scope="module")
def tsa() -> LocalTsa:
    return LocalTsa()


@pytest.fixture(scope="module")
def stranger() -> LocalTsa:
    """A TSA whose root nobody installed."""
    return LocalTsa("Autorité inconnue")


def _trust(tsa: LocalTsa) -> Trust:
    """The TSA's root installed; the installation's own sealing certificate pinned."""
    return Trust(roots=(tsa.root,), pins=read_pins())


def _signed(store: Store) -> tuple[int, bytes]:
    client = setup(store)
    offer = signed_offer(store, client)
    with store.read() as session:
        doc = session.scalars(select(Document).where(Document.offer_id == offer.id)).one()
        return doc.id, doc.pdf


@dataclass(frozen=True)
class Version:
    document_id: int
    pdf: bytes
    sha256: str
    base_sha256: str
    timestamp: dict[str, Any]


def _versions(store: Store) -> dict[str, Version]:
    with store.read() as session:
        return {
            v.level: Version(v.document_id, v.pdf, v.sha256, v.base_sha256, v.timestamp)
            for v in session.scalars(select(PackVersion))
        }


def _originals(store: Store) -> list[tuple[int, bytes, str]]:
    with store.read() as session:
        return [(d.id, d.pdf, d.sha256) for d in session.scalars(select(Document).order_by(Document.id))]


def test_a_pack_gets_b_t_then_b_lt_beside_its_original(store: Store, tsa: LocalTsa) -> None:
    doc_id, original = _signed(store)
    before = _originals(store)
    run = timestamps.timestamp_pending(
        store, "http://tsa.example/", timestamper=tsa.timestamper, trust=_trust(tsa)
    )
    assert run.ok, run.outcomes
    assert [(o.before, o.after) for o in run.outcomes] == [("B-B", "B-LT")]
    assert run.added == 2
    assert _originals(store) == before  # the original, byte for byte
    versions = _versions(store)
    assert set(versions) == {"B-T", "B-LT"}
    bt, blt = versions["B-T"].pdf, versions["B-LT"].pdf
    assert bt.startswith(original)
    assert blt.startswith(bt)
    assert len(original) < len(bt) < len(blt)
    for level, pdf in (("B-T", bt), ("B-LT", blt)):
        version = versions[level]
        assert version.document_id == doc_id
        assert version.sha256 == hashlib.sha256(pdf).hexdigest()
        assert version.base_sha256 == hashlib.sha256(original).hexdigest()
        result = verify_pdf(pdf, _trust(tsa))
        assert result.ok, result.problems
        assert result.pades_level == level
        assert result.sealed_sha256 == version.base_sha256  # the same contract as the original
        [stamp] = result.timestamps
        assert stamp.ok
        assert tsa.name in stamp.tsa_subject
        assert stamp.tsa_sha256 == hashlib.sha256(tsa.cert.dump()).hexdigest()
        assert version.timestamp["time"] == stamp.time
    assert verify_pdf(original, _trust(tsa)).pades_level == "B-B"
    with store.read() as session:
        actions = session.scalars(select(AuditEntry.action).where(AuditEntry.action == "offer.pack_version"))
        assert len(list(actions)) == 2


def test_a_second_run_does_nothing(store: Store, tsa: LocalTsa) -> None:
    _signed(store)
    calls: list[str] = []

    def counting(url: str) -> Any:
        calls.append(url)
        return tsa.timestamper()

    assert timestamps.timestamp_pending(store, "u", timestamper=counting, trust=_trust(tsa)).ok
    stored = _versions(store)
    again = timestamps.timestamp_pending(store, "u", timestamper=counting, trust=_trust(tsa))
    assert again.ok
    assert again.outcomes == ()
    assert again.added == 0
    assert len(calls) == 1
    assert {k: v.sha256 for k, v in _versions(store).items()} == {k: v.sha256 for k, v in stored.items()}


class _Down:
    """A timestamper whose TSA cannot be reached."""

    def __call__(self, _url: str) -> Any:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        return HTTPTimeStamper("http://127.0.0.1:9/tsa", timeout=2)  # discard port: refused


def test_a_tsa_that_is_down_stores_nothing_and_the_next_run_succeeds(store: Store, tsa: LocalTsa) -> None:
    _signed(store)
    before = _originals(store)
    run = timestamps.timestamp_pending(
        store, "http://127.0.0.1:9/tsa", timestamper=_Down(), trust=_trust(tsa)
    )
    assert not run.ok
    [outcome] = run.outcomes
    assert outcome.after == "B-B"
    assert outcome.problem is not None
    assert outcome.problem.id == "records.timestamp.no_token"
    assert _versions(store) == {}
    assert _originals(store) == before
    with store.read() as session:
        assert session.scalar(select(func.count()).where(AuditEntry.action == "offer.pack_version")) == 0
    retry = timestamps.timestamp_pending(store, "u", timestamper=tsa.timestamper, trust=_trust(tsa))
    assert retry.ok
    assert set(_versions(store)) == {"B-T", "B-LT"}


def test_a_token_of_an_untrusted_tsa_is_not_stored(
    sqlite_store: Store, tsa: LocalTsa, stranger: LocalTsa
) -> None:
    _signed(sqlite_store)
    run = timestamps.timestamp_pending(sqlite_store, "u", timestamper=stranger.timestamper, trust=_trust(tsa))
    [outcome] = run.outcomes
    assert outcome.after == "B-B"
    assert outcome.problem is not None
    assert outcome.problem.id == "records.timestamp.fails_check"
    assert outcome.problem.params["level"] == "B-T"
    assert "autorité inconnue" in str(outcome.problem.params["reason"])  # the seal check's finding
    assert _versions(sqlite_store) == {}


class _WrongImprint:
    """A TSA that time-stamps some other digest than the one asked for."""

    def __init__(self, tsa: LocalTsa) -> None:
        self.inner = tsa.timestamper()

    def __call__(self, _url: str) -> Any:
        inner = self.inner

        class Stamper(type(inner)):  # type: ignore[misc]
            def __init__(self) -> None:
                self.__dict__.update(inner.__dict__)

            def request_tsa_response(self, req: Any) -> Any:
                from asn1crypto import tsp

                forged = tsp.TimeStampReq.load(req.dump())
                imprint = forged["message_imprint"]
                imprint["hashed_message"] = hashlib.sha256(b"another document").digest()
                return super().request_tsa_response(forged)

        return Stamper()


def test_a_token_with_a_wrong_imprint_is_not_stored(sqlite_store: Store, tsa: LocalTsa) -> None:
    _signed(sqlite_store)
    run = timestamps.timestamp_pending(sqlite_store, "u", timestamper=_WrongImprint(tsa), trust=_trust(tsa))
    [outcome] = run.outcomes
    assert outcome.after == "B-B"
    assert outcome.problem is not None
    assert outcome.problem.id == "records.timestamp.fails_check"
    assert "l'horodatage a été modifié ou ne porte pas sur ce document" in str(
        outcome.problem.params["reason"]
    )
    assert _versions(sqlite_store) == {}


def test_validation_data_that_fails_keeps_b_t_and_is_retried(
    sqlite_store: Store, tsa: LocalTsa, monkeypatch: pytest.MonkeyPatch
) -> None:
    _signed(sqlite_store)

    def broken(pdf: bytes, trust: Trust) -> bytes:
        raise timestamps.TimestampError(msg("records.timestamp.no_validation_data", reason="réseau"))

    with monkeypatch.context() as patch:
        patch.setattr(timestamps, "validation_data", broken)
        run = timestamps.timestamp_pending(sqlite_store, "u", timestamper=tsa.timestamper, trust=_trust(tsa))
    [outcome] = run.outcomes
    assert (outcome.before, outcome.after) == ("B-B", "B-T")
    assert outcome.problem == msg("records.timestamp.no_validation_data", reason="réseau")
    assert set(_versions(sqlite_store)) == {"B-T"}
    calls: list[str] = []
    retry = timestamps.timestamp_pending(
        sqlite_store, "u", timestamper=lambda u: calls.append(u) or tsa.timestamper(), trust=_trust(tsa)
    )
    assert retry.ok
    assert [(o.before, o.after) for o in retry.outcomes] == [("B-T", "B-LT")]
    assert calls == []  # the B-T token is kept: no second timestamp
    assert set(_versions(sqlite_store)) == {"B-T", "B-LT"}


def test_through_a_real_http_tsa_on_localhost(sqlite_store: Store, tsa: LocalTsa) -> None:
    _signed(sqlite_store)
    with serve(tsa) as server:
        server.down = True
        failed = timestamps.timestamp_pending(sqlite_store, server.url, trust=_trust(tsa))
        assert not failed.ok
        assert _versions(sqlite_store) == {}
        server.down, server.answer = False, b"\x30\x03\x02\x01\x00"  # not a TimeStampResp
        malformed = timestamps.timestamp_pending(sqlite_store, server.url, trust=_trust(tsa))
        assert not malformed.ok
        assert _versions(sqlite_store) == {}
        server.answer = None
        run = timestamps.timestamp_pending(sqlite_store, server.url, trust=_trust(tsa))
        assert server.requests == 3
    assert run.ok, run.outcomes
    versions = _versions(sqlite_store)
    assert versions["B-LT"].timestamp["tsa_url"] == server.url
    assert verify_pdf(versions["B-LT"].pdf, _trust(tsa)).pades_level == "B-LT"


# --- verify -------------------------------------------------------------------------------


@pytest.fixture
def stamped(sqlite_store: Store, tsa: LocalTsa) -> dict[str, bytes]:
    _, original = _signed(sqlite_store)
    assert timestamps.timestamp_pending(sqlite_store, "u", timestamper=tsa.timestamper, trust=_trust(tsa)).ok
    versions = _versions(sqlite_store)
    return {"B-B": original, "B-T": versions["B-T"].pdf, "B-LT": versions["B-LT"].pdf}


@pytest.mark.parametrize("level", ["B-T", "B-LT"])
def test_a_timestamp_from_an_untrusted_tsa_fails_verify(
    stamped: dict[str, bytes], level: str, tsa: LocalTsa, stranger: LocalTsa
) -> None:
    result = verify_pdf(stamped[level], Trust(roots=(stranger.root,), pins=read_pins()))
    assert not result.ok
    assert any("horodatage d'une autorité inconnue" in str(p) for p in result.problems)


@pytest.mark.parametrize("level", ["B-T", "B-LT"])
def test_a_tampered_timestamp_fails_verify(stamped: dict[str, bytes], level: str, tsa: LocalTsa) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    pdf = stamped[level]
    [_, stamp] = PdfFileReader(io.BytesIO(pdf)).embedded_signatures
    start = int(stamp.byte_range[1]) + 1  # the token's hex in /Contents
    token = bytes(stamp.pkcs7_content)
    # the TSA's genTime inside the token's TSTInfo: one digit changed (the time is ASCII in DER)
    tst_info = stamp.signed_data["encap_content_info"]["content"].parsed
    gen_time = tst_info["gen_time"].dump()
    at = token.find(tst_info.dump()) + tst_info.dump().find(gen_time) + len(gen_time) - 3
    assert token[at : at + 1].isdigit()
    position = start + 2 * at
    digit = pdf[position : position + 2]
    changed = b"%02X" % (int(digit, 16) ^ 0x01)
    forged = pdf[:position] + changed + pdf[position + 2 :]
    result = verify_pdf(forged, _trust(tsa))
    assert not result.ok
    assert any("horodatage" in str(p) for p in result.problems), result.problems
    # a token replaced by zeros: unreadable, reported, never an exception
    blank = pdf[:start] + b"0" * (2 * len(token)) + pdf[start + 2 * len(token) :]
    unreadable = verify_pdf(blank, _trust(tsa))
    assert not unreadable.ok
    assert unreadable.problems
    # and a byte of the signed range of the timestamp (the seal's revision) changes the imprint
    cut = int(stamp.byte_range[2]) + 10
    flipped = pdf[:cut] + bytes([pdf[cut] ^ 0x20]) + pdf[cut + 1 :]
    assert not verify_pdf(flipped, _trust(tsa)).ok


def test_metadata_changed_after_the_timestamp_fails_verify(stamped: dict[str, bytes], tsa: LocalTsa) -> None:
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(stamped["B-LT"]))
    info = writer.trailer["/Info"]
    info[generic.NameObject("/Subject")] = generic.TextStringObject("149,00 € au lieu de 249,00 €")
    writer.update_container(info)
    out = io.BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    result = verify_pdf(out.getvalue(), _trust(tsa))
    assert not result.ok
    assert any("après" in str(p) for p in result.problems)
