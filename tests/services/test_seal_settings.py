"""The sealing settings: seal.json keeps only the certificate's path, its passphrase lives in
the keychain; an old seal.json with a passphrase is migrated; company roots."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from desktop import keychain
from desktop.documents.seal import COMPANY_SECRET, secret_scope
from desktop.domain.errors import FieldError
from desktop.services import seal_settings


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv(seal_settings.SEAL_PKCS12_ENV, raising=False)
    monkeypatch.delenv(seal_settings.SEAL_PASSPHRASE_ENV, raising=False)
    (tmp_path / "data").mkdir()
    return tmp_path / "data"


@pytest.fixture
def no_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def _old_settings(data_dir: Path, certificate: Path) -> Path:
    path = data_dir / seal_settings.SEAL_SETTINGS_FILE
    path.write_text(json.dumps({"pkcs12_path": str(certificate), "passphrase": "0ld-s3cret"}))
    path.chmod(0o644)
    return path


def test_an_old_seal_json_is_migrated_to_the_keychain(data_dir: Path, tmp_path: Path) -> None:
    certificate = tmp_path / "company.p12"
    certificate.write_bytes(b"p12")
    path = _old_settings(data_dir, certificate)
    config = seal_settings.seal_config()
    assert config.pkcs12_path == certificate
    assert config.passphrase == b"0ld-s3cret"
    assert json.loads(path.read_text()) == {"pkcs12_path": str(certificate)}
    assert path.stat().st_mode & 0o777 == 0o600
    assert keychain.get_secret(COMPANY_SECRET, secret_scope()) == "0ld-s3cret"
    assert seal_settings.seal_config().passphrase == b"0ld-s3cret"  # from the keychain now


def test_without_a_keychain_the_old_file_is_kept_but_made_private(
    data_dir: Path, tmp_path: Path, no_keychain: None
) -> None:
    path = _old_settings(data_dir, tmp_path / "company.p12")
    assert seal_settings.seal_config().passphrase == b"0ld-s3cret"  # nothing lost
    assert "0ld-s3cret" in path.read_text()
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_passphrase_is_refused_without_a_keychain_and_nothing_is_written(
    data_dir: Path, tmp_path: Path, no_keychain: None
) -> None:
    certificate = tmp_path / "company.p12"
    certificate.write_bytes(b"p12")
    with pytest.raises(FieldError) as caught:
        seal_settings.save_seal_settings(str(certificate), "s3cret")
    assert caught.value.message.id == "offers.seal_settings.no_keychain"
    assert "jamais écrit dans un fichier" in str(caught.value)
    assert "OFFERDESK_SEAL_PKCS12" in str(caught.value)  # what to do instead
    assert not (data_dir / seal_settings.SEAL_SETTINGS_FILE).exists()


def test_the_environment_still_names_the_certificate_for_it_scripts(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(seal_settings.SEAL_PKCS12_ENV, str(tmp_path / "it.p12"))
    monkeypatch.setenv(seal_settings.SEAL_PASSPHRASE_ENV, "from-it")
    config = seal_settings.seal_config()
    assert (config.pkcs12_path, config.passphrase) == (tmp_path / "it.p12", b"from-it")


def test_clearing_the_certificate_goes_back_to_the_installation_one(data_dir: Path, tmp_path: Path) -> None:
    certificate = tmp_path / "company.p12"
    certificate.write_bytes(b"p12")
    seal_settings.save_seal_settings(str(certificate), "s3cret")
    assert seal_settings.configured_certificate() == str(certificate)
    seal_settings.save_seal_settings("", "")
    assert seal_settings.configured_certificate() == ""
    assert seal_settings.seal_config().pkcs12_path is None


def test_company_roots_are_installed_listed_and_removed(data_dir: Path, tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    from tests.documents.forgery import ca

    _, root_cert = ca("cegecom s.a. — racine")
    source = tmp_path / "racine.crt"
    source.write_bytes(root_cert.public_bytes(Encoding.PEM))
    root = seal_settings.install_root(source)
    assert root.path.parent == data_dir / "trust"
    assert [r.sha256 for r in seal_settings.trusted_roots()] == [root.sha256]
    seal_settings.remove_root(root.path)
    assert seal_settings.trusted_roots() == []
    with pytest.raises(FieldError, match="n'est pas dans le dossier"):
        seal_settings.remove_root(source)
    assert source.exists()


def test_the_certificate_its_keychain_account_and_the_tsa_are_kept_together(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """seal.json holds three settings written from three places (enrolment, Paramètres, the
    timestamp command): saving one never drops the others."""
    monkeypatch.delenv(seal_settings.TSA_URL_ENV, raising=False)
    certificate = tmp_path / "laptop.p12"
    certificate.write_bytes(b"p12")
    path = data_dir / seal_settings.SEAL_SETTINGS_FILE

    def kept() -> dict[str, str]:
        return dict(json.loads(path.read_text(encoding="utf-8")))

    seal_settings.use_enrolled_certificate(certificate, "seal-enrolled-JDU")
    seal_settings.save_tsa_url("http://tsa.example.lu/tsr")
    assert kept() == {
        "pkcs12_path": str(certificate),
        "passphrase_account": "seal-enrolled-JDU",
        "tsa_url": "http://tsa.example.lu/tsr",
    }
    seal_settings.save_seal_settings(str(certificate), "")  # Paramètres saved unchanged
    assert kept()["passphrase_account"] == "seal-enrolled-JDU"
    assert kept()["tsa_url"] == "http://tsa.example.lu/tsr"
    seal_settings.save_seal_settings("", "")  # back to the installation's own certificate
    assert kept() == {"tsa_url": "http://tsa.example.lu/tsr"}
    seal_settings.save_tsa_url("")
    assert not path.exists()


def test_a_seal_json_the_system_refuses_says_why_in_the_reader_language(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system's refusal inside the sentence is translated too (desktop.os_errors), not
    "[Errno 13] Permission denied" in a German sentence."""
    import errno

    settings = seal_settings.settings_path()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("{}", encoding="utf-8")

    def refused(self: Path, *args: object, **kwargs: object) -> str:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_text", refused)
    with pytest.raises(seal_settings.SealSettingsError) as caught:
        seal_settings.seal_config()
    german = caught.value.message.text("de")
    assert str(settings) in german
    assert "Errno" not in german
    assert "Permission denied" not in german
    assert "Permission denied" not in caught.value.message.text("fr")
