"""The words for each shared concept, by identifier: one entry per enum member and form.

The words themselves are in the labels catalogue (resources/translations/messages/<lang>/
labels.po), in French, German and English: `status.<value>.name`, `status.<value>.in_sentence`,
`size.<value>.name|declared|printed`, `signer.<value>.name`, `document.<value>.name`. The offers
list, the services' messages, signing mode and the printed pack all take them from here; a
test checks every member has every form in the three languages.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final

from desktop.domain.messages import Message, render
from desktop.domain.vocabulary import ClientSize, DocumentKind, OfferStatus, SignerRole

__all__ = [
    "FORMS",
    "NO_SIZE",
    "PREFIXES",
    "SIZE_LABELS",
    "STATUS_LABELS",
    "SizeLabel",
    "StatusLabel",
    "label",
    "label_ids",
]


@dataclass(frozen=True)
class StatusLabel:
    status: OfferStatus

    def text(self, form: str = "name", lang: str | None = None) -> str:
        return render(label(self.status, form), lang)

    @property
    def name(self) -> str:  # as a list or a filter shows it: "Présentée"
        return self.text("name")

    @property
    def in_sentence(self) -> str:  # after "L'offre OF-… est": "présentée", "un brouillon"
        return self.text("in_sentence")


@dataclass(frozen=True)
class SizeLabel:
    size: ClientSize

    def text(self, form: str = "name", lang: str | None = None) -> str:
        return render(label(self.size, form), lang)

    @property
    def name(self) -> str:  # in a message: "microentreprise"
        return self.text("name")

    @property
    def declared(self) -> str:  # after "Le client déclare être :" in signing mode
        return self.text("declared")

    @property
    def printed(self) -> str:  # beside its box on the art. 15 declaration of the pack
        return self.text("printed")


STATUS_LABELS: Final[dict[OfferStatus, StatusLabel]] = {s: StatusLabel(s) for s in OfferStatus}
SIZE_LABELS: Final[dict[ClientSize, SizeLabel]] = {s: SizeLabel(s) for s in ClientSize}

NO_SIZE: Final = Message("size.none.name")  # an offer on which no size is recorded yet

# The enums with words in the catalogue and their identifiers' prefix: desktop.i18n renders a
# member parameter by them, and the completeness test walks them.
PREFIXES: Final[dict[type[Enum], str]] = {
    OfferStatus: "status",
    ClientSize: "size",
    SignerRole: "signer",
    DocumentKind: "document",
}
# The forms each enum's members have in the catalogue.
FORMS: Final[dict[str, tuple[str, ...]]] = {
    "status": ("name", "in_sentence"),
    "size": ("name", "declared", "printed"),
    "signer": ("name",),
    "document": ("name",),
}


def label(member: Enum, form: str = "name") -> Message:
    """The words of `member` (of an enum in PREFIXES) in `form`: `status.presented.in_sentence`."""
    return Message(f"{PREFIXES[type(member)]}.{member.value}.{form}")


def label_ids() -> list[str]:
    """Every label identifier the code can ask for."""
    ids = [label(m, form).id for kind, prefix in PREFIXES.items() for m in kind for form in FORMS[prefix]]
    return [*ids, NO_SIZE.id]
