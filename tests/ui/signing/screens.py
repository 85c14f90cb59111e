"""Helpers for looking at the signing view."""

from __future__ import annotations

from desktop.ui.signing.signing_view import SigningDialog


def pdf_shown(view: SigningDialog) -> bool:
    """QtPdf renders pages in the background: true once the viewer shows dark text. Every
    second pixel: a narrow viewer (German's wider steps on 1024 px) shows small, thin text that
    one pixel in four missed."""
    image = view.pdf_view.viewport().grab().toImage()
    dark = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y).value() < 100:
                dark += 1
    return dark > 50
