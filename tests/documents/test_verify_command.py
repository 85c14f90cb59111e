"""offerdesk verify against a database: read-only, never created, every failure an exit 1;
several files at once; --json."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import cipher
from desktop.cli import main


def _demo(folder: Path) -> tuple[Path, Path]:
    assert main(["demo", "-o", str(folder)]) == 0
    [pack] = list(folder.glob("OF-*-r1.pdf"))
    return pack, folder / "offerdesk-demo.sqlite3"


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return _demo(tmp_path_factory.mktemp("first"))


@pytest.fixture(scope="module")
def second(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return _demo(tmp_path_factory.mktemp("second"))


@pytest.fixture
def trusted(first: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(first[0].parent / "data"))  # the demo's pin


def _verify(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["verify", *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.out, captured.err


def test_the_genuine_pack_matches_its_database(
    first: tuple[Path, Path], trusted: None, capsys: pytest.CaptureFixture[str]
) -> None:
    pack, db = first
    code, out, _ = _verify(capsys, str(pack), "--db", str(db))  # a plain path is an SQLite file
    assert code == 0
    assert "l'empreinte correspond au contrat enregistré à la signature" in out
    code, _, _ = _verify(capsys, str(pack), "--db", f"sqlite:///{db}")
    assert code == 0


def test_a_missing_database_is_an_error_and_is_never_created(
    first: tuple[Path, Path], trusted: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo" / "offerdesk.sqlite3"
    for value in (str(missing), f"sqlite:///{missing}", str(tmp_path / "typo.sqlite3")):
        code, out, err = _verify(capsys, str(first[0]), "--db", value)
        assert code == 1
        assert "n'existe pas" in err
        assert "elle n'a pas été créée" in out
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_damaged_database_is_an_error(
    first: tuple[Path, Path], trusted: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    code, _, err = _verify(capsys, str(first[0]), "--db", str(damaged))
    assert code == 1
    assert "endommagé" in err


def test_a_sqlite_file_that_is_not_offerdesk_is_an_error_and_stays_untouched(
    first: tuple[Path, Path], trusted: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE offers (id INTEGER)")
    before = other.read_bytes()
    code, _, err = _verify(capsys, str(first[0]), "--db", str(other))
    assert code == 1
    assert "n'est pas une base OfferDesk" in err
    assert other.read_bytes() == before


def test_a_locked_database_is_an_error(
    first: tuple[Path, Path], trusted: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "locked.sqlite3"
    key = cipher.key_of_file(first[1])  # the demo database is encrypted when a keychain is there
    source, target = cipher.connect(first[1], key), cipher.connect(copy, key)
    source.backup(target)  # a whole copy, WAL content included
    source.close()
    target.close()
    holder = cipher.connect(copy, key)
    holder.isolation_level = None
    try:
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE offers SET id = id WHERE 0")
        code, _, err = _verify(capsys, str(first[0]), "--db", str(copy))
    finally:
        holder.rollback()
        holder.close()
    assert code == 1
    assert "verrouillée" in err
    code, _, _ = _verify(capsys, str(first[0]), "--db", str(copy))
    assert code == 0  # released: the same file passes


def test_a_genuine_pack_of_one_database_presented_to_another(
    first: tuple[Path, Path], second: tuple[Path, Path], trusted: None, capsys: pytest.CaptureFixture[str]
) -> None:
    # both demos made offer OF-…-0001 revision 1: the number matches, the pack does not
    assert first[0].name == second[0].name
    code, out, err = _verify(capsys, str(first[0]), "--db", str(second[1]))
    assert code == 1
    assert "L'EMPREINTE DIFFÈRE" in out
    assert "diffère du contrat enregistré" in err


def test_with_db_a_pack_not_recorded_there_fails(
    first: tuple[Path, Path], trusted: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.store import open_store

    empty = tmp_path / "empty.sqlite3"
    open_store(f"sqlite:///{empty}", backup=False, seed=False).close()
    code, out, _ = _verify(capsys, str(first[0]), "--db", str(empty))
    assert code == 1
    assert "NON ENREGISTRÉ :" in out


def test_several_files_and_json(
    first: tuple[Path, Path], trusted: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack, db = first
    tampered = tmp_path / "tampered.pdf"
    data = bytearray(pack.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    code, out, err = _verify(capsys, str(pack), str(tampered), "--db", str(db))
    assert code == 1
    assert out.count("fichier :      ") == 2
    assert f"{tampered} : le document a été modifié" in err
    assert str(pack) not in err
    code, out, _ = _verify(capsys, str(pack), str(tampered), "--db", str(db), "--json")
    assert code == 1
    reports = json.loads(out)
    assert [r["path"] for r in reports] == [str(pack), str(tampered)]
    good, bad = reports
    assert set(good) >= {
        "path", "sha256", "ok", "trusted", "signer", "fingerprint", "offer", "revision", "level",
        "problems", "database",
    }  # fmt: skip
    assert good["ok"] is True
    assert good["trusted"] is True
    assert good["offer"].startswith("OF-")
    assert good["revision"] == 1
    assert good["level"] == "ENTIRE_FILE / NONE"
    assert good["problems"] == []
    assert good["database"]["status"] == "matches"
    assert bad["ok"] is False
    assert bad["offer"] is None
    assert any("modifié" in p for p in bad["problems"])
    assert "sealing.verify.changed_after_seal" in bad["problem_ids"]
    assert good["database"]["message_id"] == "commands.verify.db.matches"
    assert good["problem_ids"] == []
    assert good["note_ids"] == []
    code, out, _ = _verify(capsys, str(pack), "--no-db", "--json")
    assert code == 0
    assert json.loads(out)[0]["database"]["status"] == "not_checked"


def test_an_unreadable_file_among_several_is_exit_2(
    first: tuple[Path, Path], trusted: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _verify(capsys, str(first[0]), str(tmp_path / "missing.pdf"), "--no-db")
    assert code == 2
    assert "OK : sceau intact" in out
    assert "missing.pdf : le fichier ou le dossier n'existe pas" in err
    code, out, _ = _verify(capsys, str(first[0]), str(tmp_path / "missing.pdf"), "--no-db", "--json")
    assert code == 2
    good, missing = json.loads(out)
    assert set(missing) == set(good)  # the same keys for every file
    assert missing["ok"] is False
    assert "n'existe pas" in missing["problems"][0]
    assert missing["problem_ids"] == ["commands.verify.unreadable"]


def test_the_command_prints_no_traceback_for_an_unknown_certificate(
    first: tuple[Path, Path], tmp_path: Path
) -> None:
    import os

    env = {**os.environ, "OFFERDESK_DATA_DIR": str(tmp_path / "elsewhere"), "OFFERDESK_LANG": "fr"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "verify", str(first[0]), "--no-db"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert "scellé par un certificat inconnu" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "elsewhere").exists()  # verify creates nothing, not even a data folder


def test_a_stored_pack_that_disagrees_with_its_audit_entry_fails(
    first: tuple[Path, Path], trusted: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "rewritten.sqlite3"
    key = cipher.key_of_file(first[1])  # the demo database is encrypted when a keychain is there
    source, target = cipher.connect(first[1], key), cipher.connect(copy, key)
    source.backup(target)
    source.close()
    for (name,) in target.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        target.execute(f'DROP TRIGGER "{name}"')  # what someone with write access could do
    target.execute(
        "UPDATE audit_log SET payload = json_set(payload, '$.sha256', ?) WHERE action = 'offer.pack'",
        ("0" * 64,),
    )
    target.commit()
    target.close()
    code, out, err = _verify(capsys, str(first[0]), "--db", str(copy))
    assert code == 1
    # the rewritten entry no longer carries a valid MAC: the record itself is not trusted
    assert "ENREGISTREMENT NON FIABLE" in out
    assert "l'entrée 10 (offer.pack offer:1) du journal d'audit a été modifiée" in err
