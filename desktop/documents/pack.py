"""The contract pack: offer (conditions particulières), the CGV, the evidence page — one PDF.

A pure function of a ``PackModel``: ``render_pack(model) -> RenderedPack``. ReportLab runs in
invariant mode, so the same model always yields the same bytes (golden tests, stable hashes).
Page furniture (header with the offer number and revision, footer with the seller and
"page x / y") lives in page templates; the total page count is filled in when the canvas is
saved. An unsigned model renders the same document marked "PROJET — non signé" on every
page, without the evidence page.

Everything is printed in the model's document language (pack.po). A pack that carries a
translation of the CGV prints it before the French CGV, which bind and are always attached.
"""

from __future__ import annotations

import functools
import io
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
)

from desktop import __version__, i18n
from desktop.documents import styles as st
from desktop.documents.model import PackModel
from desktop.documents.story import CgvParagraph, cgv_story, evidence_story, offer_story
from desktop.domain import formatting as fmt
from desktop.domain.formatting import Lang

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 18 * mm
GUTTER = 7 * mm


def pdf_lang(lang: Lang) -> str:
    """The PDF's /Lang: the document language's locale, the one its amounts and dates are
    written in (fr-LU, de-LU, en-150), as a language tag."""
    return str(fmt.babel_locale(lang)).replace("_", "-")


def draft_mark(lang: Lang) -> str:
    """The mark of an unsigned pack, on every page: "PROJET — non signé" in French."""
    return i18n.text("pack.header.draft", lang)


@dataclass(frozen=True)
class RenderedPack:
    pdf: bytes
    page_count: int
    offer_pages: tuple[int, ...]  # 1-based page numbers
    cgv_pages: tuple[int, ...]  # the French CGV, which bind
    evidence_pages: tuple[int, ...]
    cgv_translation_pages: tuple[int, ...] = ()  # the CGV in the document's language, if any

    @property
    def all_cgv_pages(self) -> tuple[int, ...]:
        """Every CGV page, the translation's (first) and the French text's: what the CGV are."""
        return self.cgv_translation_pages + self.cgv_pages


@dataclass
class _PageLog:
    kinds: list[str] = field(default_factory=list)


# The CGV pages of a CGV version look the same in every pack: the paragraphs placed in each
# column by the first pack are kept (with their line breaking) and re-drawn by the next ones.
_cgv_layouts: dict[str, list[list[Any]]] = {}
# ReportLab keeps global state and the cached paragraphs are shared: one pack at a time.
_render_lock = threading.Lock()


def clear_layout_cache() -> None:
    _cgv_layouts.clear()


class _PackDoc(BaseDocTemplate):
    """Records which CGV paragraphs were drawn in which column, when asked to."""

    recording: list[tuple[int, str | None, Any]] | None = None

    def afterFlowable(self, flowable: Any) -> None:
        if (
            self.recording is not None
            and self.pageTemplate.id == "cgv"
            and isinstance(flowable, CgvParagraph | CondPageBreak)
        ):
            self.recording.append((self.page, self.frame.id, flowable))


def _columns(recorded: list[tuple[int, str | None, Any]]) -> list[list[Any]]:
    columns: list[list[Any]] = []
    where: tuple[int, str | None] | None = None
    for page, frame_id, flowable in recorded:
        if (page, frame_id) != where:
            columns.append([])
            where = (page, frame_id)
        columns[-1].append(flowable)
    return columns


def _replay(columns: list[list[Any]]) -> list[Any]:
    story: list[Any] = []
    for i, column in enumerate(columns):
        if i:
            story.append(FrameBreak())
        # a conditional break stays as a no-op one: the spacing around it must not change
        story += [CondPageBreak(0) if isinstance(f, CondPageBreak) else f for f in column]
    return story


class _NumberedCanvas(Canvas):
    """Keeps each page until the end, then stamps "page x / y" with the real total."""

    _startPage: Callable[[], None]  # Canvas's own page reset, which types-reportlab leaves out

    def __init__(self, *args: Any, words: Lang = "fr", **kwargs: Any) -> None:
        # `words`: the document language of the page labels. Not `lang`, which the document
        # template passes on (the PDF's /Lang tag) and must reach Canvas.
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._lang: Lang = words

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self.setFont(st.SANS, 7)
            self.setFillColor(st.MUTED)
            self.drawRightString(
                PAGE_W - MARGIN_X,
                MARGIN_BOTTOM - 9 * mm,
                i18n.text("pack.footer.page", self._lang, page=self.getPageNumber(), total=total),
            )
            super().showPage()
        self._pages = []
        super().save()


def frame_box() -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) of the text area: everything outside it is page furniture."""
    return MARGIN_X, MARGIN_BOTTOM, PAGE_W - MARGIN_X, PAGE_H - MARGIN_TOP


def _furniture(model: PackModel, kind: str, log: _PageLog) -> Any:
    seller = model.seller
    meta = model.meta
    lang = model.language
    header_left = seller.legal_name
    if kind == "offer":
        header_sub = i18n.text("pack.header.offer", lang)
    elif kind == "cgv_translation":
        header_sub = i18n.text("pack.header.cgv_translation", lang, day=meta.cgv_date)
    elif kind == "cgv" and lang != "fr":
        header_sub = i18n.text("pack.header.cgv_binding", lang, day=meta.cgv_date)
    elif kind == "cgv":
        header_sub = i18n.text("pack.header.cgv", lang, day=meta.cgv_date)
    else:
        header_sub = i18n.text("pack.evidence.title", lang)
    header_right = i18n.text("pack.header.number", lang, number=meta.number, revision=meta.revision)
    signed_mark = i18n.text("pack.header.signed", lang)
    mark = draft_mark(lang)
    footer = " · ".join(
        x
        for x in (
            f"{seller.legal_name} {seller.legal_form}".strip()
            if seller.legal_form and seller.legal_form not in seller.legal_name
            else seller.legal_name,
            seller.address.one_line(),
            i18n.text("pack.parties.rcs_luxembourg", lang, rcs=seller.rcs) if seller.rcs else "",
            i18n.text("pack.parties.vat", lang, vat=seller.vat_number) if seller.vat_number else "",
        )
        if x
    )

    # the line under the seller's name shares its baseline with the signed/draft mark: a long
    # one (a translation's) is set smaller rather than run into the mark
    right_mark = (
        stringWidth(mark, st.SANS_BOLD, 8) if not model.is_signed else stringWidth(signed_mark, st.SANS, 7.2)
    )
    room = PAGE_W - 2 * MARGIN_X - right_mark - 6 * mm
    sub_size = 7.2
    while sub_size > 5.6 and stringWidth(header_sub, st.SANS, sub_size) > room:
        sub_size -= 0.2

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        log.kinds.append(kind)
        canvas.saveState()
        top = PAGE_H - 12 * mm
        canvas.setFillColor(st.ACCENT)
        canvas.setFont(st.SANS_BOLD, 9.5)
        canvas.drawString(MARGIN_X, top, header_left)
        canvas.setFillColor(st.MUTED)
        canvas.setFont(st.SANS, sub_size)
        canvas.drawString(MARGIN_X, top - 9.5, header_sub)
        canvas.setFillColor(st.INK)
        canvas.setFont(st.SANS_BOLD, 8.6)
        canvas.drawRightString(PAGE_W - MARGIN_X, top, header_right)
        if not model.is_signed:
            canvas.setFillColor(st.DRAFT)
            canvas.setFont(st.SANS_BOLD, 8)
            canvas.drawRightString(PAGE_W - MARGIN_X, top - 9.5, mark)
        else:
            canvas.setFillColor(st.MUTED)
            canvas.setFont(st.SANS, 7.2)
            canvas.drawRightString(PAGE_W - MARGIN_X, top - 9.5, signed_mark)
        canvas.setStrokeColor(st.RULE)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, top - 14, PAGE_W - MARGIN_X, top - 14)
        canvas.line(MARGIN_X, MARGIN_BOTTOM - 5 * mm, PAGE_W - MARGIN_X, MARGIN_BOTTOM - 5 * mm)
        canvas.setFont(st.SANS, 6.6)
        canvas.setFillColor(st.MUTED)
        canvas.drawString(MARGIN_X, MARGIN_BOTTOM - 9 * mm, footer)
        if not model.is_signed:
            canvas.setFillColor(st.DRAFT)
            canvas.setFillAlpha(0.10)
            canvas.setFont(st.SANS_BOLD, 54)
            canvas.translate(PAGE_W / 2, PAGE_H / 2)
            canvas.rotate(52)
            canvas.drawCentredString(0, -18, mark)
        canvas.restoreState()

    return on_page


def _keywords(model: PackModel) -> str:
    """Offer and revision; for a signed pack also its offer.sign audit entry, so that
    `offerdesk audit --verify --pack` can prove the chain still holds it."""
    words = f"offerdesk-offer={model.meta.number}; offerdesk-revision={model.meta.revision}"
    audit = model.evidence.audit if model.evidence is not None else None
    if audit is not None:
        words += f"; offerdesk-audit-seq={audit.seq}; offerdesk-audit-hash={audit.entry_hash}"
    return words


def render_pack(model: PackModel) -> RenderedPack:
    """Lay out the whole pack; pure and deterministic."""
    with _render_lock:
        return _render(model)


def _render(model: PackModel) -> RenderedPack:
    styles = st.make_styles()
    buffer = io.BytesIO()
    meta = model.meta
    lang = model.language
    log = _PageLog()
    doc = _PackDoc(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=i18n.text("pack.meta.title", lang, number=meta.number, revision=meta.revision),
        author=model.seller.legal_name,
        subject=i18n.text(
            "pack.meta.subject",
            lang,
            number=meta.number,
            revision=meta.revision,
            client=model.client.legal_name,
        ),
        creator=f"OfferDesk {__version__}",
        keywords=[_keywords(model)],  # one string: ReportLab joins a list with ", "
        invariant=1,
        lang=pdf_lang(lang),
        initialFontName=st.SANS,  # no unembedded Helvetica in the file, not even unused
        initialFontSize=8,
        initialLeading=10,
    )
    width = PAGE_W - 2 * MARGIN_X
    height = PAGE_H - MARGIN_TOP - MARGIN_BOTTOM
    column = (width - GUTTER) / 2
    pad = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}

    def two_columns() -> list[Frame]:  # the CGV pages, French or translated
        return [
            Frame(MARGIN_X, MARGIN_BOTTOM, column, height, id="left", **pad),
            Frame(MARGIN_X + column + GUTTER, MARGIN_BOTTOM, column, height, id="right", **pad),
        ]

    doc.addPageTemplates(
        [
            PageTemplate(
                id="offer",
                frames=[Frame(MARGIN_X, MARGIN_BOTTOM, width, height, id="offer", **pad)],
                onPage=_furniture(model, "offer", log),
            ),
            PageTemplate(id="cgv", frames=two_columns(), onPage=_furniture(model, "cgv", log)),
            PageTemplate(
                id="cgv_translation", frames=two_columns(), onPage=_furniture(model, "cgv_translation", log)
            ),
            PageTemplate(
                id="evidence",
                frames=[Frame(MARGIN_X, MARGIN_BOTTOM, width, height, id="evidence", **pad)],
                onPage=_furniture(model, "evidence", log),
            ),
        ]
    )
    story: list[Any] = offer_story(model, styles, width)
    if model.cgv_translation is not None:  # for information, before the French text that binds
        story += [NextPageTemplate("cgv_translation"), PageBreak()]
        story += cgv_story(model.cgv_translation, styles)
    story += [NextPageTemplate("cgv"), PageBreak()]
    cgv_key = model.cgv.sha256()
    cached = _cgv_layouts.get(cgv_key)
    if cached is None:
        story += cgv_story(model.cgv, styles)
        doc.recording = []
    else:
        story += _replay(cached)
    if model.is_signed:
        story += [NextPageTemplate("evidence"), PageBreak()]
        story += evidence_story(model, styles, width)
    doc.build(story, canvasmaker=functools.partial(_NumberedCanvas, words=lang))
    if cached is None and doc.recording:
        cached = _columns(doc.recording)
        _cgv_layouts[cgv_key] = cached
    for laid_out in cached or ():
        for flowable in laid_out:  # drop the links ReportLab leaves to this document's frame/canvas
            flowable.__dict__.pop("_frame", None)
            flowable.__dict__.pop("canv", None)
    pages = {
        kind: tuple(i + 1 for i, k in enumerate(log.kinds) if k == kind)
        for kind in ("offer", "cgv_translation", "cgv", "evidence")
    }
    return RenderedPack(
        pdf=buffer.getvalue(),
        page_count=len(log.kinds),
        offer_pages=pages["offer"],
        cgv_pages=pages["cgv"],
        evidence_pages=pages["evidence"],
        cgv_translation_pages=pages["cgv_translation"],
    )
