"""Rendering a message: languages, parameters formatted by type, plurals, fallbacks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from desktop import i18n
from desktop.domain import messages
from desktop.domain.labels import NO_SIZE, SIZE_LABELS, STATUS_LABELS
from desktop.domain.messages import Message, MessageError, msg
from desktop.domain.vocabulary import ClientSize, OfferStatus


def test_labels_in_each_language() -> None:
    assert [STATUS_LABELS[OfferStatus.DRAFT].text("in_sentence", lang) for lang in ("fr", "de", "en")] == [
        "un brouillon",
        "ein Entwurf",
        "a draft",
    ]
    assert SIZE_LABELS[ClientSize.MICRO].text("name", "de") == "Kleinstunternehmen"
    assert NO_SIZE.text("en") == "not stated"


def test_the_current_language_is_the_readers() -> None:
    assert STATUS_LABELS[OfferStatus.SIGNED].name == "Signée"
    i18n.set_language("de_LU.UTF-8")
    assert i18n.current_language() == "de"
    assert STATUS_LABELS[OfferStatus.SIGNED].name == "Unterzeichnet"
    assert str(MessageError(Message("status.signed.name"))) == "Unterzeichnet"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"OFFERDESK_LANG": "en"}, "en"),
        ({"OFFERDESK_LANG": "de_LU", "LANG": "en_GB.UTF-8"}, "de"),
        ({"OFFERDESK_LANG": "pt", "LANG": "de_DE.UTF-8"}, "de"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "C.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANG": "pt_PT.UTF-8"}, "fr"),
        ({}, "fr"),
    ],
)
def test_language_from_environment(env: dict[str, str], expected: str) -> None:
    assert i18n.language_from_environment(env) == expected


@pytest.fixture
def catalogue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A catalogue of test messages in the three languages, in place of the shipped one."""
    entries = {
        "fr": ['msgid "t.amount"\nmsgstr "Montant : {amount:money} au {day}"'],
        "de": ['msgid "t.amount"\nmsgstr "Betrag: {amount:money} am {day}"'],
        "en": ['msgid "t.amount"\nmsgstr "Amount: {amount:money} on {day}"'],
    }
    plural = {
        "fr": ("{count} ligne", "{count} lignes"),
        "de": ("{count} Zeile", "{count} Zeilen"),
        "en": ("{count} line", "{count} lines"),
    }
    for lang, body in entries.items():
        folder = tmp_path / "translations" / "messages" / lang
        folder.mkdir(parents=True)
        one, other = plural[lang]
        text = (
            f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: {lang}\\n"\n'
            f'"Plural-Forms: {i18n.PLURAL_FORMS[lang]}\\n"\n\n'
            + "\n\n".join(body)
            + f'\n\nmsgid "t.lines"\nmsgid_plural "t.lines"\nmsgstr[0] "{one}"\nmsgstr[1] "{other}"\n'
        )
        if lang == "fr":
            text += '\nmsgid "t.only_fr"\nmsgstr "Seulement en français : {status:in_sentence}"\n'
            text += '\nmsgid "t.nested"\nmsgstr "Motif : {reason}"\n'
        (folder / "test.po").write_text(text, encoding="utf-8")
        shipped = Path(i18n.__file__).parent.parent / "resources/translations/messages" / lang / "labels.po"
        (folder / "labels.po").write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(i18n, "_folder", lambda: tmp_path / "translations")
    i18n.reload()
    yield tmp_path
    i18n.reload()


def test_parameters_are_formatted_for_the_language(catalogue: Path) -> None:
    message = msg("t.amount", amount=Decimal("1234.5"), day=dt.date(2026, 11, 26))
    assert message.text("fr") == "Montant : 1\u202f234,50\u00a0€ au 26/11/2026"
    assert message.text("de") == "Betrag: 1.234,50\u00a0€ am 26.11.2026"
    assert message.text("en") == "Amount: 1,234.50\u00a0€ on 26/11/2026"


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("fr", 0, "0 ligne"),
        ("fr", 1, "1 ligne"),
        ("fr", 3, "3 lignes"),
        ("de", 1, "1 Zeile"),
        ("de", 0, "0 Zeilen"),
        ("en", 3, "3 lines"),
    ],
)
def test_plural_forms_follow_each_language(catalogue: Path, lang: str, count: int, expected: str) -> None:
    assert msg("t.lines", count=count).text(lang) == expected


def test_a_message_missing_in_a_language_falls_back_to_french_then_its_identifier(catalogue: Path) -> None:
    assert msg("t.only_fr", status=OfferStatus.PRESENTED).text("de") == "Seulement en français : présentée"
    assert msg("t.unknown", n=2).text("de") == "t.unknown(n=2)"


def test_a_nested_message_is_rendered_in_the_same_language(catalogue: Path) -> None:
    assert msg("t.nested", reason=Message("status.cancelled.name")).text("fr") == "Motif : Annulée"


def test_a_stale_compiled_catalogue_is_not_read(catalogue: Path) -> None:
    """A .mo older than its sources (an edit since the last build) is compiled again in memory."""
    folder = catalogue / "translations"
    (folder / "messages_de.mo").write_bytes(b"not a catalogue")
    source = folder / "messages" / "de" / "test.po"
    source.touch()
    import os

    os.utime(folder / "messages_de.mo", (source.stat().st_mtime - 10,) * 2)
    i18n.reload()
    assert msg("t.lines", count=2).text("de") == "2 Zeilen"


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_compiled_catalogue_is_compiled_again(catalogue: Path, damage: str) -> None:
    """A fresh but damaged .mo (a copy cut short, a bad disk) costs no traceback and no language."""
    folder = catalogue / "translations"
    whole = i18n.compile_catalogue("de", i18n.catalogue_sources("de", folder))
    (folder / "messages_de.mo").write_bytes(whole[:100] if damage == "truncated" else b"\xde\x12\x04\x95" * 9)
    i18n.reload()
    assert msg("t.lines", count=2).text("de") == "2 Zeilen"


def test_a_damaged_compiled_catalogue_without_sources_falls_back_to_french(catalogue: Path) -> None:
    """An installation ships the .mo only: a damaged one shows French, it does not crash."""
    folder = catalogue / "translations"
    whole = i18n.compile_catalogue("de", i18n.catalogue_sources("de", folder))
    (folder / "messages_de.mo").write_bytes(whole[:100])
    for source in (folder / "messages" / "de").glob("*.po"):
        source.unlink()
    i18n.reload()
    assert msg("t.lines", count=2).text("de") == "2 lignes"


def test_without_the_catalogues_a_message_reads_as_its_identifier() -> None:
    messages.install_renderer(None)
    try:
        assert str(msg("offer.not_found", offer_id=12)) == "offer.not_found(offer_id=12)"
    finally:
        messages.install_renderer(i18n.render)


def test_the_light_constants_agree_with_their_sources() -> None:
    """desktop.i18n repeats three constants so that importing it stays cheap for a headless command."""
    from desktop import config
    from desktop.domain import formatting

    assert i18n.LANG_ENV == config.LANG_ENV
    assert i18n.LANGUAGES == formatting.LANGUAGES
    assert i18n.DEFAULT_LANG == formatting.DEFAULT_LANG


def test_importing_i18n_loads_no_babel_gettext_or_typing() -> None:
    import subprocess
    import sys

    probe = (
        "import sys\nimport desktop.i18n\n"
        "print([m for m in ('babel', 'gettext', 'typing', 'dataclasses', 'logging') if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
