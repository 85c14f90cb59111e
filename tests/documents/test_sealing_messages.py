"""The words of sealing and verifying in French, German and English: dates, plurals, a finding
inside another, several findings as one verdict."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.documents import trust
from desktop.documents.seal_verify import VerifyResult
from desktop.domain.messages import msg


def test_a_revocation_after_the_seal_in_three_languages() -> None:
    note = msg(
        "sealing.verify.revoked_after",
        revoked=dt.datetime(2026, 5, 1, 8, 30, tzinfo=dt.UTC),
        reason="key_compromise",
        sealed=dt.datetime(2026, 4, 30, 17, 0, 5, tzinfo=dt.UTC),
        proof=msg("sealing.verify.time_proven"),
    )
    assert note.text("fr") == (
        "le certificat de scellement a été révoqué le 2026-05-01 08:30:00 UTC (motif : key_compromise), "
        "après ce sceau daté de 2026-04-30 17:00:05 UTC : le sceau reste valable (date prouvée par "
        "l'horodatage)"
    )
    assert note.text("de") == (
        "das Siegelzertifikat wurde am 2026-05-01 08:30:00 UTC widerrufen (Grund: key_compromise), "
        "nach diesem auf 2026-04-30 17:00:05 UTC datierten Siegel: Das Siegel bleibt gültig (Datum "
        "durch den Zeitstempel belegt)"
    )
    assert note.text("en") == (
        "the sealing certificate was revoked on 2026-05-01 08:30:00 UTC (reason: key_compromise), "
        "after this seal dated 2026-04-30 17:00:05 UTC: the seal remains valid (date proven by the "
        "timestamp)"
    )


def test_an_unknown_sealing_time_is_said_in_words() -> None:
    problem = msg(
        "sealing.verify.revoked_before",
        revoked=dt.datetime(2026, 5, 1, tzinfo=dt.UTC),
        reason="unspecified",
        sealed=msg("sealing.verify.unknown_time"),
    )
    assert "ce sceau est daté de inconnu, après la révocation" in problem.text("fr")
    assert "this seal is dated unknown, after the revocation" in problem.text("en")


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("fr", "contient 1 certificat :", "contient 2 certificats :"),
        ("de", "enthält 1 Zertifikat:", "enthält 2 Zertifikate:"),
        ("en", "contains 1 certificate:", "contains 2 certificates:"),
    ],
)
def test_a_file_of_several_certificates_in_each_language(lang: str, one: str, two: str) -> None:
    assert one in msg("sealing.trust.several", path=Path("a.pem"), count=1).text(lang)
    assert two in msg("sealing.trust.several", path=Path("a.pem"), count=2).text(lang)


def test_a_finding_inside_another_is_in_the_same_language() -> None:
    changed = msg("sealing.verify.modified_after_seal", change=msg("sealing.change.annotations"))
    assert (
        changed.text("de") == "das Dokument wurde nach seiner Versiegelung verändert: "
        "Anmerkungen wurden hinzugefügt oder geändert"
    )
    assert (
        changed.text("en")
        == "the document was changed after it was sealed: annotations were added or changed"
    )


def test_the_verdict_of_several_problems_names_each() -> None:
    problems = (msg("sealing.verify.not_pades"), msg("sealing.verify.no_offer"))
    result = VerifyResult(sha256="0" * 64, sealed=True, problems=problems)
    assert result.message.id == "sealing.verify.problems"
    assert result.message.params == {"first": problems[0], "rest": problems[1]}
    assert str(result.message) == (
        "le sceau n'est pas au format PAdES qu'OfferDesk produit; "
        "le sceau ne nomme pas d'offre OfferDesk (motif signé inattendu)"
    )
    assert result.message.text("en") == (
        "the seal is not in the PAdES format OfferDesk produces; "
        "the seal names no OfferDesk offer (unexpected signed reason)"
    )
    assert VerifyResult(sha256="0" * 64).message.id == "sealing.verify.not_verified"


def test_a_trust_error_carries_its_message(tmp_path: Path) -> None:
    with pytest.raises(trust.TrustError) as refused:
        trust.remove_root(tmp_path / "elsewhere.pem", tmp_path)
    assert refused.value.message == msg(
        "sealing.trust.outside_folder",
        path=tmp_path / "elsewhere.pem",
        folder=trust.trust_folder(tmp_path).resolve(),
    )
    assert str(refused.value).endswith(
        "n'est pas dans le dossier des certificats de confiance "
        + str(trust.trust_folder(tmp_path).resolve())
    )


def test_a_root_file_that_is_not_there_says_so_in_the_reader_language(tmp_path: Path) -> None:
    """The system's refusal inside a trust or CA sentence is desktop.os_errors' message,
    translated with it, not the OS's English strerror."""
    missing = tmp_path / "absent.pem"
    with pytest.raises(trust.TrustError) as refused:
        trust.install_root(missing, tmp_path)
    assert refused.value.message == msg("sealing.trust.unreadable", path=missing, detail=msg("os.not_found"))
    for lang in ("fr", "de", "en"):
        assert "No such file" not in refused.value.message.text(lang)


def test_no_keychain_for_the_local_seal_key_reads_in_one_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop import keychain
    from desktop.documents import seal

    def unavailable(*args: object, **kwargs: object) -> str:
        raise keychain.KeychainUnavailable(msg("keychain.none"))

    monkeypatch.setattr(keychain, "secret", unavailable)
    with pytest.raises(seal.SealError) as refused:
        seal._key_passphrase(tmp_path, create=True)
    german = refused.value.message.text("de")
    assert msg("keychain.none").text("de") in german
    assert "trousseau" not in german
