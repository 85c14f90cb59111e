"""Fonts and paragraph styles of the contract pack, as data.

The fonts are shipped in resources/fonts (DejaVu, Bitstream Vera licence) and embedded in
every PDF: the bundle never depends on system fonts, and they cover every character of the
CGV (é è ô œ « » ’ €) as well as ☐ ☒ — •.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resource

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
COND = "DejaVuSansCondensed"
COND_BOLD = "DejaVuSansCondensed-Bold"

INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6675")
ACCENT = colors.HexColor("#0b4f7c")
RULE = colors.HexColor("#b9c3cf")
SHADE = colors.HexColor("#eef2f6")
DRAFT = colors.HexColor("#c0392b")

_registered = False


def register_fonts() -> None:
    """Register the shipped TTF fonts with ReportLab once per process."""
    global _registered
    if _registered:
        return
    for name in (SANS, SANS_BOLD, COND, COND_BOLD):
        font = TTFont(name, str(resource("fonts", f"{name}.ttf")))
        _keep_subsets(font)
        pdfmetrics.registerFont(font)
    # no italic face is shipped: <i> falls back to the upright one
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    # binary (deflated) streams instead of ASCII85 text: smaller files, and ReportLab's pure
    # Python ASCII85 encoder was a sixth of the pack's time
    rl_config.useA85 = 0
    pdfmetrics.registerFontFamily(COND, normal=COND, bold=COND_BOLD, italic=COND, boldItalic=COND_BOLD)
    _registered = True


SUBSET_CACHE_SIZE = 64


def _keep_subsets(font: TTFont) -> None:
    """Remember the embedded subsets this font produced: the same characters give the same
    bytes, and packs keep using the same characters (a seventh of a pack's time otherwise)."""
    make_subset = font.face.makeSubset
    cache: dict[tuple[int, ...], bytes] = {}

    def cached(subset: Sequence[int]) -> bytes:
        key = tuple(subset)
        data = cache.get(key)
        if data is None:
            if len(cache) >= SUBSET_CACHE_SIZE:
                cache.clear()
            data = cache[key] = make_subset(subset)
        return data

    font.face.makeSubset = cached  # type: ignore[method-assign]  # on this one face, on purpose


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    code: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    head: ParagraphStyle
    head_right: ParagraphStyle
    label: ParagraphStyle
    party: ParagraphStyle
    statement: ParagraphStyle
    cgv_title: ParagraphStyle
    cgv_heading: ParagraphStyle
    cgv_body: ParagraphStyle
    cgv_body_ragged: ParagraphStyle
    cgv_subheading: ParagraphStyle
    cgv_bullet: ParagraphStyle
    mono: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=8.6, leading=11.4, textColor=INK, alignment=TA_LEFT)
    cell = ParagraphStyle("cell", parent=body, fontSize=7.4, leading=9.2)
    cgv_body = ParagraphStyle(
        "cgv_body",
        fontName=COND,
        fontSize=7.9,
        leading=10.1,
        textColor=INK,
        alignment=TA_JUSTIFY,
        spaceAfter=3.2,
    )
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=15, leading=19, textColor=ACCENT
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=9.5, leading=12, textColor=MUTED, spaceAfter=8
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=9.8,
            leading=12.5,
            textColor=ACCENT,
            spaceBefore=9,
            spaceAfter=4,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=7.2, leading=9.2, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=SANS_BOLD),
        code=ParagraphStyle("code", parent=cell, fontName=COND, fontSize=7.2),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_right_bold=ParagraphStyle(
            "cell_right_bold", parent=cell, alignment=TA_RIGHT, fontName=SANS_BOLD
        ),
        head=ParagraphStyle(
            "head", parent=cell, fontName=SANS_BOLD, fontSize=6.9, leading=8.4, textColor=INK
        ),
        head_right=ParagraphStyle(
            "head_right", parent=cell, fontName=SANS_BOLD, fontSize=6.9, leading=8.4, alignment=TA_RIGHT
        ),
        label=ParagraphStyle("label", parent=body, fontSize=7.4, leading=9.6, textColor=MUTED),
        party=ParagraphStyle("party", parent=body, fontSize=8.4, leading=11),
        statement=ParagraphStyle("statement", parent=body, fontSize=8.2, leading=10.8, alignment=TA_JUSTIFY),
        cgv_title=ParagraphStyle(
            "cgv_title",
            parent=cgv_body,
            fontName=COND_BOLD,
            fontSize=10.5,
            leading=13,
            alignment=TA_CENTER,
            textColor=ACCENT,
            spaceAfter=8,
        ),
        cgv_heading=ParagraphStyle(
            "cgv_heading",
            parent=cgv_body,
            fontName=COND_BOLD,
            fontSize=8.2,
            leading=10.4,
            alignment=TA_LEFT,
            textColor=ACCENT,
            spaceBefore=6,
            spaceAfter=3,
        ),
        cgv_body=cgv_body,
        cgv_body_ragged=ParagraphStyle("cgv_body_ragged", parent=cgv_body, alignment=TA_LEFT),
        cgv_subheading=ParagraphStyle(
            "cgv_subheading",
            parent=cgv_body,
            fontName=COND_BOLD,
            alignment=TA_LEFT,
            spaceBefore=2,
            spaceAfter=2,
        ),
        cgv_bullet=ParagraphStyle(
            "cgv_bullet", parent=cgv_body, leftIndent=9, bulletIndent=1.5, spaceAfter=1.6, bulletFontName=COND
        ),
        mono=ParagraphStyle("mono", parent=cell, fontName=COND, fontSize=7.2, leading=9),
    )
