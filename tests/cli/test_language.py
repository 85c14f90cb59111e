"""The commands speak the reader's language: OFFERDESK_LANG, else the locale, else French; the
words, the plurals and the help, run as a user runs them (a process of its own)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import sqlite_url
from desktop.cli import main
from desktop.paths import resource

ROOT = Path(__file__).resolve().parents[2]
_LOCALE = ("OFFERDESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


def _catalogue(folder: Path, rows: int) -> Path:
    """The sample catalogue's first `rows` products, with a column OfferDesk does not read."""
    lines = resource("catalogue", "sample-catalogue.csv").read_text(encoding="utf-8").splitlines()
    path = folder / f"catalogue-{rows}.csv"
    path.write_text(
        "\n".join([lines[0] + ",notes", *(f"{line},x" for line in lines[1 : rows + 1])]), encoding="utf-8"
    )
    return path


def _offerdesk(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in _LOCALE}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env={**clean, **env}, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("env", "one", "three", "note"),
    [
        (
            {"OFFERDESK_LANG": "de"},
            "1 Produkt als Katalogversion 2 importiert",
            "3 Produkte als Katalogversion 3 importiert",
            "Hinweis: ignorierte Spalte: notes",
        ),
        (
            {"OFFERDESK_LANG": "en", "LANG": "de_DE.UTF-8"},  # OFFERDESK_LANG wins over the locale
            "imported 1 product as catalogue version 2",
            "imported 3 products as catalogue version 3",
            "note: column ignored: notes",
        ),
        (
            {"LANG": "de_DE.UTF-8"},  # no OFFERDESK_LANG: the locale's language
            "1 Produkt als Katalogversion 2 importiert",
            "3 Produkte als Katalogversion 3 importiert",
            "Hinweis: ignorierte Spalte: notes",
        ),
        (
            {"LANG": "pt_PT.UTF-8"},  # none of the three: French
            "1 produit importé comme version 2 du catalogue",
            "3 produits importés comme version 3 du catalogue",
            "remarque : colonne ignorée : notes",
        ),
    ],
)
def test_a_command_reports_in_the_readers_language_with_real_plurals(
    tmp_path: Path, env: dict[str, str], one: str, three: str, note: str
) -> None:
    url = sqlite_url(tmp_path / "db.sqlite3")
    first = _offerdesk("import-catalogue", str(_catalogue(tmp_path, 1)), "--db", url, **env)
    assert (first.returncode, first.stdout.strip()) == (0, one), first.stderr
    assert first.stderr.strip() == note
    again = _offerdesk("import-catalogue", str(_catalogue(tmp_path, 3)), "--db", url, **env)
    assert (again.returncode, again.stdout.strip()) == (0, three), again.stderr


def test_an_error_in_german_and_english(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text('{"lines": [', encoding="utf-8")
    german = _offerdesk("quote", str(spec), OFFERDESK_LANG="de")
    assert german.returncode == 2
    assert (
        german.stderr.strip() == f"offerdesk: {spec}: ungültiges JSON (Zeile 1, Spalte 12: Expecting value)"
    )
    english = _offerdesk("quote", str(spec), OFFERDESK_LANG="en")
    assert english.stderr.strip() == f"offerdesk: {spec}: invalid JSON (line 1, column 12: Expecting value)"
    french = _offerdesk("quote", str(spec), OFFERDESK_LANG="fr")
    assert (
        french.stderr.strip()
        == f"offerdesk: {spec} : JSON non valable (ligne 1, colonne 12 : Expecting value)"
    )


@pytest.mark.parametrize(
    ("lang", "description", "verify"),
    [
        ("fr", "OfferDesk : préparez des offres", "vérifie un contrat : sceau intact"),
        ("de", "OfferDesk: Angebote erstellen", "prüft einen Vertrag: Siegel unversehrt"),
        ("en", "OfferDesk: build offers", "check a contract pack: seal intact"),
    ],
)
def test_the_help_is_in_the_readers_language(
    lang: str,
    description: str,
    verify: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("OFFERDESK_LANG", lang)
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())  # argparse wraps to the terminal's width
    assert description in out
    assert verify in out


def test_a_command_option_help_in_german(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OFFERDESK_LANG", "de")
    with pytest.raises(SystemExit):
        main(["verify", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "prüft nur das Siegel" in out
    assert "maschinenlesbarer Bericht, ein Objekt pro Datei" in out
    # argparse's own words too: no "usage:", "options:", "show this help message and exit"
    assert out.startswith("Aufruf: offerdesk verify")
    assert "Optionen: -h, --help zeigt diese Hilfe an und beendet sich" in out
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in out


@pytest.mark.parametrize(
    ("lang", "missing", "choice"),
    [
        (
            "de",
            "offerdesk quote: Fehler: folgende Argumente fehlen: SPEC.json",
            "offerdesk: Fehler: Argument COMMAND: ungültige Auswahl: 'frobnicate'",
        ),
        (
            "en",
            "offerdesk quote: error: the following arguments are required: SPEC.json",
            "offerdesk: error: argument COMMAND: invalid choice: 'frobnicate'",
        ),
        (
            "fr",
            "offerdesk quote : erreur : arguments obligatoires manquants : SPEC.json",
            "offerdesk : erreur : argument COMMAND : choix invalide : 'frobnicate'",
        ),
    ],
)
def test_a_mistyped_command_line_is_refused_in_the_readers_language(
    lang: str, missing: str, choice: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OFFERDESK_LANG", lang)
    with pytest.raises(SystemExit):
        main(["quote"])
    assert missing in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["frobnicate"])
    assert choice in capsys.readouterr().err
