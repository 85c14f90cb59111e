"""The one line a screen shows for a refused action, naming the field in the interface's language.

A FieldError's `field` is an identifier the code maps to widgets (``offer_date``,
``lines[2].quantity``); in a dialog it reads as the field's label instead:
"Ligne 3, quantité : doit être un nombre entier supérieur ou égal à 1".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop import i18n
from desktop.domain.errors import FieldError

# Marked for lupdate, translated when shown (field_label).
_LABELS: dict[str, object] = {  # QT_TRANSLATE_NOOP is typed as returning object: its text
    "offer_date": QT_TRANSLATE_NOOP("ErrorText", "Date de l'offre"),
    "validity_date": QT_TRANSLATE_NOOP("ErrorText", "Date de validité"),
    "engagement_months": QT_TRANSLATE_NOOP("ErrorText", "Durée d'engagement"),
    "renewal_months": QT_TRANSLATE_NOOP("ErrorText", "Durée de reconduction"),
    "lead_time_days": QT_TRANSLATE_NOOP("ErrorText", "Délai de mise en service"),
    "payment_term_days": QT_TRANSLATE_NOOP("ErrorText", "Délai de paiement"),
    "required_documents": QT_TRANSLATE_NOOP("ErrorText", "Documents à fournir"),
    "special_conditions": QT_TRANSLATE_NOOP("ErrorText", "Conditions particulières"),
    "client": QT_TRANSLATE_NOOP("ErrorText", "Client"),
    "client_id": QT_TRANSLATE_NOOP("ErrorText", "Client"),
    "site_id": QT_TRANSLATE_NOOP("ErrorText", "Site d'installation"),
    "lines": QT_TRANSLATE_NOOP("ErrorText", "Lignes de l'offre"),
    "representative": QT_TRANSLATE_NOOP("ErrorText", "Représentant"),
    "place": QT_TRANSLATE_NOOP("ErrorText", "Lieu de signature"),
    "activation_date": QT_TRANSLATE_NOOP("ErrorText", "Date de mise en service"),
    "client_size": QT_TRANSLATE_NOOP("ErrorText", "Taille de l'entreprise"),
    "document_language": QT_TRANSLATE_NOOP("ErrorText", "Langue du document"),
    "preferred_language": QT_TRANSLATE_NOOP("ErrorText", "Langue préférée"),
    "time_zone": QT_TRANSLATE_NOOP("ErrorText", "Fuseau horaire"),
    "legal_name": QT_TRANSLATE_NOOP("ErrorText", "Raison sociale"),
    "name": QT_TRANSLATE_NOOP("ErrorText", "Nom"),
    "code": QT_TRANSLATE_NOOP("ErrorText", "Code"),
    "email": QT_TRANSLATE_NOOP("ErrorText", "E-mail"),
    "country": QT_TRANSLATE_NOOP("ErrorText", "Pays"),
    "address_line1": QT_TRANSLATE_NOOP("ErrorText", "Adresse"),
    "city": QT_TRANSLATE_NOOP("ErrorText", "Localité"),
    "postcode": QT_TRANSLATE_NOOP("ErrorText", "Code postal"),
    "vat_number": QT_TRANSLATE_NOOP("ErrorText", "N° TVA"),
    "rcs_number": QT_TRANSLATE_NOOP("ErrorText", "N° RCS"),
    "rcs": QT_TRANSLATE_NOOP("ErrorText", "N° RCS"),
    "iban": QT_TRANSLATE_NOOP("ErrorText", "IBAN"),
    "value": QT_TRANSLATE_NOOP("ErrorText", "Cote"),
    "start": QT_TRANSLATE_NOOP("ErrorText", "Date de début"),
    "end": QT_TRANSLATE_NOOP("ErrorText", "Date de fin"),
    "text": QT_TRANSLATE_NOOP("ErrorText", "Texte des CGV"),
    "signature": QT_TRANSLATE_NOOP("ErrorText", "Signature"),
    "sealing_certificate": QT_TRANSLATE_NOOP("ErrorText", "Certificat de scellement"),
    "trust_root": QT_TRANSLATE_NOOP("ErrorText", "Racine de confiance de l'entreprise"),
    "catalogue": QT_TRANSLATE_NOOP("ErrorText", "Catalogue"),
    "product_code": QT_TRANSLATE_NOOP("ErrorText", "Produit"),
    "quantity": QT_TRANSLATE_NOOP("ErrorText", "Quantité"),
    "monthly_discount": QT_TRANSLATE_NOOP("ErrorText", "Remise sur la mensualité"),
    "installation_discount": QT_TRANSLATE_NOOP("ErrorText", "Remise sur l'installation"),
    "standard": QT_TRANSLATE_NOOP("ErrorText", "Taux normal"),
    "intermediate": QT_TRANSLATE_NOOP("ErrorText", "Taux intermédiaire"),
    "reduced": QT_TRANSLATE_NOOP("ErrorText", "Taux réduit"),
    "super_reduced": QT_TRANSLATE_NOOP("ErrorText", "Taux super-réduit"),
    "client.address_line1": QT_TRANSLATE_NOOP("ErrorText", "Adresse du client"),
    "client.postcode": QT_TRANSLATE_NOOP("ErrorText", "Code postal du client"),
    "client.city": QT_TRANSLATE_NOOP("ErrorText", "Localité du client"),
    "client.signer_name": QT_TRANSLATE_NOOP("ErrorText", "Nom du signataire"),
    "client.signature": QT_TRANSLATE_NOOP("ErrorText", "Signature du client"),
    "representative.signer_name": QT_TRANSLATE_NOOP("ErrorText", "Nom du représentant"),
    "representative.signature": QT_TRANSLATE_NOOP("ErrorText", "Signature du représentant"),
}
_LINE = re.compile(r"^lines\[(\d+)\]\.(\w+)$")


def _label(text: object) -> str:
    return QCoreApplication.translate("ErrorText", str(text))  # a text of _LABELS (marked above)


def field_label(field: str) -> str:
    """The label of a field identifier in the interface's language; the identifier itself
    when none is known."""
    line = _LINE.match(field)
    if line is not None:
        what = field_in_sentence(line.group(2))
        return QCoreApplication.translate("ErrorText", "Ligne {0}, {1}").format(int(line.group(1)) + 1, what)
    return _label(_LABELS[field]) if field in _LABELS else field


def field_in_sentence(field: str) -> str:
    """field_label as it reads inside a sentence: "lieu de signature" (German nouns keep their capital)."""
    what = field_label(field)
    return what if i18n.current_language() == "de" else what[:1].lower() + what[1:]


def user_message(exc: Exception) -> str:
    """What a dialog says for `exc`: a FieldError as "Label : message", anything else as is."""
    if isinstance(exc, FieldError):
        return QCoreApplication.translate("ErrorText", "{0} : {1}").format(
            field_label(exc.field), exc.message
        )
    return str(exc)
