"""The pack's flowables, built by pure functions from the model: offer, CGV, evidence page.

Every word is a message of the pack's catalogue (resources/translations/messages/<lang>/
pack.po) rendered in the model's document language, and every number, amount and date is
formatted for it (desktop.domain.formatting). A rendered message is plain text: it is escaped
before it becomes Paragraph markup, and `_rich` places markup parameters (bold words) into it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from desktop import i18n
from desktop.documents import styles as st
from desktop.documents import zone
from desktop.documents.cgv import BULLET, CgvDocument
from desktop.documents.drawing import SignatureBox
from desktop.documents.model import PackModel, SignedBy
from desktop.domain import formatting as fmt
from desktop.domain.calendar import contract_calendar
from desktop.domain.formatting import Lang
from desktop.domain.messages import Message, msg
from desktop.domain.pricing import Totals
from desktop.domain.signature import PointerKind
from desktop.domain.vocabulary import ClientSize

Story = list[Any]
HEADING_ROOM = 52  # points: an article heading and three lines of its text

POINTER_NAMES: dict[PointerKind, Message] = {
    PointerKind.MOUSE: msg("pack.pointer.mouse"),
    PointerKind.TOUCH: msg("pack.pointer.touch"),
    PointerKind.PEN: msg("pack.pointer.pen"),
}
LANGUAGE_NAMES: dict[Lang, Message] = {  # a language named in another (the UI lists autonyms)
    "fr": msg("pack.language.fr"),
    "de": msg("pack.language.de"),
    "en": msg("pack.language.en"),
}


class Markup(str):
    """A parameter of `_rich` that is already Paragraph markup (inserted as it is)."""


def _rich(message: Message, lang: Lang) -> str:
    """`message` in `lang` as Paragraph markup: its text escaped, its Markup parameters kept."""
    marks: dict[str, str] = {}
    params: dict[str, Any] = {}
    for name, value in message.params.items():
        if isinstance(value, Markup):
            token = f"\ue000{len(marks)}\ue001"
            marks[token] = str(value)
            params[name] = token
        else:
            params[name] = value
    out = _e(i18n.render(Message(message.id, params), lang))
    for token, markup in marks.items():
        out = out.replace(token, markup)
    return out


def _bold(text: str) -> Markup:
    return Markup(f"<b>{_e(text)}</b>")


def language_name(lang: Lang, in_lang: Lang) -> str:
    """The name of `lang` in `in_lang` ("Deutsch", "German", "allemand")."""
    return i18n.render(LANGUAGE_NAMES[lang], in_lang)


class KeptParagraph(Paragraph):
    """A paragraph that keeps its line breaking once computed for a width: a table wraps its
    cells to size them and again to draw them; the second time costs nothing."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if getattr(self, "_wrapped_at", None) == avail_width:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(avail_width, avail_height)
        self._wrapped_at = avail_width
        return size


def _p(text: str, style: Any) -> Paragraph:
    return KeptParagraph(text, style)


def _e(text: str) -> str:
    return escape(text).replace("\n", "<br/>")


def _table_style(commands: list[Any]) -> TableStyle:
    """Table commands, with the cells' own font (for plain-string cells) set to the embedded one."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), st.SANS), *commands])


def _fits(text: str, font: str, size: float, width: float) -> bool:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return all(stringWidth(line, font, size) <= width for line in text.split("\n"))


def _cell(text: str, style: Any, width: float) -> Any:
    """Plain text when every line fits the cell (far cheaper to lay out), else a paragraph."""
    if _fits(text, style.fontName, style.fontSize, width):
        return text
    return KeptParagraph(_e(text), style)


def _discount(value: Decimal, lang: Lang) -> str:
    return "—" if value == 0 else fmt.percent(value, lang)


# --- offer ------------------------------------------------------------------------------


def _meta_table(model: PackModel, s: st.Styles, width: float) -> Table:
    m, lang = model.meta, model.language
    cells = [
        (i18n.text("pack.meta.number", lang), m.number),
        (i18n.text("pack.meta.revision", lang), str(m.revision)),
        (i18n.text("pack.meta.date", lang), fmt.date(m.offer_date, lang)),
        (i18n.text("pack.meta.validity", lang), fmt.date(m.validity_date, lang)),
        (i18n.text("pack.meta.cgv", lang), m.cgv_label),
    ]
    table = Table(  # one-line cells: plain strings, cheaper to lay out than paragraphs
        [[label for label, _ in cells], [value for _, value in cells]],
        colWidths=[width * f for f in (0.24, 0.12, 0.2, 0.2, 0.24)],
    )
    table.setStyle(
        _table_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), st.SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
                ("FONTSIZE", (0, 0), (-1, 0), s.label.fontSize),
                ("TEXTCOLOR", (0, 0), (-1, 0), st.MUTED),
                ("FONTNAME", (0, 1), (-1, 1), st.SANS_BOLD),
                ("FONTSIZE", (0, 1), (-1, 1), 9),
                ("TEXTCOLOR", (0, 1), (-1, 1), st.INK),
            ]
        )
    )
    return table


def _parties(model: PackModel, s: st.Styles, width: float) -> Table:
    seller, client, lang = model.seller, model.client, model.language
    seller_lines = [f"<b>{_e(seller.legal_name)}</b>"]
    if seller.legal_form and seller.legal_form not in seller.legal_name:
        seller_lines.append(_e(seller.legal_form))
    seller_lines += [_e(x) for x in seller.address.lines()]
    seller_lines.append(_e(i18n.text("pack.parties.rcs_luxembourg", lang, rcs=seller.rcs)))
    if seller.vat_number:
        seller_lines.append(_e(i18n.text("pack.parties.vat", lang, vat=seller.vat_number)))
    contact = " · ".join(x for x in (seller.phone, seller.email, seller.website) if x)
    if contact:
        seller_lines.append(_e(contact))
    rep = model.representative
    seller_lines.append(
        _e(i18n.text("pack.parties.represented_as", lang, name=rep.name, function=rep.function))
        if rep.function
        else _e(i18n.text("pack.parties.represented", lang, name=rep.name))
    )
    client_lines = [f"<b>{_e(client.legal_name)}</b>"]
    if client.legal_form:
        client_lines.append(_e(client.legal_form))
    client_lines += [_e(x) for x in client.address.lines()]
    client_lines.append(
        _e(i18n.text("pack.parties.rcs", lang, rcs=client.rcs))
        if client.rcs
        else _e(i18n.text("pack.parties.no_rcs", lang))
    )
    client_lines.append(
        _e(i18n.text("pack.parties.vat", lang, vat=client.vat_number))
        if client.vat_number
        else _e(i18n.text("pack.parties.no_vat", lang))
    )
    client_contact = " · ".join(x for x in (client.phone, client.email) if x)
    if client_contact:
        client_lines.append(_e(client_contact))
    signatory = name_and_function(client.signatory_name, client.signatory_function)
    client_lines.append(_e(i18n.text("pack.parties.signatory", lang, name=signatory)))
    half = (width - 6 * mm) / 2
    table = Table(
        [
            [
                _p(_e(i18n.text("pack.parties.seller", lang)), s.head),
                "",
                _p(_e(i18n.text("pack.parties.client", lang)), s.head),
            ],
            [_p("<br/>".join(seller_lines), s.party), "", _p("<br/>".join(client_lines), s.party)],
        ],
        colWidths=[half, 6 * mm, half],
    )
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (0, 0), 0.8, st.ACCENT),
                ("LINEBELOW", (2, 0), (2, 0), 0.8, st.ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 5),
            ]
        )
    )
    return table


def _services(model: PackModel, s: st.Styles, width: float) -> Table:
    widths_mm = (19.5, 39.5, 7, 10, 17, 12.5, 18, 17, 12.5, 19)
    scale = width / (sum(widths_mm) * mm)
    widths = [w * mm * scale for w in widths_mm]
    lang = model.language
    amounts = [
        i18n.text("pack.services.unit_price", lang),
        i18n.text("pack.services.discount", lang),
        i18n.text("pack.services.total", lang),
    ]
    head = [
        [
            "",
            "",
            "",
            "",
            i18n.text("pack.services.monthly", lang),
            "",
            "",
            i18n.text("pack.services.installation", lang),
            "",
            "",
        ],
        [
            i18n.text("pack.services.code", lang),
            i18n.text("pack.services.description", lang),
            i18n.text("pack.services.quantity", lang),
            i18n.text("pack.services.vat", lang),
            *(amounts * 2),
        ],
    ]
    rows: list[list[Any]] = []
    for priced, description in zip(model.priced.lines, model.descriptions, strict=True):
        line = priced.line
        rows.append(
            [
                _cell(line.code, s.code, widths[0] - 5),
                _p(_e(description), s.cell),
                # figures never wrap: plain cells, far cheaper to lay out than paragraphs
                fmt.number(Decimal(line.quantity), 0, lang),
                fmt.percent(line.vat_rate, lang),
                fmt.money(priced.monthly_unit_ht, lang),
                _discount(line.monthly_discount, lang),
                fmt.money(priced.monthly_ht, lang),
                fmt.money(priced.installation_unit_ht, lang),
                _discount(line.installation_discount, lang),
                fmt.money(priced.installation_ht, lang),
            ]
        )
    table = Table(head + rows, colWidths=widths, repeatRows=2)
    commands: list[Any] = [
        ("SPAN", (4, 0), (6, 0)),
        ("SPAN", (7, 0), (9, 0)),
        ("LINEBELOW", (4, 0), (6, 0), 0.5, st.ACCENT),
        ("LINEBELOW", (7, 0), (9, 0), 0.5, st.ACCENT),
        ("BACKGROUND", (0, 1), (-1, 1), st.SHADE),
        ("LINEBELOW", (0, 1), (-1, 1), 0.6, st.ACCENT),
        ("LINEBELOW", (0, 2), (-1, -1), 0.25, st.RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LINEAFTER", (3, 0), (3, -1), 0.4, st.RULE),
        ("LINEAFTER", (6, 0), (6, -1), 0.4, st.RULE),
        ("FONTNAME", (0, 0), (-1, 1), st.SANS_BOLD),
        ("FONTSIZE", (0, 0), (-1, 1), s.head.fontSize),
        ("LEADING", (0, 0), (-1, 1), s.head.leading),
        ("ALIGN", (2, 1), (-1, 1), "RIGHT"),
        ("FONTSIZE", (2, 2), (-1, -1), s.cell.fontSize),
        ("LEADING", (2, 2), (-1, -1), s.cell.leading),
        ("TEXTCOLOR", (2, 2), (-1, -1), st.INK),
        ("ALIGN", (2, 2), (-1, -1), "RIGHT"),
        ("FONTNAME", (6, 2), (6, -1), st.SANS_BOLD),
        ("FONTNAME", (0, 2), (0, -1), st.COND),
        ("FONTSIZE", (0, 2), (0, -1), s.code.fontSize),
        ("LEADING", (0, 2), (0, -1), s.code.leading),
        ("FONTNAME", (9, 2), (9, -1), st.SANS_BOLD),
    ]
    table.setStyle(_table_style(commands))
    return table


def _totals(model: PackModel, s: st.Styles, width: float) -> Table:
    monthly, install, lang = model.priced.monthly, model.priced.installation, model.language
    rates = sorted({v.rate for v in monthly.by_rate} | {v.rate for v in install.by_rate}, reverse=True)

    def vat_cell(totals: Totals, rate: Decimal) -> str:
        for v in totals.by_rate:
            if v.rate == rate:
                base = _e(i18n.text("pack.totals.vat_base", lang, amount=v.base_ht))
                return f"{fmt.money(v.vat, lang)} <font size='6.4' color='#5b6675'>{base}</font>"
        return "—"

    rows: list[list[Any]] = [
        [
            "",
            i18n.text("pack.totals.monthly", lang),
            i18n.text("pack.totals.installation", lang),
        ],
        [i18n.text("pack.totals.ht", lang), fmt.money(monthly.ht, lang), fmt.money(install.ht, lang)],
    ]
    for rate in rates:
        rows.append(
            [
                i18n.text("pack.totals.vat", lang, rate=rate),
                _p(vat_cell(monthly, rate), s.cell_right),
                _p(vat_cell(install, rate), s.cell_right),
            ]
        )
    rows.append(
        [i18n.text("pack.totals.ttc", lang), fmt.money(monthly.ttc, lang), fmt.money(install.ttc, lang)]
    )
    table = Table(rows, colWidths=[width * 0.16, width * 0.22, width * 0.22], hAlign="RIGHT")
    table.setStyle(
        _table_style(
            [
                ("FONTSIZE", (0, 0), (-1, -1), s.cell.fontSize),
                ("TEXTCOLOR", (0, 0), (-1, -1), st.INK),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("FONTNAME", (0, 0), (-1, 0), st.SANS_BOLD),
                ("FONTSIZE", (0, 0), (-1, 0), s.head.fontSize),
                ("FONTNAME", (0, -1), (-1, -1), st.SANS_BOLD),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, st.ACCENT),
                ("LINEABOVE", (0, -1), (-1, -1), 0.6, st.ACCENT),
                ("BACKGROUND", (0, -1), (-1, -1), st.SHADE),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.8),
            ]
        )
    )
    return table


def _contract_value(model: PackModel, s: st.Styles) -> Paragraph:
    lang = model.language
    exact = model.total_contract_value
    if exact is not None:
        head = i18n.text("pack.value.head", lang, amount=exact)
        tail = i18n.text("pack.value.exact_tail", lang)
    else:
        head = i18n.text("pack.value.head", lang, amount=model.nominal_contract_value)
        tail = i18n.text("pack.value.nominal_tail", lang, count=model.terms.engagement_months)
    return _p(f"<b>{_e(head)}</b> {_e(tail)}", s.body)


def _conditions(model: PackModel, s: st.Styles, width: float) -> Table:
    t, lang = model.terms, model.language
    term_text = i18n.text("pack.terms.renewal.text", lang, term=t.renewal_months)
    if t.activation_date is not None:
        cal = contract_calendar(t.activation_date, t.engagement_months, t.renewal_months)
        calendar = i18n.text(
            "pack.terms.calendar", lang, activation=cal.activation, term=cal.term, notice=cal.notice_deadline
        )
        term_text = f"{term_text} {calendar}"
    docs = (
        "\n".join(f"{BULLET} {d}" for d in t.required_documents)
        if t.required_documents
        else i18n.text("pack.terms.documents.none", lang)
    )
    rows = [
        (
            i18n.text("pack.terms.engagement.label", lang),
            i18n.text("pack.terms.engagement.text", lang, term=t.engagement_months),
        ),
        (i18n.text("pack.terms.renewal.label", lang), term_text),
        (i18n.text("pack.terms.termination.label", lang), i18n.text("pack.terms.termination.text", lang)),
        (
            i18n.text("pack.terms.lead_time.label", lang),
            i18n.text("pack.terms.lead_time.text", lang, days=t.lead_time_days),
        ),
        (
            i18n.text("pack.terms.payment.label", lang),
            i18n.text("pack.terms.payment.text", lang, days=t.payment_term_days),
        ),
        (i18n.text("pack.terms.documents.label", lang), docs),
        (
            i18n.text("pack.terms.special.label", lang),
            t.special_conditions.strip() or i18n.text("pack.terms.special.none", lang),
        ),
    ]
    return _kv(rows, s, width, label_share=0.24)


def _box(flowables: list[Any], width: float) -> Table:
    table = Table([[flowables]], colWidths=[width])
    table.setStyle(
        _table_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, st.RULE),
                ("BACKGROUND", (0, 0), (-1, -1), st.SHADE),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def binding_statement(model: PackModel) -> str | None:
    """In a pack that is not in French: that the French CGV bind (in the pack's language)."""
    lang = model.language
    if lang == "fr":
        return None
    if model.cgv_translation is not None:
        return i18n.text("pack.acceptance.binding_translated", lang, language=LANGUAGE_NAMES[lang])
    return i18n.text("pack.acceptance.binding", lang)


def _declarations(model: PackModel, s: st.Styles, width: float) -> list[Any]:
    m, lang = model.meta, model.language
    sizes = "&nbsp;&nbsp;&nbsp; ".join(
        f"{'☒' if model.client_size == size else '☐'} {_e(i18n.value_text(size, 'printed', lang))}"
        for size in ClientSize
    )
    waiver = [
        _p(f"<b>{_e(i18n.text('pack.waiver.title', lang))}</b>", s.statement),
        Spacer(0, 2),
        _p(_e(i18n.text("pack.waiver.text", lang)), s.statement),
        Spacer(0, 3),
        _p(_rich(msg("pack.waiver.size", sizes=Markup(sizes)), lang), s.statement),
    ]
    acceptance = [
        _p(f"<b>{_e(i18n.text('pack.acceptance.title', lang))}</b>", s.statement),
        Spacer(0, 2),
        _p(
            _e(
                i18n.text(
                    "pack.acceptance.text",
                    lang,
                    seller=model.seller.legal_name,
                    label=m.cgv_label,
                    day=m.cgv_date,
                )
            ),
            s.statement,
        ),
    ]
    binding = binding_statement(model)
    if binding is not None:
        acceptance += [Spacer(0, 2), _p(f"<b>{_e(binding)}</b>", s.statement)]
    return [_box(waiver, width), Spacer(0, 4), _box(acceptance, width)]


def _signatures(model: PackModel, s: st.Styles, width: float) -> list[Any]:
    cs, rs, lang = model.client_signature, model.representative_signature, model.language
    if cs is not None:
        made = _rich(
            msg(
                "pack.signatures.made",
                place=_bold(cs.place),
                day=_bold(fmt.date(zone.local(cs.signed_at).date(), lang)),
                time=fmt.hour_minute(cs.signed_at, zone.local_zone(), lang),
            ),
            lang,
        )
    else:
        made = _e(i18n.text("pack.signatures.blank", lang))
    half = (width - 8 * mm) / 2
    box_h = 27 * mm

    def column(title: str, name: str, function: str, signed: SignedBy | None, approve: bool) -> list[Any]:
        items: list[Any] = [
            _p(f"<b>{_e(title)}</b>", s.body),
            _p(_e(i18n.text("pack.signatures.name", lang, name=name)), s.party),
            _p(_e(i18n.text("pack.signatures.function", lang, function=function)), s.party),
        ]
        items.append(_p(_e(i18n.text("pack.signatures.approved", lang)) if approve else "&nbsp;", s.party))
        items.append(Spacer(0, 2))
        items.append(SignatureBox(signed.capture if signed else None, half, box_h))
        return items

    table = Table(
        [
            [
                column(
                    i18n.text("pack.signatures.client", lang),
                    cs.name if cs else model.client.signatory_name,
                    cs.function if cs else model.client.signatory_function,
                    cs,
                    approve=True,
                ),
                "",
                column(
                    i18n.text("pack.signatures.seller", lang, seller=model.seller.legal_name),
                    rs.name if rs else model.representative.name,
                    rs.function if rs else model.representative.function,
                    rs,
                    approve=False,
                ),
            ]
        ],
        colWidths=[half, 8 * mm, half],
    )
    table.setStyle(_table_style([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [_p(made, s.body), Spacer(0, 5), table]


def offer_story(model: PackModel, s: st.Styles, width: float) -> Story:
    lang = model.language
    story: Story = [
        _p(_e(i18n.text("pack.offer.title", lang)), s.title),
        _p(_e(i18n.text("pack.offer.subtitle", lang, client=model.client.legal_name)), s.subtitle),
        _meta_table(model, s, width),
        Spacer(0, 10),
        _parties(model, s, width),
    ]
    if model.sites:
        story.append(_p(_e(i18n.text("pack.sites.heading", lang, count=len(model.sites))), s.h2))
        for site in model.sites:
            label = f"<b>{_e(site.label)}</b> — " if site.label else ""
            story.append(_p(f"{BULLET} {label}{_e(site.address.one_line())}", s.body))
    story += [
        _p(_e(i18n.text("pack.services.heading", lang)), s.h2),
        _services(model, s, width),
        Spacer(0, 6),
        CondPageBreak(48 * mm),  # totals, indexation and contract value stay together
        _totals(model, s, width),
        Spacer(0, 5),
        _p(
            _e(
                i18n.text(
                    "pack.offer.indexation",
                    lang,
                    cote=_cents(model.priced.cote),
                    reference=_cents(model.priced.reference),
                )
            ),
            s.small,
        ),
        Spacer(0, 3),
        _contract_value(model, s),
        CondPageBreak(60 * mm),
        _p(_e(i18n.text("pack.terms.heading", lang)), s.h2),
        _conditions(model, s, width),
        CondPageBreak(95 * mm),
        _p(_e(i18n.text("pack.declarations.heading", lang)), s.h2),
        *_declarations(model, s, width),
        Spacer(0, 8),
        CondPageBreak(60 * mm),  # the signature block is never split
        *_signatures(model, s, width),
    ]
    return story


# --- CGV --------------------------------------------------------------------------------


class CgvParagraph(KeptParagraph):
    """A CGV paragraph. The CGV pages of every pack of one CGV version are laid out
    identically, so pack.py keeps the placed paragraphs of the first pack and re-draws them:
    their line breaking is never redone."""


def cgv_story(cgv: CgvDocument, s: st.Styles) -> Story:
    story: Story = [CgvParagraph(_e(cgv.title), s.cgv_title)]
    for article in cgv.articles:
        # a heading never ends a column alone (a conditional frame break: cheaper than KeepTogether)
        story += [CondPageBreak(HEADING_ROOM), CgvParagraph(_e(article.heading), s.cgv_heading)]
        for block in article.blocks:
            flowables: list[Any] = []
            if block.kind == "subheading":
                flowables.append(CgvParagraph(_e(block.text), s.cgv_subheading))
            elif block.kind == "bullets":
                flowables += [CgvParagraph(_e(item), s.cgv_bullet, bulletText=BULLET) for item in block.items]
            else:
                # a long URL cannot be broken: justifying its lines would stretch them apart
                style = s.cgv_body_ragged if max(map(len, block.text.split())) > 28 else s.cgv_body
                number = f"<b>{_e(block.number)}</b> " if block.number else ""
                flowables.append(CgvParagraph(f"{number}{_e(block.text)}", style))
            story += flowables
    return story


# --- evidence ---------------------------------------------------------------------------


def _kv(
    rows: list[tuple[str, str]], s: st.Styles, width: float, mono: bool = False, label_share: float = 0.3
) -> Table:
    """Label / value rows (contract terms, evidence); values are plain text ("\n" for a new line)."""
    style = s.mono if mono else s.cell
    value_width = width * (1 - label_share)
    label_width = width * label_share
    table = Table(
        # a label too long for its column (German) wraps in it instead of running into the value
        [[_cell(k, s.cell_bold, label_width - 6), _cell(v, style, value_width - 6)] for k, v in rows],
        colWidths=[width * label_share, value_width],
    )
    table.setStyle(
        _table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.25, st.RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("FONTNAME", (0, 0), (0, -1), st.SANS_BOLD),
                ("FONTSIZE", (0, 0), (-1, -1), style.fontSize),
                ("LEADING", (0, 0), (-1, -1), style.leading),
                ("TEXTCOLOR", (0, 0), (-1, -1), st.INK),
                ("FONTNAME", (1, 0), (1, -1), style.fontName),
                ("FONTSIZE", (0, 0), (0, -1), s.cell.fontSize),
            ]
        )
    )
    return table


def name_and_function(name: str, function: str) -> str:
    """'Jean Dupont, Commercial'; a missing part leaves no dangling comma ('Jean Dupont')."""
    return ", ".join(part for part in (name.strip(), function.strip()) if part)


def _capture_rows(role: Message, signed: SignedBy, lang: Lang) -> list[tuple[str, str]]:
    cap = signed.capture
    points = sum(len(stroke.points) for stroke in cap.strokes)
    local = fmt.time_local(signed.signed_at, zone.local_zone(), lang)
    return [
        (
            i18n.text("pack.evidence.signer", lang, role=role),
            name_and_function(signed.name, signed.function),
        ),
        (
            i18n.text("pack.evidence.when", lang, role=role),
            f"{local}\n{fmt.time_utc(signed.signed_at, lang)}",
        ),
        (i18n.text("pack.evidence.place", lang, role=role), signed.place),
        (
            i18n.text("pack.evidence.capture", lang, role=role),
            i18n.text(
                "pack.evidence.capture.text",
                lang,
                pointer=POINTER_NAMES.get(cap.pointer, str(cap.pointer)),
                count=len(cap.strokes),
                points=points,
                seconds=_cents(Decimal(cap.duration_ms) / 1000),
                ink=_cents(Decimal(cap.ink_length) / 100),
                width=_whole(Decimal(cap.width) / 100),
                height=_whole(Decimal(cap.height) / 100),
            ),
        ),
        (i18n.text("pack.evidence.device", lang, role=role), signed.device or "—"),
    ]


def _cents(value: Decimal) -> Decimal:
    """Two decimals, as the pack prints a cote, a duration or a length."""
    return value.quantize(Decimal("0.01"))


def _whole(value: Decimal) -> int:
    return int(value.quantize(Decimal(1)))


def evidence_story(model: PackModel, s: st.Styles, width: float) -> Story:
    ev = model.evidence
    cs = model.client_signature
    assert ev is not None
    assert cs is not None
    m, lang = model.meta, model.language
    story: Story = [
        _p(_e(i18n.text("pack.evidence.title", lang)), s.title),
        _p(
            _e(
                i18n.text(
                    "pack.evidence.subtitle",
                    lang,
                    number=m.number,
                    revision=m.revision,
                    client=model.client.legal_name,
                    cgv=m.cgv_label,
                )
            ),
            s.subtitle,
        ),
        _p(_e(i18n.text("pack.evidence.signatures", lang)), s.h2),
        _kv(_capture_rows(msg("pack.evidence.client"), cs, lang), s, width),
    ]
    rs = model.representative_signature
    if rs is not None:
        story += [Spacer(0, 6), _kv(_capture_rows(msg("pack.evidence.representative"), rs, lang), s, width)]
    hashes = [
        (i18n.text("pack.evidence.hash.offer", lang), ev.offer_content_sha256),
        (i18n.text("pack.evidence.hash.cgv", lang, label=m.cgv_label), ev.cgv_sha256),
    ]
    if ev.cgv_translation_sha256:
        hashes.append(
            (
                i18n.text("pack.evidence.hash.translation", lang, language=LANGUAGE_NAMES[lang]),
                ev.cgv_translation_sha256,
            )
        )
    story += [
        _p(_e(i18n.text("pack.evidence.environment", lang)), s.h2),
        _kv(
            [
                (i18n.text("pack.evidence.env.device", lang), ev.device or "—"),
                (i18n.text("pack.evidence.env.application", lang), f"OfferDesk {ev.app_version}"),
                (i18n.text("pack.evidence.env.language", lang), f"{language_name(lang, lang)} ({lang})"),
            ],
            s,
            width,
        ),
        _p(_e(i18n.text("pack.evidence.hashes", lang)), s.h2),
        _kv(hashes, s, width, mono=True),
        _p(_e(i18n.text("pack.evidence.audit", lang)), s.h2),
    ]
    audit = ev.audit
    if audit is not None:
        recorded = f"{fmt.time_local(audit.at, zone.local_zone(), lang)}\n{fmt.time_utc(audit.at, lang)}"
        story.append(
            _kv(
                [
                    (i18n.text("pack.evidence.audit.seq", lang), str(audit.seq)),
                    (i18n.text("pack.evidence.audit.at", lang), recorded),
                    (i18n.text("pack.evidence.audit.action", lang), audit.action),
                    (i18n.text("pack.evidence.audit.actor", lang), audit.actor),
                    (i18n.text("pack.evidence.audit.entry_hash", lang), audit.entry_hash),
                    (i18n.text("pack.evidence.audit.prev_hash", lang), audit.prev_hash),
                ],
                s,
                width,
            )
        )
    else:
        story.append(_p(_e(i18n.text("pack.evidence.audit.none", lang)), s.body))
    story += [
        Spacer(0, 10),
        _box(
            [
                _p(
                    _rich(msg("pack.evidence.seal", command=Markup("<b>offerdesk verify</b>")), lang),
                    s.statement,
                )
            ],
            width,
        ),
    ]
    return story
