"""Sealing (PAdES B-B) and verifying: a sealed pack verifies; one changed byte is detected."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from pathlib import Path

import pytest

from desktop.documents import seal
from desktop.documents.files import write_atomic
from desktop.documents.pack import render_pack
from desktop.documents.seal import SealConfig, SealError, seal_pdf
from desktop.documents.seal_verify import verify_pdf
from desktop.domain.messages import Message
from tests.documents.fixtures import sample_model
from tests.documents.message_ids import message_ids


@pytest.fixture(scope="module")
def pack_pdf() -> bytes:
    return render_pack(sample_model(signed=True)).pdf


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(seal.DATA_DIR_ENV, str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def sealed(pack_pdf: bytes, data_dir: Path) -> bytes:
    out, _ = seal_pdf(pack_pdf, SealConfig(), "Contrat OF-2026-JDU-0042 révision 2", "Luxembourg")
    return out


def test_sealed_pack_verifies_and_names_offer_revision_and_signer(sealed: bytes, data_dir: Path) -> None:
    result = verify_pdf(sealed)
    assert result.ok, result.message
    assert result.sealed
    assert result.intact
    assert result.valid
    assert result.whole_file
    assert result.offer_number == "OF-2026-JDU-0042"
    assert result.revision == 2
    assert "OfferDesk" in result.signer_subject
    assert result.sha256 == hashlib.sha256(sealed).hexdigest()
    assert (data_dir / seal.SEAL_FILE).is_file()


def _flip(data: bytes, pos: int) -> bytes:
    changed = bytearray(data)
    changed[pos] ^= 0x01
    return bytes(changed)


@pytest.mark.parametrize("fraction", [0.05, 0.3, 0.5, 0.7, 0.95])
def test_one_changed_byte_in_the_content_is_detected(sealed: bytes, fraction: float) -> None:
    result = verify_pdf(_flip(sealed, int(len(sealed) * fraction)))
    assert not result.ok
    assert message_ids(result.problems) & {
        "sealing.verify.changed_after_seal",
        "sealing.verify.modified_after_seal",
        "sealing.verify.seal_damaged",
        "sealing.verify.contents_changed",
        "sealing.verify.not_a_pdf",
    }


def test_one_changed_byte_in_the_seal_itself_is_detected(sealed: bytes) -> None:
    start = sealed.rindex(b"/Contents <") + len(b"/Contents <")
    for offset in (10, 300, 900):
        result = verify_pdf(_flip(sealed, start + offset))
        assert not result.ok
        assert result.message


def test_the_tampered_message_is_clear(sealed: bytes) -> None:
    text_at = sealed.index(b"stream", len(sealed) // 3) + 20
    result = verify_pdf(_flip(sealed, text_at))
    assert result.message == Message("sealing.verify.changed_after_seal")
    assert [result.message.text(lang) for lang in ("fr", "de", "en")] == [
        "le document a été modifié après son scellement (son contenu ne correspond plus au sceau)",
        "das Dokument wurde nach seiner Versiegelung verändert "
        "(sein Inhalt entspricht nicht mehr dem Siegel)",
        "the document was changed after it was sealed (its content no longer matches the seal)",
    ]


def test_content_appended_after_the_seal_is_detected(sealed: bytes) -> None:
    result = verify_pdf(sealed + b"\n1 0 obj\n(extra)\nendobj\n")
    assert not result.ok


def test_an_unsealed_pack_is_reported_as_such(pack_pdf: bytes) -> None:
    result = verify_pdf(pack_pdf)
    assert not result.ok
    assert result.message == Message("sealing.verify.no_seal")
    assert result.offer_number == ""  # its /Keywords name one, but nothing signed vouches for it


def test_not_a_pdf() -> None:
    result = verify_pdf(b"hello")
    assert not result.ok
    assert result.message.id == "sealing.verify.not_a_pdf"
    assert "n'est pas un PDF" in str(result.message)


def test_the_local_certificate_is_created_once(pack_pdf: bytes, data_dir: Path) -> None:
    _, first = seal_pdf(pack_pdf, SealConfig(), "r", "l")
    stamp = (data_dir / seal.SEAL_FILE).stat().st_mtime_ns
    _, second = seal_pdf(pack_pdf, SealConfig(), "r", "l")
    assert first.certificate_sha256 == second.certificate_sha256
    assert (data_dir / seal.SEAL_FILE).stat().st_mtime_ns == stamp
    assert first.self_signed
    assert oct((data_dir / seal.SEAL_FILE).stat().st_mode & 0o777) == "0o600"


def test_the_local_key_is_encrypted_its_passphrase_in_the_keychain_its_certificate_pinned(
    pack_pdf: bytes, data_dir: Path
) -> None:
    from cryptography.hazmat.primitives.serialization import pkcs12

    from desktop import keychain
    from desktop.documents import trust

    _, info = seal_pdf(pack_pdf, SealConfig(), "r", "l")
    data = (data_dir / seal.SEAL_FILE).read_bytes()
    with pytest.raises(ValueError, match="password"):
        pkcs12.load_key_and_certificates(data, None)  # no key without the passphrase
    passphrase = keychain.get_secret(seal.KEY_SECRET, seal.secret_scope(data_dir))
    assert passphrase is not None
    assert len(passphrase) >= 32
    key, _, _ = pkcs12.load_key_and_certificates(data, passphrase.encode())
    assert key is not None
    assert passphrase.encode() not in b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert trust.read_pins(data_dir) == {info.certificate_sha256}


def test_an_unprotected_key_of_an_earlier_version_is_encrypted_and_pinned(
    pack_pdf: bytes, data_dir: Path
) -> None:
    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12

    from desktop.documents import trust

    _, info = seal_pdf(pack_pdf, SealConfig(), "r", "l")
    path = data_dir / seal.SEAL_FILE
    passphrase = seal._key_passphrase(data_dir, create=False)
    key, cert, _ = pkcs12.load_key_and_certificates(path.read_bytes(), passphrase)
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"old", key, cert, None, NoEncryption()))
    (data_dir / trust.PINS_FILE).unlink()
    from desktop import keychain

    keychain.delete_secret(seal.KEY_SECRET, seal.secret_scope(data_dir))
    seal._signer_cache.clear()
    out, again = seal_pdf(pack_pdf, SealConfig(), "Contrat OF-1 révision 1", "l")
    assert again.certificate_sha256 == info.certificate_sha256  # the same key, kept
    with pytest.raises(ValueError, match="password"):
        pkcs12.load_key_and_certificates(path.read_bytes(), None)
    assert trust.read_pins(data_dir) == {info.certificate_sha256}
    assert verify_pdf(out).ok


def test_a_key_whose_passphrase_the_keychain_lost_is_refused_with_what_to_do(
    pack_pdf: bytes, data_dir: Path
) -> None:
    from desktop import keychain

    seal_pdf(pack_pdf, SealConfig(), "r", "l")
    keychain.delete_secret(seal.KEY_SECRET, seal.secret_scope(data_dir))
    seal._signer_cache.clear()
    with pytest.raises(SealError, match="absent du trousseau") as caught:
        seal_pdf(pack_pdf, SealConfig(), "r", "l")
    assert "Déplacez ce fichier" in str(caught.value)
    assert (data_dir / seal.SEAL_FILE).is_file()  # never replaced behind the user's back


def test_without_a_keychain_no_unprotected_key_is_created(
    pack_pdf: bytes, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(SealError, match="ni créée ni utilisée") as caught:
            seal_pdf(pack_pdf, SealConfig(), "r", "l")
    finally:
        keyring.set_keyring(previous)
    assert "OFFERDESK_SEAL_PKCS12" in str(caught.value)  # says what to do
    assert not (data_dir / seal.SEAL_FILE).exists()


def test_a_keychain_backend_that_cannot_be_imported_is_no_crash(tmp_path: Path) -> None:
    import subprocess
    import sys

    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "nosuch.module.Keyring",
        "OFFERDESK_DATA_DIR": str(tmp_path),
    }
    code = (
        "import desktop.i18n\n"  # as every edge does: messages render in French by default
        "from desktop import keychain; print(keychain.available());"
        "from desktop.documents.seal import SealConfig, SealError, load_signer\n"
        "try:\n    load_signer(SealConfig())\n"
        "except SealError as e:\n    print('refused', 'trousseau' in str(e))"
    )
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "refused", "True"]


def _company_p12(path: Path, passphrase: bytes) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "cegecom s.a. — cachet")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1234)
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(b"c", key, cert, None, BestAvailableEncryption(passphrase))
    )


def test_a_configured_company_certificate_is_used(pack_pdf: bytes, tmp_path: Path, data_dir: Path) -> None:
    p12 = tmp_path / "company.p12"
    _company_p12(p12, b"secret")
    out, info = seal_pdf(
        pack_pdf,
        SealConfig(pkcs12_path=p12, passphrase=b"secret"),
        "Contrat OF-2026-JDU-0042 révision 2",
        "l",
    )
    assert not info.self_signed
    assert "cegecom s.a. — cachet" in info.certificate_subject
    result = verify_pdf(out)
    assert result.ok, result.message
    assert "cegecom s.a. — cachet" in result.signer_subject
    assert not (data_dir / seal.SEAL_FILE).exists()


def test_wrong_passphrase_or_missing_certificate_is_a_clear_error(pack_pdf: bytes, tmp_path: Path) -> None:
    p12 = tmp_path / "company.p12"
    _company_p12(p12, b"secret")
    with pytest.raises(
        SealError, match=r"impossible de lire le certificat de scellement .*\(mot de passe erroné \?\)"
    ):
        seal_pdf(pack_pdf, SealConfig(pkcs12_path=p12, passphrase=b"wrong"), "r", "l")
    with pytest.raises(SealError, match="n'existe pas"):
        seal_pdf(pack_pdf, SealConfig(pkcs12_path=tmp_path / "missing.p12"), "r", "l")


def test_atomic_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out" / "pack.pdf"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    assert target.read_bytes() == b"second"
    assert sorted(p.name for p in target.parent.iterdir()) == ["pack.pdf"]


def test_atomic_write_failure_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "pack.pdf"
    write_atomic(target, b"old")

    def broken_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf"]


def test_written_files_get_ordinary_permissions_and_keys_stay_private(tmp_path: Path) -> None:
    import os
    import stat

    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "contrat.pdf"
    write_atomic(target, b"pdf")
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask  # not mkstemp's 0o600
    target.chmod(0o640)
    write_atomic(target, b"pdf v2")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # a replaced file keeps its mode
    key = tmp_path / "seal.p12"
    write_atomic(key, b"secret", mode=0o600)
    assert stat.S_IMODE(key.stat().st_mode) == 0o600


def test_the_local_certificate_is_created_once_when_two_seals_start_at_once(tmp_path: Path) -> None:
    """The signing warm-up (a thread) and a seal may both find no certificate yet: one creates
    it, the other uses it; neither ends with a key its keychain passphrase cannot open."""
    import threading

    for attempt in range(4):
        folder = tmp_path / f"data-{attempt}"
        folder.mkdir()
        start = threading.Barrier(6)
        outcomes: list[object] = []

        def load(
            folder: Path = folder, start: threading.Barrier = start, outcomes: list[object] = outcomes
        ) -> None:
            start.wait()
            try:
                signer, _ = seal.load_signer(SealConfig(folder=folder))
                outcomes.append(signer.signing_cert.sha256)
            except Exception as exc:
                outcomes.append(exc)

        threads = [threading.Thread(target=load) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
        assert len(set(outcomes)) == 1  # one certificate, the one on disk
