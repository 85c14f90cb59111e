"""The one line a screen shows for a refused action: French, naming the field in French.

A FieldError's `field` is an identifier the code maps to widgets (``offer_date``,
``lines[2].quantity``); in a dialog it reads as the field's French label instead:
"Ligne 3, quantité : doit être un nombre entier supérieur ou égal à 1".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import FieldError

_LABELS = {
    "offer_date": "Date de l'offre",
    "validity_date": "Date de validité",
    "engagement_months": "Durée d'engagement",
    "renewal_months": "Durée de reconduction",
    "lead_time_days": "Délai de mise en service",
    "payment_term_days": "Délai de paiement",
    "required_documents": "Documents à fournir",
    "special_conditions": "Conditions particulières",
    "client": "Client",
    "client_id": "Client",
    "site_id": "Site d'installation",
    "lines": "Lignes de l'offre",
    "representative": "Représentant",
    "place": "Lieu de signature",
    "activation_date": "Date de mise en service",
    "client_size": "Taille de l'entreprise",
    "legal_name": "Raison sociale",
    "name": "Nom",
    "code": "Code",
    "email": "E-mail",
    "country": "Pays",
    "address_line1": "Adresse",
    "city": "Localité",
    "postcode": "Code postal",
    "vat_number": "N° TVA",
    "rcs_number": "N° RCS",
    "rcs": "N° RCS",
    "iban": "IBAN",
    "value": "Cote",
    "start": "Date de début",
    "end": "Date de fin",
    "text": "Texte des CGV",
    "signature": "Signature",
    "sealing_certificate": "Certificat de scellement",
    "trust_root": "Racine de confiance de l'entreprise",
    "catalogue": "Catalogue",
    "product_code": "Produit",
    "quantity": "Quantité",
    "monthly_discount": "Remise sur la mensualité",
    "installation_discount": "Remise sur l'installation",
    "standard": "Taux normal",
    "intermediate": "Taux intermédiaire",
    "reduced": "Taux réduit",
    "super_reduced": "Taux super-réduit",
    "client.address_line1": "Adresse du client",
    "client.postcode": "Code postal du client",
    "client.city": "Localité du client",
    "client.signer_name": "Nom du signataire",
    "client.signature": "Signature du client",
    "representative.signer_name": "Nom du représentant",
    "representative.signature": "Signature du représentant",
}
_LINE = re.compile(r"^lines\[(\d+)\]\.(\w+)$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorText", text)


def field_label(field: str) -> str:
    """The French label of a field identifier; the identifier itself when none is known."""
    line = _LINE.match(field)
    if line is not None:
        what = _tr(_LABELS.get(line.group(2), line.group(2)))
        return _tr("Ligne {0}, {1}").format(int(line.group(1)) + 1, what[:1].lower() + what[1:])
    return _tr(_LABELS[field]) if field in _LABELS else field


def user_message(exc: Exception) -> str:
    """What a dialog says for `exc`: a FieldError as "Label : message", anything else as is."""
    if isinstance(exc, FieldError):
        return f"{field_label(exc.field)} : {exc.message}"
    return str(exc)
