"""offerdesk timestamp through a real HTTP TSA on localhost, then offerdesk verify on the stored
versions: the level reported, the timestamp's TSA trusted only through the trust folder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import sqlite_url
from db.models import PackVersion
from desktop.cli import main
from desktop.domain.messages import msg
from desktop.services.store import open_store
from tests.documents.message_ids import has_row
from tests.documents.tsa import HttpTsa, LocalTsa, serve


@pytest.fixture(scope="module")
def tsa() -> LocalTsa:
    return LocalTsa()


@pytest.fixture
def server(tsa: LocalTsa) -> Iterator[HttpTsa]:
    with serve(tsa) as running:
        yield running


@pytest.fixture
def demo(tmp_path: Path, tsa: LocalTsa, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    assert main(["demo", "-o", str(tmp_path)]) == 0
    [pack] = list(tmp_path.glob("OF-*-r1.pdf"))
    data = tmp_path / "data"
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(data))  # the demo's pin
    monkeypatch.delenv("OFFERDESK_TSA_URL", raising=False)
    (data / "trust").mkdir(exist_ok=True)
    (data / "trust" / "tsa-root.pem").write_bytes(tsa.root_pem)  # IT installed the TSA's root
    return pack, tmp_path / "offerdesk-demo.sqlite3"


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.out, captured.err


def _versions(db: Path, folder: Path) -> dict[str, Path]:
    store = open_store(sqlite_url(db), backup=False, seed=False)
    try:
        with store.read() as session:
            found = {v.level: v.pdf for v in session.scalars(select(PackVersion))}
    finally:
        store.close()
    paths = {}
    for level, pdf in found.items():
        paths[level] = folder / f"pack-{level}.pdf"
        paths[level].write_bytes(pdf)
    return paths


def test_timestamp_then_verify_reports_the_level(
    demo: tuple[Path, Path], server: HttpTsa, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack, db = demo
    code, out, _ = _run(capsys, "verify", str(pack), "--db", str(db))
    assert code == 0
    assert has_row(out, "niveau :", "PAdES B-B (heure de signature déclarée")
    code, out, err = _run(capsys, "timestamp", "--db", str(db), "--tsa", server.url)
    assert code == 0, err
    assert "B-B -> B-LT" in out
    assert "2 versions enregistrées ; 1 contrat porté en B-LT ; 0 en échec" in out
    versions = _versions(db, tmp_path)
    assert set(versions) == {"B-T", "B-LT"}
    for level, path in versions.items():
        code, out, err = _run(capsys, "verify", str(path), "--db", str(db))
        assert code == 0, err
        assert has_row(out, "niveau :", f"PAdES {level}")
        assert f"une version {level} enregistrée du contrat enregistré à la signature" in out
        assert "OK : sceau intact, horodaté le 20" in out
        assert f"(PAdES {level})" in out
        assert has_row(out, "horodatage :", "20")
        assert "intact, de confiance" in out
        code, out, _ = _run(capsys, "verify", str(path), "--db", str(db), "--json")
        [report] = json.loads(out)
        assert report["ok"] is True
        assert report["pades_level"] == level
        assert report["database"]["status"] == "matches"
        [stamp] = report["timestamps"]
        assert stamp["ok"] is True
        assert stamp["trusted"] is True
        assert stamp["time"]
    assert pack.read_bytes() == versions["B-T"].read_bytes()[: len(pack.read_bytes())]
    requests = server.requests
    code, out, _ = _run(capsys, "timestamp", "--db", str(db), "--tsa", server.url)
    assert code == 0
    assert "rien à faire" in out
    assert server.requests == requests  # idempotent: the TSA was not even asked
    assert set(_versions(db, tmp_path)) == {"B-T", "B-LT"}


def test_a_timestamped_pack_from_an_untrusted_tsa_fails_verify(
    demo: tuple[Path, Path], server: HttpTsa, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack, db = demo
    assert _run(capsys, "timestamp", "--db", str(db), "--tsa", server.url)[0] == 0
    versions = _versions(db, tmp_path)
    (pack.parent / "data" / "trust" / "tsa-root.pem").unlink()  # this verifier never installed it
    code, out, err = _run(capsys, "verify", str(versions["B-LT"]), "--no-db")
    assert code == 1
    assert "horodatage d'une autorité inconnue" in err
    assert "PAS DE CONFIANCE" in out
    assert _run(capsys, "verify", str(pack), "--no-db")[0] == 0  # the B-B original still passes


def test_a_tsa_that_is_down_is_exit_1_with_the_reason_and_retried(
    demo: tuple[Path, Path], server: HttpTsa, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, db = demo
    server.down = True
    code, out, err = _run(capsys, "timestamp", "--db", str(db), "--tsa", server.url)
    assert code == 1
    assert "NON FAIT" in out
    assert "1 contrat n'a pas pu être horodaté" in err
    assert "autorité d'horodatage" in err
    no_token = msg("records.timestamp.no_token", reason="").text()
    assert no_token.rstrip() in err  # the step that failed, with the TSA's reason after it
    assert _versions(db, tmp_path) == {}
    server.down = False
    assert _run(capsys, "timestamp", "--db", str(db), "--tsa", server.url)[0] == 0
    assert set(_versions(db, tmp_path)) == {"B-T", "B-LT"}


def test_the_tsa_is_a_setting(
    demo: tuple[Path, Path], server: HttpTsa, capsys: pytest.CaptureFixture[str]
) -> None:
    pack, db = demo
    code, _, err = _run(capsys, "timestamp", "--db", str(db))
    assert code == 1
    assert "aucune autorité d'horodatage n'est configurée" in err
    assert _run(capsys, "timestamp", "--tsa", "ftp://x", "--db", str(db))[0] == 2
    code, _, _ = _run(capsys, "timestamp", "--db", str(db), "--tsa", server.url, "--save-tsa")
    assert code == 0
    settings = json.loads((pack.parent / "data" / "seal.json").read_text(encoding="utf-8"))
    assert settings["tsa_url"] == server.url
    code, out, _ = _run(capsys, "timestamp", "--db", str(db))
    assert code == 0
    assert f"TSA : {server.url}" in out
