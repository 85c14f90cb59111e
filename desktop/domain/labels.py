"""How each shared concept reads in French, defined once: one table per enum, keyed by it.

The offers list, the services' messages, signing mode and the printed pack all take their
words from here (issue 13 translates these tables, nothing else). A new status or size is
added to desktop.domain.vocabulary and given its words here; a test checks every member has.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.vocabulary import ClientSize, OfferStatus

__all__ = ["NO_SIZE", "SIZE_LABELS", "STATUS_LABELS", "SizeLabel", "StatusLabel"]


@dataclass(frozen=True)
class StatusLabel:
    name: str  # as a list or a filter shows it: "Présentée"
    in_sentence: str  # after "L'offre OF-… est": "présentée", "un brouillon"


@dataclass(frozen=True)
class SizeLabel:
    name: str  # in a message: "microentreprise"
    declared: str  # after "Le client déclare être :" in signing mode
    printed: str  # beside its box on the art. 15 declaration of the pack


STATUS_LABELS: dict[OfferStatus, StatusLabel] = {
    OfferStatus.DRAFT: StatusLabel("Brouillon", "un brouillon"),
    OfferStatus.PRESENTED: StatusLabel("Présentée", "présentée"),
    OfferStatus.SIGNED: StatusLabel("Signée", "signée"),
    OfferStatus.ACTIVATED: StatusLabel("Activée", "activée"),
    OfferStatus.SUPERSEDED: StatusLabel("Remplacée", "remplacée par une révision plus récente"),
    OfferStatus.EXPIRED: StatusLabel("Expirée", "expirée"),
    OfferStatus.CANCELLED: StatusLabel("Annulée", "annulée"),
}

SIZE_LABELS: dict[ClientSize, SizeLabel] = {
    ClientSize.MICRO: SizeLabel("microentreprise", "une microentreprise", "microentreprise"),
    ClientSize.SMALL: SizeLabel("petite entreprise", "une petite entreprise", "petite entreprise"),
    ClientSize.NON_PROFIT: SizeLabel(
        "organisation à but non lucratif",
        "une organisation à but non lucratif",
        "organisation à but non lucratif",
    ),
    ClientSize.OTHER: SizeLabel(
        "autre",
        "autre",
        "autre (ni microentreprise, ni petite entreprise, ni organisation à but non lucratif)",
    ),
}

NO_SIZE = "non renseignée"  # an offer on which no size is recorded yet
