"""The records' messages (backups, audit log, encryption, enrolment, packs, timestamps) in
French, German and English: the words, the plurals, dates and times, nested findings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.domain.messages import Message, MessageError, msg
from desktop.services.causes import cause, first_line, joined


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("fr", 1, "l'entrée 7 manque"),
        ("fr", 3, "les entrées 7 à 9 manquent"),
        ("de", 1, "Eintrag 7 fehlt"),
        ("de", 3, "die Einträge 7 bis 9 fehlen"),
        ("en", 1, "entry 7 is missing"),
        ("en", 3, "entries 7 to 9 are missing"),
    ],
)
def test_missing_audit_entries_have_real_plurals(lang: str, count: int, expected: str) -> None:
    gap = msg("records.audit.entries_missing", first=7, last=6 + count, count=count)
    assert gap.text(lang) == expected


def test_a_restore_refused_for_a_broken_chain_counts_its_entries_in_each_language() -> None:
    finding = msg(
        "records.audit.entry_problems",
        entry=msg("records.audit.entry", seq=4, action="offer.create", entity="offer:1"),
        problems=joined([msg("records.audit.content_changed"), msg("records.audit.mac_wrong")]),
    )
    broken = msg("records.backup.audit_broken", source=Path("/b/old.sqlite3"), count=2, problems=finding)
    assert broken.text("fr").startswith(
        "Le journal d'audit de /b/old.sqlite3 est rompu (2 entrées modifiées ou déliées : entrée 4 "
        "(offer.create offer:1) : son contenu ne correspond plus à son empreinte (modifiée) ; son code "
        "d'authentification (MAC) est faux : réécrite, recalculée ou forgée) :"
    )
    assert broken.text("de").startswith(
        "Das Audit-Protokoll von /b/old.sqlite3 ist unterbrochen (2 geänderte oder abgetrennte Einträge: "
        "Eintrag 4 (offer.create offer:1): sein Inhalt entspricht nicht mehr seinem Hashwert (geändert); "
        "sein Authentifizierungscode (MAC) ist falsch"
    )
    one = msg("records.backup.audit_broken", source=Path("/b/old.sqlite3"), count=1, problems=finding)
    assert "(1 entry altered or unlinked: entry 4 (offer.create offer:1): its content" in one.text("en")
    assert one.text("en").endswith("`offerdesk restore --force`.")


def test_a_used_enrolment_file_says_when_in_each_language() -> None:
    at = dt.datetime(2026, 11, 26, 9, 5)
    used = msg("records.enrolment.used", path=Path("r.enrol"), at=at)
    assert used.text("fr") == (
        "le fichier d'enrôlement r.enrol a déjà été utilisé sur ce poste le 26/11/2026 à 09:05 : un fichier "
        "ne sert qu'une fois ; demandez-en un nouveau au service informatique"
    )
    assert "bereits am 26.11.2026 um 09:05 Uhr verwendet" in used.text("de")
    assert "was already used on this workstation on 26/11/2026 at 09:05:" in used.text("en")
    unknown = msg("records.enrolment.used", path=Path("r.enrol"), at=msg("records.enrolment.unknown_time"))
    assert "sur ce poste le ? :" in unknown.text("fr")


def test_an_expired_certificate_gives_its_day_in_each_language() -> None:
    expired = msg("records.enrolment.expired", path=Path("r.enrol"), day=dt.date(2026, 3, 1))
    assert [expired.text(lang) for lang in ("fr", "de", "en")] == [
        "le certificat de r.enrol a expiré le 01/03/2026 : demandez un nouveau fichier au service "
        "informatique",
        "das Zertifikat von r.enrol ist am 01.03.2026 abgelaufen: Fordern Sie bei der IT-Abteilung eine neue "
        "Datei an",
        "the certificate of r.enrol expired on 01/03/2026: ask the IT department for a new file",
    ]


def test_the_encryption_report_counts_backups_and_rows() -> None:
    done = msg("records.encryption.done", path=Path("/d/o.sqlite3"), rows=12345, tables=9, count=0)
    assert "(12\u202f345 lignes dans 9 tables, toutes vérifiées) ; 0 sauvegarde chiffrée" in done.text("fr")
    assert "(12.345 Zeilen in 9 Tabellen, alle geprüft); 0 Sicherungen mit demselben" in done.text("de")
    assert "(12,345 rows in 9 tables, all verified); 0 backups encrypted with" in done.text("en")
    partly = msg(
        "records.encryption.done_partly",
        done=done,
        failed=joined([msg("records.encryption.backup_failed", name="a.sqlite3", reason="x")]),
    )
    assert partly.text("en").endswith(" Not encrypted (left as they were): a.sqlite3 (x)")


def test_a_cause_keeps_the_message_of_an_error_or_its_text() -> None:
    inner = msg("records.backup.empty")
    assert cause(MessageError(inner)) is inner
    assert cause(OSError("disk on fire")) == "disk on fire"
    # a refusal of the system reads in the sentence's language, not "[Errno 2] No such file…"
    assert cause(FileNotFoundError(2, "No such file or directory", "/x/.b.tmp")) == msg("os.not_found")
    assert cause(OSError(28, "No space left on device")) == msg("os.disk_full")
    assert cause(ValueError()) == "ValueError"
    assert joined([]) == ""
    assert joined(["a"]) == "a"
    assert str(joined(["a", "b", "c"])) == "a ; b ; c"
    three = joined(["a", "b", "c"])
    assert isinstance(three, Message)
    assert three.text("de") == "a; b; c"


def test_first_line_is_the_drivers_first_line_and_never_empty() -> None:
    class Wrapped(Exception):
        orig = ValueError("database is locked\n[SQL: SELECT 1]")

    assert first_line(Wrapped("(sqlite3.OperationalError) database is locked")) == "database is locked"
    assert first_line(RuntimeError("  first\nsecond")) == "first"
    assert first_line(RuntimeError()) == "RuntimeError"  # an error with no text: its kind
