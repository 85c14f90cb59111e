"""offerdesk demo / pack / verify, run through the real CLI entry point."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from tests.documents.message_ids import has_row
from tests.documents.pdftext import page_texts


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "-o", str(folder)]) == 0
    db = folder / "offerdesk-demo.sqlite3"
    assert db.is_file()
    return folder, f"sqlite:///{db}"


@pytest.fixture
def demo_trust(demo: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    """verify trusts the demo's throw-away certificate: it is pinned in DIR/data."""
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(demo[0] / "data"))


def _signed(folder: Path) -> Path:
    [pack] = list(folder.glob("OF-*-r1.pdf"))
    return pack


def test_demo_writes_a_draft_and_a_verified_signed_pack(
    demo: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = demo
    signed = _signed(folder)
    [draft] = list(folder.glob("OF-*-projet.pdf"))
    texts = page_texts(signed.read_bytes())
    assert "Page de preuve de la signature" in texts[-1]
    assert all("PROJET — non signé" in t for t in page_texts(draft.read_bytes()))
    assert not any("PROJET — non signé" in t for t in texts)


def test_verify_ok_against_the_database(
    demo: tuple[Path, str], demo_trust: None, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, db = demo
    capsys.readouterr()
    assert main(["verify", str(_signed(folder)), "--db", db]) == 0
    out = capsys.readouterr().out
    assert has_row(out, "sceau :", "intact")
    assert has_row(out, "offre :", "OF-")
    assert "révision 1" in out
    assert has_row(out, "base :", "l'empreinte correspond au contrat enregistré à la signature")
    assert "OfferDesk" in out  # the sealing certificate's subject
    assert has_row(out, "de confiance :", "oui")


def test_the_demo_pack_is_unknown_where_its_certificate_is_not_pinned(
    demo: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, db = demo
    capsys.readouterr()
    assert main(["verify", str(_signed(folder)), "--db", db]) == 1  # the suite's data folder
    captured = capsys.readouterr()
    assert has_row(captured.out, "de confiance :", "NON")
    assert "scellé par un certificat inconnu" in captured.err
    assert "Traceback" not in captured.err


def test_the_demo_seals_with_a_throw_away_key_never_the_users(demo: tuple[Path, str]) -> None:
    from desktop.documents import trust
    from desktop.documents.seal import SEAL_FILE
    from desktop.documents.seal_verify import verify_pdf

    folder, _ = demo
    assert (folder / "data" / SEAL_FILE).is_file()  # the demo's own, encrypted
    sealed_by = verify_pdf(_signed(folder).read_bytes()).signer_sha256
    assert sealed_by in trust.read_pins(folder / "data")
    assert sealed_by not in trust.read_pins()  # the suite's ("the user's") data folder


def test_verify_reports_one_changed_byte(
    demo: tuple[Path, str], demo_trust: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, db = demo
    data = bytearray(_signed(folder).read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["verify", str(tampered), "--db", db]) == 1
    captured = capsys.readouterr()
    assert has_row(captured.out, "sceau :", "PAS INTACT")
    assert has_row(captured.out, "offre :", "inconnu")  # the seal no longer vouches for its /Reason
    assert "le document a été modifié après son scellement" in captured.err
    assert "Traceback" not in captured.err


def test_verify_without_a_database_checks_the_seal_only(
    demo: tuple[Path, str], demo_trust: None, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = demo
    capsys.readouterr()
    assert main(["verify", str(_signed(folder)), "--no-db"]) == 0
    assert has_row(capsys.readouterr().out, "base :", "base non vérifiée (aucune base)")


def test_pack_command_writes_the_stored_sealed_pack(
    demo: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, db = demo
    signed = _signed(folder)
    number = signed.name.split("-r1")[0]
    out = tmp_path / "copy.pdf"
    assert main(["pack", number, "--revision", "1", "-o", str(out), "--db", db]) == 0
    assert out.read_bytes() == signed.read_bytes()
    assert "contrat signé et scellé de l'offre" in capsys.readouterr().out


def test_pack_command_errors_are_one_line(
    demo: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, db = demo
    capsys.readouterr()
    assert main(["pack", "OF-1999-XXX-0001", "-o", str(tmp_path / "x.pdf"), "--db", db]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "offerdesk: L'offre OF-1999-XXX-0001 n'existe pas"
    assert main(["verify", str(tmp_path / "missing.pdf"), "--no-db"]) == 2
    assert "impossible de lire" in (err := capsys.readouterr().err)
    assert "missing.pdf : le fichier ou le dossier n'existe pas" in err


def test_demo_in_german_writes_german_packs(tmp_path: Path) -> None:
    folder = tmp_path / "demo-de"
    assert main(["demo", "-o", str(folder), "--lang", "de"]) == 0
    texts = page_texts(_signed(folder).read_bytes())
    assert "Dienstleistungsangebot — Besondere Bedingungen" in texts[0]
    assert any("„Gelesen und genehmigt“" in t for t in texts)
    assert "Dokumentsprache" in texts[-1]
    [draft] = list(folder.glob("OF-*-projet.pdf"))
    assert all("ENTWURF — nicht unterzeichnet" in t for t in page_texts(draft.read_bytes()))


def test_demo_refuses_a_language_it_does_not_print(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit):
        main(["demo", "-o", str(tmp_path), "--lang", "it"])
    assert "--lang" in capsys.readouterr().err
