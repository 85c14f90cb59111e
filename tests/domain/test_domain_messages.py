"""The domain's refusals read in French, German and English: dates, numbers and nested messages
formatted for the language they are rendered in, from the same Message."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop import i18n
from desktop.domain import bounds
from desktop.domain.errors import DomainError, FieldError
from desktop.domain.identifiers import validate_iban
from desktop.domain.indexation import IndexSeries
from desktop.domain.messages import msg


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            "aucune cote STATEC n'est connue au 01/01/2020 : complétez l'indice STATEC dans les paramètres",
        ),
        (
            "de",
            "für den 01.01.2020 ist kein STATEC-Indexwert bekannt: Ergänzen Sie den STATEC-Index in den "
            "Einstellungen",
        ),
        ("en", "no STATEC index value is known for 01/01/2020: complete the STATEC index in the settings"),
    ],
)
def test_a_date_in_a_refusal_is_written_the_languages_way(lang: str, expected: str) -> None:
    with pytest.raises(DomainError) as caught:
        IndexSeries(Decimal("944.43"), ()).cote_on(dt.date(2020, 1, 1))
    assert caught.value.message == msg("domain.index.no_cote", day=dt.date(2020, 1, 1))
    assert caught.value.message.text(lang) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "lines[0].quantity: doit être un nombre entier entre 1 et 100\u202f000"),
        ("de", "lines[0].quantity: muss eine ganze Zahl zwischen 1 und 100.000 sein"),
        ("en", "lines[0].quantity: must be a whole number between 1 and 100,000"),
    ],
)
def test_a_field_error_reads_in_the_current_language(lang: str, expected: str) -> None:
    i18n.set_language(lang)
    with pytest.raises(FieldError) as caught:
        bounds.check_quantity(0, "lines[0].quantity")
    assert caught.value.message == msg("domain.bounds.quantity", low=1, high=100_000)
    assert str(caught.value) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "IBAN incorrect : la clé de contrôle ne correspond pas, relisez le numéro"),
        ("de", "IBAN ungültig: Die Prüfziffer stimmt nicht, prüfen Sie die Nummer"),
        ("en", "IBAN incorrect: the check digits do not match; check the number"),
    ],
)
def test_a_nested_message_names_the_number_in_the_same_language(lang: str, expected: str) -> None:
    with pytest.raises(FieldError) as caught:
        validate_iban("LU29 0019 4006 4475 0000")
    assert caught.value.message.text(lang) == expected


def test_a_bound_is_a_number_not_a_french_string() -> None:
    """The amount limit is a Decimal parameter: each language groups its digits."""
    with pytest.raises(FieldError) as caught:
        bounds.check_amount(Decimal("10000000.01"), "monthly_fee")
    said = caught.value.message
    assert said == msg("domain.bounds.amount", limit=bounds.AMOUNT_MAX)
    assert said.text("fr").startswith("dépasse 10\u202f000\u202f000 € HT")
    assert said.text("de").startswith("übersteigt 10.000.000 € netto")
    assert said.text("en").startswith("exceeds 10,000,000 € excl. VAT")


def test_a_malformed_bundled_series_says_why_in_a_nested_message() -> None:
    from desktop.reference import series_from_json

    with pytest.raises(DomainError) as caught:
        series_from_json({"reference": "0", "series": []})
    assert caught.value.message == msg(
        "catalogue.index.bundled_malformed", detail=msg("domain.index.reference_positive")
    )
    with pytest.raises(DomainError) as caught:
        series_from_json({"series": []})
    assert caught.value.message == msg("catalogue.index.bundled_malformed", detail="'reference'")
