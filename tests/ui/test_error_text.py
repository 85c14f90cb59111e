"""A refused action reads in French in a dialog: a FieldError's identifier becomes its label."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.domain.errors import DomainError, FieldError
from desktop.services.errors import DatabaseLockedError
from desktop.ui.deadlines_page import DeadlinesPage
from desktop.ui.error_text import field_label, user_message


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("offer_date", "Date de l'offre"),
        ("lines[0].quantity", "Ligne 1, quantité"),
        ("lines[2].product_code", "Ligne 3, produit"),
        ("client.postcode", "Code postal du client"),
        ("representative", "Représentant"),
        ("lines[1].unknown_key", "Ligne 2, unknown_key"),  # never lost, even without a label
        ("something_new", "something_new"),
    ],
)
def test_field_labels(field: str, label: str) -> None:
    assert field_label(field) == label


def test_a_field_error_names_the_field_in_french() -> None:
    error = FieldError("lines[0].quantity", "doit être un nombre entier supérieur ou égal à 1")
    assert str(error) == "lines[0].quantity: doit être un nombre entier supérieur ou égal à 1"  # CLI, logs
    assert user_message(error) == "Ligne 1, quantité : doit être un nombre entier supérieur ou égal à 1"


def test_other_errors_are_shown_as_they_are() -> None:
    assert user_message(DomainError("Deux cotes ont la même date.")) == "Deux cotes ont la même date."
    locked = DatabaseLockedError("La base de données est occupée.")
    assert user_message(locked) == "La base de données est occupée."


def test_a_refused_activation_date_names_the_field(qtbot, backend, dialogs, monkeypatch) -> None:
    today = dt.date(2026, 11, 26)
    draft = dataclasses.replace(backend.new_draft(today), client_id=1, client_name="Boulangerie Schmit")
    stored = backend.save_draft(draft)
    backend.drafts[stored.offer_id] = dataclasses.replace(
        stored, status=backend.drafts[stored.offer_id].status.SIGNED
    )

    def refuse(offer_id: int, day: dt.date) -> None:
        raise FieldError("activation_date", "la mise en service ne peut pas précéder la signature du contrat")

    monkeypatch.setattr(backend, "record_activation", refuse)
    page = DeadlinesPage(backend, dialogs)
    qtbot.addWidget(page)
    page.refresh(today)
    page.table.selectRow(0)
    dialogs.dates.append(dt.date(2020, 1, 1))
    page.activation_button.click()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error"
    assert text == (
        "Date de mise en service : la mise en service ne peut pas précéder la signature du contrat"
    )


@pytest.mark.parametrize(
    ("lang", "field", "label"),
    [
        ("de", "time_zone", "Zeitzone"),
        ("de", "document_language", "Dokumentsprache"),
        ("de", "preferred_language", "Bevorzugte Sprache"),
        ("de", "lines[0].quantity", "Position 1, Menge"),
        ("en", "time_zone", "Time zone"),
        ("en", "document_language", "Document language"),
    ],
)
def test_a_field_the_services_refuse_is_named_in_the_interfaces_language(
    interface, tmp_path, lang: str, field: str, label: str
) -> None:
    """Settings refuses "Europa/Luxemburg": a German dialog reads "Zeitzone: …", not "time_zone: …"."""
    from tests.ui import translations

    translations.install(interface, tmp_path, lang)
    assert field_label(field) == label
