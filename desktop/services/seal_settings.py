"""The sealing settings: which certificate seals packs, and which company roots verify trusts.

`seal.json` in the data folder keeps only the company PKCS#12's path; its passphrase lives in
the operating system's keychain (desktop/keychain.py, account ``seal-company-passphrase``
scoped by the data folder), never in a file. An older seal.json that still holds a
passphrase is migrated the first time it is read: passphrase moved to the keychain, file
rewritten without it, mode 0600. IT scripts may instead set OFFERDESK_SEAL_PKCS12 and
OFFERDESK_SEAL_PASSPHRASE (environment, not a file).

The time-stamping authority's URL (issue 12, `offerdesk timestamp`) is kept beside it, as
`tsa_url` in seal.json, or OFFERDESK_TSA_URL in the environment (which wins).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from desktop import keychain
from desktop.config import SEAL_PASSPHRASE_ENV as SEAL_PASSPHRASE_ENV  # re-exported
from desktop.config import SEAL_PKCS12_ENV as SEAL_PKCS12_ENV
from desktop.config import TSA_URL_ENV, Config, load
from desktop.documents import trust
from desktop.documents.files import write_atomic
from desktop.documents.seal import COMPANY_SECRET, NO_KEYCHAIN_HELP, SealConfig, data_dir, secret_scope
from desktop.domain.errors import FieldError
from desktop.domain.messages import msg
from desktop.domain.views import TrustRoot
from desktop.services.causes import cause
from desktop.services.errors import StoreError

SEAL_SETTINGS_FILE = "seal.json"


class SealSettingsError(StoreError):
    """The sealing settings cannot be read or written (its message says what to do)."""


def settings_path() -> Path:
    return data_dir() / SEAL_SETTINGS_FILE


def _read_file(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SealSettingsError(msg("offers.seal_settings.unreadable", path=path, reason=str(exc))) from exc
    if not isinstance(data, dict):
        raise SealSettingsError(msg("offers.seal_settings.not_object", path=path))
    return {str(k): str(v) for k, v in data.items() if v is not None}


def _write_file(
    path: Path, pkcs12_path: str, tsa_url: str | None = None, passphrase_account: str | None = None
) -> None:
    """seal.json with these values (None: the value it has); removed when nothing is left.
    `passphrase_account`: an enrolled certificate's own keychain account (enrolment.py)."""
    try:
        current = _read_file(path) if path.is_file() else {}
    except SealSettingsError:
        current = {}
    if tsa_url is None:
        tsa_url = current.get("tsa_url", "")
    if passphrase_account is None:
        passphrase_account = current.get("passphrase_account", "") if pkcs12_path else ""
    values = (("pkcs12_path", pkcs12_path), ("passphrase_account", passphrase_account), ("tsa_url", tsa_url))
    data = {k: v for k, v in values if v}
    if not data:
        path.unlink(missing_ok=True)
        return
    write_atomic(path, json.dumps(data, indent=2).encode("utf-8"), mode=0o600)


def _migrate(path: Path, data: dict[str, str]) -> str | None:
    """Move a passphrase found in seal.json to the keychain; returns it (None: none there)."""
    passphrase = data.get("passphrase") or None
    if passphrase is None:
        return None
    try:
        keychain.set_secret(COMPANY_SECRET, passphrase, secret_scope())
    except keychain.KeychainUnavailable:
        # cannot move it: keep using it, but at least no other user may read the file
        os.chmod(path, 0o600)
        return passphrase
    _write_file(path, data.get("pkcs12_path", ""))
    return passphrase


def company_passphrase(account: str = COMPANY_SECRET) -> str | None:
    try:
        return keychain.get_secret(account, secret_scope())
    except keychain.KeychainUnavailable:
        return None


def use_enrolled_certificate(pkcs12_path: Path, passphrase_account: str) -> None:
    """Seal with the certificate `offerdesk enrol` installed: seal.json names the file and the
    keychain account of its passphrase (written atomically: the switch is one rename)."""
    _write_file(settings_path(), str(pkcs12_path), passphrase_account=passphrase_account)


def seal_config(config: Config | None = None) -> SealConfig:
    """The company's PKCS#12 when configured (the configuration's environment, else
    seal.json), else the installation's own certificate. `config`: default, read now."""
    config = config or load()
    path = config.seal_pkcs12
    passphrase = config.seal_passphrase
    settings = settings_path()
    if path is None and settings.is_file():
        data = _read_file(settings)
        path = data.get("pkcs12_path") or None
        migrated = _migrate(settings, data)
        if path is not None and passphrase is None:
            passphrase = migrated or company_passphrase(data.get("passphrase_account") or COMPANY_SECRET)
    if not path:
        return SealConfig()
    return SealConfig(pkcs12_path=Path(path), passphrase=passphrase.encode("utf-8") if passphrase else None)


def configured_certificate() -> str:
    """The company PKCS#12 path the settings name ('' for the installation's own)."""
    try:
        return str(seal_config().pkcs12_path or "")
    except SealSettingsError:
        return ""


def _no_keychain(exc: keychain.KeychainUnavailable) -> FieldError:
    return FieldError(
        "sealing_certificate",
        msg("offers.seal_settings.no_keychain", reason=cause(exc), help=NO_KEYCHAIN_HELP),
    )


def check_seal_settings(path_text: str, passphrase: str) -> None:
    """Refuse, before anything is written, a company certificate path that is not a file and a
    passphrase there is no keychain to keep."""
    if path_text and not Path(path_text).is_file():
        raise FieldError("sealing_certificate", msg("offers.seal_settings.not_pkcs12", path=path_text))
    if passphrase:
        try:
            keychain.get_secret(COMPANY_SECRET, secret_scope())  # is there a keychain to keep it?
        except keychain.KeychainUnavailable as exc:
            raise _no_keychain(exc) from exc


def save_seal_settings(path_text: str, passphrase: str) -> None:
    """Store the choice of certificate: its path in seal.json (0600), its passphrase (when a
    new one is given) in the keychain. Empty path: the installation's own certificate."""
    check_seal_settings(path_text, passphrase)
    if passphrase:
        try:
            keychain.set_secret(COMPANY_SECRET, passphrase, secret_scope())
        except keychain.KeychainUnavailable as exc:
            raise _no_keychain(exc) from exc
    path = settings_path()
    account = ""  # an enrolled certificate kept as it is keeps its passphrase's account
    if path_text and not passphrase and path.is_file():
        current = _read_file(path)
        if current.get("pkcs12_path") == path_text:
            account = current.get("passphrase_account", "")
    _write_file(path, path_text, passphrase_account=account)  # empty path: the installation's own


# --- the time-stamping authority (issue 12) -------------------------------------------------


def tsa_url() -> str:
    """The TSA the office configured: OFFERDESK_TSA_URL, else seal.json's `tsa_url` ('' if none)."""
    url = os.environ.get(TSA_URL_ENV, "").strip()
    path = settings_path()
    if not url and path.is_file():
        url = _read_file(path).get("tsa_url", "").strip()
    return url


def checked_tsa_url(url: str) -> str:
    """An http(s) URL with a host; FieldError otherwise."""
    from urllib.parse import urlsplit

    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FieldError("tsa_url", msg("offers.seal_settings.tsa_url_invalid", url=url))
    return text


def save_tsa_url(url: str) -> None:
    """Keep the TSA's address in seal.json ('' removes it)."""
    text = checked_tsa_url(url) if url.strip() else ""
    path = settings_path()
    current = _read_file(path) if path.is_file() else {}
    _write_file(path, current.get("pkcs12_path", ""), text)


# --- company roots ------------------------------------------------------------------------


def trusted_roots() -> list[TrustRoot]:
    return trust.list_roots()


def install_root(source: Path) -> TrustRoot:
    try:
        return trust.install_root(source)
    except trust.TrustError as exc:
        raise FieldError("trust_root", cause(exc)) from exc


def remove_root(path: Path) -> None:
    try:
        trust.remove_root(path)
    except trust.TrustError as exc:
        raise FieldError("trust_root", cause(exc)) from exc
