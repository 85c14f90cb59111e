"""Pure business rules of OfferDesk: no Qt, no SQL, no I/O, Decimal only.

Modules are imported individually (``from desktop.domain.money import ceil_cent``) so
that headless commands load only what they use.
"""
