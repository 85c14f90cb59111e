"""The offers area's messages in French, German and English: the words, dates, numbers, lists
and labels each language gives them (the other tests assert identifiers and parameters)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop import i18n
from desktop.domain.messages import msg
from desktop.domain.vocabulary import ClientSize
from desktop.services.errors import DamagedDatabaseError, ReadOnlyDatabaseError, conflict_message
from desktop.services.printing import lp_arguments

LABEL = msg("offers.offer.label", number="OF-2026-JDU-0042", revision=2)


def test_an_expired_offer_names_the_date_in_each_language() -> None:
    expired = msg("offers.sign.expired", offer=LABEL, validity_date=dt.date(2026, 4, 1))
    assert expired.text("fr") == (
        "L'offre OF-2026-JDU-0042 (révision 2) n'était valable que jusqu'au 01/04/2026 : "
        "faites une nouvelle révision."
    )
    assert expired.text("de") == (
        "Das Angebot OF-2026-JDU-0042 (Revision 2) war nur bis zum 01.04.2026 gültig: "
        "Erstellen Sie eine neue Revision."
    )
    assert expired.text("en") == (
        "Offer OF-2026-JDU-0042 (revision 2) was only valid until 01/04/2026: make a new revision."
    )


def test_the_client_sizes_are_named_by_the_labels_of_the_language() -> None:
    contradiction = msg(
        "offers.sign.size_contradicts", offer=LABEL, recorded=ClientSize.SMALL, declared=ClientSize.MICRO
    )
    french = contradiction.text("fr")
    assert "de taille « petite entreprise », mais le client déclare « microentreprise »" in french
    assert "Kleinstunternehmen" in contradiction.text("de")
    unknown = msg("offers.sign.size_unknown", value="huge", sizes=list(ClientSize))
    french = unknown.text("fr")
    assert french.startswith("« huge » n'est pas une taille d'entreprise reconnue : choisissez parmi ")
    assert french.endswith("microentreprise, petite entreprise, organisation à but non lucratif et autre")
    assert unknown.text("en") == (
        "“huge” is not a recognised company size: choose from micro-enterprise, small enterprise, "
        "non-profit organisation and other"
    )


def test_page_numbers_and_the_print_refusal(tmp_path: Path) -> None:
    from desktop.services.printing import CupsError

    with pytest.raises(CupsError) as caught:
        lp_arguments("hp", 1, two_sided=True, first_page=3, last_page=9, page_count=7, title="")
    message = caught.value.message
    assert message == msg("offers.print.page_range", page_count=7, first_page=3, last_page=9)
    assert i18n.render(message, "fr") == (
        "Les pages à imprimer doivent être comprises entre 1 et 7 (demandé : 3 à 9)."
    )
    assert i18n.render(message, "de") == (
        "Die zu druckenden Seiten müssen zwischen 1 und 7 liegen (angefordert: 3 bis 9)."
    )
    assert i18n.render(message, "en") == "The pages to print must be between 1 and 7 (requested: 3 to 9)."
    refused = msg("offers.print.refused", printer="hp", reason=msg("offers.print.unknown_reason"))
    assert "a refusé le document : raison inconnue." in refused.text("fr")
    assert "abgelehnt: unbekannter Grund." in refused.text("de")


def test_store_errors_read_in_the_current_language(tmp_path: Path) -> None:
    path = tmp_path / "offerdesk.sqlite3"
    backup = tmp_path / "backups" / "offerdesk-1.sqlite3"
    damaged = DamagedDatabaseError(path, ["database disk image is malformed"], backup)
    unusable = DamagedDatabaseError(path, [], None, unusable=True)
    assert (damaged.unusable, unusable.unusable) == (False, True)
    assert str(damaged).startswith(
        f"La base de données {path} est endommagée (database disk image is malformed)."
    )
    assert f"restaurez-la avec `offerdesk restore {backup}`" in str(damaged)
    assert str(unusable) == (
        f"La base de données {path} est inutilisable (problème inconnu). Rien n'a été modifié. "
        "Aucune sauvegarde intacte n'a été trouvée : conservez le fichier et contactez le support."
    )
    read_only = ReadOnlyDatabaseError(path, msg("offers.read_only.file_protected"))
    i18n.set_language("de")
    assert str(unusable).startswith(f"Die Datenbank {path} ist unbrauchbar (unbekanntes Problem).")
    assert "schreibgeschützt (Datei schreibgeschützt): OfferDesk kann darin nichts speichern" in str(
        read_only
    )
    assert "an anderer Stelle geändert" in str(conflict_message("OF-2026-JDU-0042", 2))
    i18n.set_language("en")
    assert str(conflict_message()).startswith("This offer was changed elsewhere")
    assert f"and its folder {tmp_path} (or copy" in str(read_only)
