"""offerdesk verify FILE.pdf… — is each pack sealed by a trusted certificate, untouched since,
which offer does its seal name, and is it the pack the database recorded at signature?

Exit 0: every file passes; 1: any file fails (untrusted, changed, unsealed, not the recorded
pack, or the database given cannot be used); 2: a file cannot be read or bad usage.
`--json` prints one object per file instead of the text report.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, add_db_option, fail, os_reason

if TYPE_CHECKING:
    from desktop.domain.messages import Message
    from desktop.services.verification import PackCheck, ReadOnlyDatabase


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", metavar="FILE.pdf", type=Path, nargs="+", help="contract pack(s) to check")
    add_db_option(
        parser,
        "database the packs must be recorded in, opened read-only, never created "
        "(default: $OFFERDESK_DB, else the local file if it exists)",
    )
    parser.add_argument("--no-db", action="store_true", help="check the seal only")
    parser.add_argument("--json", action="store_true", help="machine-readable report, one object per file")


def _database_url(args: argparse.Namespace) -> tuple[str | None, bool]:
    """(URL to compare with or None, whether it was asked for explicitly)."""
    if args.no_db:
        return None, False
    if args.db:
        return str(args.db), True
    from desktop.services.location import database_file, database_url

    url = database_url()
    path = database_file(url)
    if path is not None and not path.exists():
        return None, False  # nothing to compare with: never create a database to verify a file
    return url, False


def _database_text(check: PackCheck, note: str) -> tuple[str, str]:
    """(status word for --json, line of the text report)."""
    if check.database_error:
        return "error", f"ERROR: {check.database_error}"
    if note == "" and not check.seal.offer_number:
        return "no_offer", "not checked: no seal of this file names an offer"
    if check.record_problem:
        return "record_not_trusted", f"RECORD NOT TRUSTED: {check.record_problem}"
    if check.audit_mismatch:
        return "audit_mismatch", "STORED PACK DIFFERS from the hash its audit log entry recorded"
    if check.hash_matches is True and check.stored_sha256 != check.seal.sha256:
        return "matches", (
            f"a stored {check.seal.pades_level} version of the pack recorded at signature "
            "(its signed bytes are that pack, byte for byte)"
        )
    if check.hash_matches is True:
        return "matches", "the hash matches the pack recorded at signature"
    if check.hash_matches is False and check.seal.sealed_sha256 == check.stored_sha256:
        return "differs", (
            "NOT A STORED VERSION: the signed bytes are the pack recorded at signature, but this "
            "timestamped file is not one of its stored versions"
        )
    if check.hash_matches is False:
        return "differs", f"HASH DIFFERS from the pack recorded at signature ({check.stored_sha256})"
    if check.database_checked:
        word = "NOT RECORDED" if check.required else "not recorded"
        return "not_recorded", f"{word}: no pack of this offer is recorded in this database"
    return "not_checked", note or "not checked"


def _failure(check: PackCheck) -> str:
    seal = check.seal
    if not seal.ok:
        return seal.message
    if check.database_error:
        return str(check.database_error)
    if check.record_problem:
        return str(check.record_problem)
    if check.audit_mismatch:
        return "le contrat enregistré dans la base ne correspond plus à son entrée du journal d'audit"
    if check.hash_matches is False and check.seal.sealed_sha256 == check.stored_sha256:
        return "ce fichier horodaté n'est pas une des versions enregistrées du contrat"
    if check.hash_matches is False:
        return "le fichier diffère du contrat enregistré à la signature de l'offre"
    return "aucun contrat de cette offre n'est enregistré dans la base de données indiquée"


def _report(path: Path, check: PackCheck, url: str | None, note: str) -> dict[str, Any]:
    seal = check.seal
    status, text = _database_text(check, note)
    return {
        "path": str(path),
        "sha256": seal.sha256,
        "ok": check.ok,
        "trusted": seal.trusted,
        "signer": seal.signer_subject,
        "fingerprint": seal.signer_sha256,
        "offer": seal.offer_number or None,
        "revision": seal.revision,
        "signed_at": seal.signed_at or None,
        "level": seal.level,
        "pades_level": seal.pades_level or None,
        "sealed_sha256": seal.sealed_sha256 or None,
        "timestamps": [stamp.to_json() | {"ok": stamp.ok} for stamp in seal.timestamps],
        "signatures": len(seal.signatures),
        "revoked_at": seal.revoked_at or None,
        "notes": list(seal.notes),
        "problems": list(seal.problems) + ([] if check.ok or not seal.ok else [_failure(check)]),
        "database": {
            "checked": check.database_checked,
            "url": url,
            "status": status,
            "stored_sha256": check.stored_sha256,
            "message": text,
        },
    }


def _unreadable(path: Path, reason: str) -> dict[str, Any]:
    """The --json object of a file that could not be read: the same keys, nothing known."""
    empty = dict.fromkeys(("sha256", "signer", "fingerprint", "offer", "revision", "signed_at"))
    return {
        "path": str(path), **empty, "ok": False, "trusted": False, "level": "", "pades_level": None,
        "sealed_sha256": None, "timestamps": [], "signatures": 0, "revoked_at": None, "notes": [],
        "problems": [reason], "database": {"checked": False, "url": None, "status": "not_checked",
                                           "stored_sha256": None, "message": "not checked"},
    }  # fmt: skip


def _level_note(level: str) -> str:
    return {
        "B-B": " (signing time claimed by the sealing laptop; no trusted timestamp yet)",
        "B-T": " (RFC 3161 document timestamp)",
        "B-LT": " (RFC 3161 document timestamp and validation data)",
    }.get(level, "")


def _print_text(path: Path, check: PackCheck, note: str) -> None:
    seal = check.seal
    offer = f"{seal.offer_number} revision {seal.revision}" if seal.offer_number else "unknown"
    state = "intact" if seal.ok else "NOT INTACT" if seal.intact is False and seal.sealed else "NOT OK"
    if not seal.sealed:
        state = "none"
    lines = [
        f"file:        {path}",
        f"sha256:      {seal.sha256}",
        f"offer:       {offer}",
        f"seal:        {state}",
        f"trusted:     {'yes' if seal.trusted else 'NO'}",
    ]
    if seal.signer_subject:
        lines.append(f"sealed by:   {seal.signer_subject}")
    if seal.signer_sha256:
        lines.append(f"certificate: sha256 {seal.signer_sha256}")
    if seal.signed_at:
        lines.append(f"sealed at:   {seal.signed_at}")
    if seal.level:
        lines.append(f"coverage:    {seal.level}")
    if seal.pades_level:
        lines.append(f"level:       PAdES {seal.pades_level}" + _level_note(seal.pades_level))
    for stamp in seal.timestamps:
        trusted = "trusted" if stamp.trusted else "NOT TRUSTED"
        state = "intact" if stamp.intact and stamp.valid else "NOT INTACT"
        lines.append(f"timestamp:   {stamp.time or 'unknown time'} by {stamp.tsa_subject or 'unknown'} "
                     f"({state}, {trusted}; TSA sha256 {stamp.tsa_sha256 or '-'})")  # fmt: skip
    if seal.revoked_at:
        lines.append(f"revoked:     {seal.revoked_at}")
    lines.append(f"database:    {_database_text(check, note)[1]}")
    lines.extend(f"note:        {text}" for text in seal.notes)
    print("\n".join(lines))
    if check.ok:
        print(f"OK: {seal.message}")
    else:
        fail(f"{path} : {_failure(check)}", EXIT_FAILURE)


def _open_database(url: str) -> tuple[ReadOnlyDatabase | None, Message | None]:
    from desktop.services.verification import VerifyDatabaseError, open_readonly

    try:
        return open_readonly(url), None
    except VerifyDatabaseError as exc:
        return None, exc.message


def run(args: argparse.Namespace) -> int:
    from desktop.documents.trust import load_trust
    from desktop.services.verification import PackCheck, check_pack_readonly

    url, required = _database_url(args)
    database, db_error = _open_database(url) if url is not None else (None, None)
    note = "database not checked (no database)" if url is None else ""
    trust = load_trust()
    if not args.json:
        for problem in trust.problems:
            print(f"offerdesk: attention : {problem}")
    code = EXIT_OK
    reports: list[dict[str, Any]] = []
    try:
        for index, path in enumerate(args.files):
            try:
                data = path.read_bytes()
            except OSError as exc:
                reason = f"impossible de lire {path} : {os_reason(exc)}"
                reports.append(_unreadable(path, reason))
                if not args.json:
                    fail(reason)
                code = EXIT_USAGE
                continue
            check = check_pack_readonly(data, database, required, trust)
            if db_error:
                check = PackCheck(check.seal, None, False, database_error=db_error, required=required)
            if not check.ok and code == EXIT_OK:
                code = EXIT_FAILURE
            reports.append(_report(path, check, url, note))
            if not args.json:
                if index:
                    print()
                _print_text(path, check, note)
    finally:
        if database is not None:
            database.close()
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2))
    return code
