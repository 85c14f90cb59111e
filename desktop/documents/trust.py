"""Which sealing certificates `offerdesk verify` trusts — never the one a PDF carries.

Two sources, both kept outside the PDF, in the data folder:

- the company's root certificates: ``<data>/trust/*.pem | *.crt | *.cer`` (PEM, several per file
  allowed, or DER), copied there by IT or by Paramètres > Scellement. A seal whose certificate
  chains to one of them (validated by pyhanko_certvalidator, no fetching) is trusted;
- the pins of this installation's own sealing certificates: ``<data>/seal-pins.txt``, one
  SHA-256 fingerprint per line, written when the installation creates (or first loads) its
  certificate. A pinned certificate is trusted as itself, nothing it issued.

Both are ordinary files of the user's data folder: they protect against a forger who has only
the PDF (they cannot be changed from inside a PDF), not against someone who can write the
user's files (see docs/notes/verify.md).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.documents.files import write_atomic
from desktop.domain.views import TrustRoot

TRUST_DIR = "trust"
PINS_FILE = "seal-pins.txt"
ROOT_SUFFIXES = (".pem", ".crt", ".cer")


class TrustError(Exception):
    """A root certificate cannot be installed (message in French, names the file)."""


def _data_dir() -> Path:
    from desktop.paths import data_dir  # the one data-folder function

    return data_dir()


def fingerprint(cert: Any) -> str:
    """SHA-256 of the certificate's DER encoding (asn1crypto certificate)."""
    return hashlib.sha256(cert.dump()).hexdigest()


def trust_folder(folder: Path | None = None) -> Path:
    return (folder or _data_dir()) / TRUST_DIR


def pins_path(folder: Path | None = None) -> Path:
    return (folder or _data_dir()) / PINS_FILE


def parse_certificates(data: bytes) -> list[Any]:
    """Every certificate of a PEM (one or more blocks) or DER file; ValueError if none."""
    from asn1crypto import pem, x509

    if pem.detect(data):
        certs = [x509.Certificate.load(der) for kind, _, der in pem.unarmor(data, multiple=True)
                 if kind == "CERTIFICATE"]  # fmt: skip
    else:
        certs = [x509.Certificate.load(data)]
    for cert in certs:
        cert.native  # noqa: B018 - parse it whole now: a damaged file fails here, not in verify
    if not certs:
        raise ValueError("aucun certificat dans ce fichier")
    return certs


@dataclass(frozen=True)
class Trust:
    """What verify trusts: root certificates (asn1crypto) and pinned fingerprints."""

    roots: tuple[Any, ...] = ()
    pins: frozenset[str] = frozenset()
    problems: tuple[str, ...] = ()  # unreadable files of the trust folder (reported, not fatal)


def load_trust(folder: Path | None = None) -> Trust:
    folder = folder or _data_dir()
    roots: list[Any] = []
    problems: list[str] = []
    directory = trust_folder(folder)
    if directory.is_dir():
        for path in sorted(directory.iterdir()):
            if path.suffix.lower() not in ROOT_SUFFIXES or not path.is_file():
                continue
            try:
                roots.extend(parse_certificates(path.read_bytes()))
            except (OSError, ValueError) as exc:
                problems.append(f"certificat racine illisible ignoré : {path} ({exc})")
    return Trust(tuple(roots), read_pins(folder), tuple(problems))


def read_pins(folder: Path | None = None) -> frozenset[str]:
    try:
        text = pins_path(folder).read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    found = set()
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip().split(" ", 1)[0].lower()
        if len(word) == 64 and all(c in "0123456789abcdef" for c in word):
            found.add(word)
    return frozenset(found)


def add_pin(folder: Path | None, cert: Any) -> None:
    """Pin `cert` (this installation seals with it); no change when it is pinned already."""
    digest = fingerprint(cert)
    if digest in read_pins(folder):
        return
    path = pins_path(folder)
    try:
        old = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        old = "# OfferDesk : empreintes SHA-256 des certificats de scellement de cette installation\n"
    if old and not old.endswith("\n"):
        old += "\n"
    line = f"{digest}  {cert.subject.human_friendly}\n"
    write_atomic(path, (old + line).encode("utf-8"))


def _info(path: Path, cert: Any) -> TrustRoot:
    expires = cert.not_valid_after.date().isoformat()
    return TrustRoot(path, cert.subject.human_friendly, fingerprint(cert), expires)


def list_roots(folder: Path | None = None) -> list[TrustRoot]:
    directory = trust_folder(folder)
    found: list[TrustRoot] = []
    if not directory.is_dir():
        return found
    for path in sorted(directory.iterdir()):
        if path.suffix.lower() not in ROOT_SUFFIXES:
            continue
        try:
            certs = parse_certificates(path.read_bytes())
        except (OSError, ValueError):
            continue
        for cert in certs:
            found.append(_info(path, cert))
    return found


def install_root(source: Path, folder: Path | None = None) -> TrustRoot:
    """Copy a company root certificate (PEM or DER) into the trust folder, as PEM."""
    from asn1crypto import pem

    try:
        certs = parse_certificates(Path(source).read_bytes())
    except OSError as exc:
        raise TrustError(f"{source} ne peut pas être lu : {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise TrustError(f"{source} n'est pas un certificat X.509 (PEM ou DER) : {exc}") from exc
    if len(certs) != 1:
        raise TrustError(f"{source} contient {len(certs)} certificats : installez-les un par un")
    cert = certs[0]
    if not cert.ca and cert.self_signed == "no":  # asn1crypto: "no", "maybe" or "yes"
        raise TrustError(
            f"{source} n'est pas un certificat d'autorité (racine ou intermédiaire de l'entreprise) : "
            "installez le certificat de l'autorité qui émet les certificats de scellement"
        )
    digest = fingerprint(cert)
    target = trust_folder(folder) / f"racine-{digest[:16]}.pem"
    write_atomic(target, pem.armor("CERTIFICATE", cert.dump()))
    return _info(target, cert)


def remove_root(path: Path, folder: Path | None = None) -> None:
    """Remove one file of the trust folder (nothing outside it)."""
    directory = trust_folder(folder).resolve()
    target = Path(path).resolve()
    if target.parent != directory:
        raise TrustError(f"{path} n'est pas dans le dossier des certificats de confiance {directory}")
    try:
        os.unlink(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise TrustError(f"{path} ne peut pas être supprimé : {exc.strerror or exc}") from exc
