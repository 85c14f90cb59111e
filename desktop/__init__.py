"""OfferDesk: offers, on-screen signature and sealed contract packs for B2B telecom sales."""

__version__ = "0.1.0"
