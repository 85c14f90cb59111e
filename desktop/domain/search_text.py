"""The text the search compares: case, accents, ligatures and punctuation ignored.

The same `fold` normalises what is indexed and what the user types, so "oeuvre" finds
"Œuvre", "schmit" finds "SCHMIT" and "sarl" finds "s.à r.l.". Each field is squashed into
one run of letters and digits (punctuation and spaces dropped): an offer number
"OF-2026-JDU-0001" is indexed as "of2026jdu0001", so any part of it ("0001", "2026-JDU")
is a substring of it once the query word is squashed the same way.
"""

from __future__ import annotations

import unicodedata

# letters NFKD does not decompose, spelled the way a keyboard without them types them
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})

# queries shorter than this (after folding) cannot use a trigram index
TRIGRAM = 3


def fold(text: str) -> str:
    """Casefolded, accents and ligatures resolved, everything but letters and digits dropped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c)).translate(
        _LIGATURES
    )


def document(*fields: str) -> str:
    """The indexed text of a record: each non-empty field folded, separated by a space."""
    return " ".join(f for f in (fold(x) for x in fields) if f)


def query_words(text: str) -> list[str]:
    """The words of a query, each folded; every one of them must match (duplicates dropped)."""
    words: list[str] = []
    for raw in text.split():
        word = fold(raw)
        if word and word not in words:
            words.append(word)
    return words
