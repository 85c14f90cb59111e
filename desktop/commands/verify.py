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

from desktop.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, add_db_option, fail, os_reason, say
from desktop.domain.messages import Message, msg

if TYPE_CHECKING:
    from desktop.documents.seal_verify import TimestampReport
    from desktop.services.verification import PackCheck, ReadOnlyDatabase


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument(
        "files", metavar="FILE.pdf", type=Path, nargs="+", help=i18n.text("commands.verify.help.files")
    )
    add_db_option(parser, i18n.text("commands.verify.help.db"))
    parser.add_argument("--no-db", action="store_true", help=i18n.text("commands.verify.help.no_db"))
    parser.add_argument("--json", action="store_true", help=i18n.text("commands.verify.help.json"))


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


def _database_text(check: PackCheck, no_database: bool) -> tuple[str, Message]:
    """(status word for --json, what the text report says of the database)."""
    if check.database_error:
        return "error", msg("commands.verify.db.error", error=check.database_error)
    if not no_database and not check.seal.offer_number:
        return "no_offer", msg("commands.verify.db.no_offer")
    if check.record_problem:
        return "record_not_trusted", msg(
            "commands.verify.db.record_not_trusted", problem=check.record_problem
        )
    if check.audit_mismatch:
        return "audit_mismatch", msg("commands.verify.db.audit_mismatch")
    if check.hash_matches is True and check.stored_sha256 != check.seal.sha256:
        return "matches", msg("commands.verify.db.stored_version", level=check.seal.pades_level)
    if check.hash_matches is True:
        return "matches", msg("commands.verify.db.matches")
    if check.hash_matches is False and check.seal.sealed_sha256 == check.stored_sha256:
        return "differs", msg("commands.verify.db.not_a_stored_version")
    if check.hash_matches is False:
        return "differs", msg("commands.verify.db.differs", sha256=check.stored_sha256)
    if check.database_checked:
        if check.required:
            return "not_recorded", msg("commands.verify.db.not_recorded_required")
        return "not_recorded", msg("commands.verify.db.not_recorded")
    if no_database:
        return "not_checked", msg("commands.verify.db.no_database")
    return "not_checked", msg("commands.verify.db.not_checked")


def _failure(check: PackCheck) -> Message | str:
    seal = check.seal
    if not seal.ok:
        return seal.message
    if check.database_error:
        return check.database_error
    if check.record_problem:
        return check.record_problem
    if check.audit_mismatch:
        return msg("commands.verify.fail.audit_mismatch")
    if check.hash_matches is False and check.seal.sealed_sha256 == check.stored_sha256:
        return msg("commands.verify.fail.not_a_stored_version")
    if check.hash_matches is False:
        return msg("commands.verify.fail.differs")
    return msg("commands.verify.fail.not_recorded")


def _id(text: Message | str) -> str | None:
    return text.id if isinstance(text, Message) else None


def _report(path: Path, check: PackCheck, url: str | None, no_database: bool) -> dict[str, Any]:
    seal = check.seal
    status, text = _database_text(check, no_database)
    problems: list[Message | str] = [*seal.problems, *([] if check.ok or not seal.ok else [_failure(check)])]
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
        "notes": [str(note) for note in seal.notes],
        "note_ids": [note.id for note in seal.notes],
        "problems": [str(problem) for problem in problems],
        "problem_ids": [_id(problem) for problem in problems],
        "database": {
            "checked": check.database_checked,
            "url": url,
            "status": status,
            "stored_sha256": check.stored_sha256,
            "message": str(text),
            "message_id": text.id,
        },
    }


def _unreadable(path: Path, reason: Message) -> dict[str, Any]:
    """The --json object of a file that could not be read: the same keys, nothing known."""
    empty = dict.fromkeys(("sha256", "signer", "fingerprint", "offer", "revision", "signed_at"))
    return {
        "path": str(path), **empty, "ok": False, "trusted": False, "level": "", "pades_level": None,
        "sealed_sha256": None, "timestamps": [], "signatures": 0, "revoked_at": None, "notes": [],
        "note_ids": [], "problems": [str(reason)], "problem_ids": [reason.id],
        "database": {"checked": False, "url": None, "status": "not_checked", "stored_sha256": None,
                     "message": str(msg("commands.verify.db.not_checked")),
                     "message_id": "commands.verify.db.not_checked"},
    }  # fmt: skip


def _level(level: str) -> Message:
    if level == "B-B":
        return msg("commands.verify.level.b_b", level=level)
    if level == "B-T":
        return msg("commands.verify.level.b_t", level=level)
    if level == "B-LT":
        return msg("commands.verify.level.b_lt", level=level)
    return msg("commands.verify.level.other", level=level)


def _seal_state(check: PackCheck) -> Message:
    seal = check.seal
    if not seal.sealed:
        return msg("commands.verify.state.none")
    if seal.ok:
        return msg("commands.verify.state.intact")
    if seal.intact is False:
        return msg("commands.verify.state.not_intact")
    return msg("commands.verify.state.not_ok")


def _stamp_line(stamp: TimestampReport) -> Message:
    return msg(
        "commands.verify.timestamp",
        time=stamp.time or msg("commands.verify.unknown_time"),
        tsa=stamp.tsa_subject or msg("commands.verify.unknown"),
        state=msg("commands.verify.state.intact")
        if stamp.intact and stamp.valid
        else msg("commands.verify.state.not_intact"),
        trusted=msg("commands.verify.stamp_trusted")
        if stamp.trusted
        else msg("commands.verify.stamp_untrusted"),
        sha256=stamp.tsa_sha256 or "-",
    )


# every label of the text report, by row; all of them set its width in the reader's language
_LABEL = {
    "file": msg("commands.verify.label.file"),
    "sha256": msg("commands.verify.label.sha256"),
    "offer": msg("commands.verify.label.offer"),
    "seal": msg("commands.verify.label.seal"),
    "trusted": msg("commands.verify.label.trusted"),
    "sealed_by": msg("commands.verify.label.sealed_by"),
    "certificate": msg("commands.verify.label.certificate"),
    "sealed_at": msg("commands.verify.label.sealed_at"),
    "coverage": msg("commands.verify.label.coverage"),
    "level": msg("commands.verify.label.level"),
    "timestamp": msg("commands.verify.label.timestamp"),
    "revoked": msg("commands.verify.label.revoked"),
    "database": msg("commands.verify.label.database"),
    "note": msg("commands.verify.label.note"),
}


def _print_text(path: Path, check: PackCheck, no_database: bool) -> None:
    seal = check.seal
    offer: Message = (
        msg("commands.verify.offer", number=seal.offer_number, revision=seal.revision)
        if seal.offer_number
        else msg("commands.verify.unknown")
    )
    rows: list[tuple[Message, object]] = [
        (_LABEL["file"], path),
        (_LABEL["sha256"], seal.sha256),
        (_LABEL["offer"], offer),
        (_LABEL["seal"], _seal_state(check)),
        (
            _LABEL["trusted"],
            msg("commands.verify.yes") if seal.trusted else msg("commands.verify.no"),
        ),
    ]
    if seal.signer_subject:
        rows.append((_LABEL["sealed_by"], seal.signer_subject))
    if seal.signer_sha256:
        rows.append((_LABEL["certificate"], f"sha256 {seal.signer_sha256}"))
    if seal.signed_at:
        rows.append((_LABEL["sealed_at"], seal.signed_at))
    if seal.level:
        rows.append((_LABEL["coverage"], seal.level))
    if seal.pades_level:
        rows.append((_LABEL["level"], _level(seal.pades_level)))
    rows.extend((_LABEL["timestamp"], _stamp_line(stamp)) for stamp in seal.timestamps)
    if seal.revoked_at:
        rows.append((_LABEL["revoked"], seal.revoked_at))
    rows.append((_LABEL["database"], _database_text(check, no_database)[1]))
    rows.extend((_LABEL["note"], note) for note in seal.notes)
    width = max(len(str(label)) for label in _LABEL.values()) + 1  # the same columns for every file
    print("\n".join(f"{label!s:<{width}}{value}" for label, value in rows))
    if check.ok:
        say(msg("commands.verify.ok", verdict=seal.message))
    else:
        fail(msg("commands.verify.failed", path=path, reason=_failure(check)), EXIT_FAILURE)


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
    no_database = url is None
    trust = load_trust()
    if not args.json:
        for problem in trust.problems:
            print(f"offerdesk: {msg('commands.verify.trust_warning', problem=problem)}")
    code = EXIT_OK
    reports: list[dict[str, Any]] = []
    try:
        for index, path in enumerate(args.files):
            try:
                data = path.read_bytes()
            except OSError as exc:
                reason = msg("commands.verify.unreadable", path=path, reason=os_reason(exc))
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
            reports.append(_report(path, check, url, no_database))
            if not args.json:
                if index:
                    print()
                _print_text(path, check, no_database)
    finally:
        if database is not None:
            database.close()
    if args.json:
        print(json.dumps(reports, ensure_ascii=False, indent=2))
    return code
