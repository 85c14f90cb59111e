"""What a new offer starts with that is written in words: the documents it asks the client for.

They are lines of the offer (the representative may change them), so they are written in the
offer's document language: a new draft gets them in the interface's language, and the editor
swaps them for the document language's while they are still the untouched defaults.
"""

from __future__ import annotations

from desktop.domain.messages import msg

_DEFAULT_DOCUMENTS = (
    msg("offers.default_document.rcs"),
    msg("offers.default_document.identity"),
    msg("offers.default_document.sepa"),
)


def default_documents(lang: str) -> tuple[str, ...]:
    """The documents a new offer asks for, in `lang`, one line each."""
    return tuple(m.text(lang) for m in _DEFAULT_DOCUMENTS)


def documents_in(lang: str, documents: tuple[str, ...], before: str) -> tuple[str, ...]:
    """`documents` for an offer whose language changes from `before` to `lang`: the defaults of
    `before` become those of `lang`; anything the representative wrote is kept as written."""
    return default_documents(lang) if documents == default_documents(before) else documents
