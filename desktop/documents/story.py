"""The pack's flowables, built by pure functions from the model: offer, CGV, evidence page."""

from __future__ import annotations

from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, Table, TableStyle

from desktop.documents import styles as st
from desktop.documents import zone
from desktop.documents.cgv import BULLET, CgvDocument
from desktop.documents.drawing import SignatureBox
from desktop.documents.model import PackModel, SignedBy
from desktop.domain import formatting as fmt
from desktop.domain.calendar import contract_calendar
from desktop.domain.labels import SIZE_LABELS
from desktop.domain.pricing import Totals
from desktop.domain.signature import PointerKind
from desktop.domain.vocabulary import ClientSize

Story = list[Any]
HEADING_ROOM = 52  # points: an article heading and three lines of its text

POINTER_LABELS = {PointerKind.MOUSE: "souris", PointerKind.TOUCH: "écran tactile", PointerKind.PEN: "stylet"}


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


def _discount(value: Decimal) -> str:
    return "—" if value == 0 else fmt.percent(value)


# --- offer ------------------------------------------------------------------------------


def _meta_table(model: PackModel, s: st.Styles, width: float) -> Table:
    m = model.meta
    cells = [
        ("N° d'offre", m.number),
        ("Révision", str(m.revision)),
        ("Date de l'offre", fmt.date(m.offer_date)),
        ("Valable jusqu'au", fmt.date(m.validity_date)),
        ("Conditions générales", m.cgv_label),
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
    seller, client = model.seller, model.client
    seller_lines = [f"<b>{_e(seller.legal_name)}</b>"]
    if seller.legal_form and seller.legal_form not in seller.legal_name:
        seller_lines.append(_e(seller.legal_form))
    seller_lines += [_e(x) for x in seller.address.lines()]
    seller_lines.append(f"RCS Luxembourg {_e(seller.rcs)}")
    if seller.vat_number:
        seller_lines.append(f"TVA {_e(seller.vat_number)}")
    contact = " · ".join(x for x in (seller.phone, seller.email, seller.website) if x)
    if contact:
        seller_lines.append(_e(contact))
    seller_lines.append(
        f"Représenté par {_e(model.representative.name)}, {_e(model.representative.function)}"
        if model.representative.function
        else f"Représenté par {_e(model.representative.name)}"
    )
    client_lines = [f"<b>{_e(client.legal_name)}</b>"]
    if client.legal_form:
        client_lines.append(_e(client.legal_form))
    client_lines += [_e(x) for x in client.address.lines()]
    client_lines.append(f"RCS {_e(client.rcs)}" if client.rcs else "RCS : —")
    client_lines.append(f"TVA {_e(client.vat_number)}" if client.vat_number else "TVA : —")
    client_contact = " · ".join(x for x in (client.phone, client.email) if x)
    if client_contact:
        client_lines.append(_e(client_contact))
    client_lines.append(
        f"Signataire : {_e(name_and_function(client.signatory_name, client.signatory_function))}"
    )
    half = (width - 6 * mm) / 2
    table = Table(
        [
            [_p("LE VENDEUR", s.head), "", _p("LE CLIENT", s.head)],
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
    head = [
        [
            "",
            "",
            "",
            "",
            "Redevance mensuelle",
            "",
            "",
            "Frais d'installation",
            "",
            "",
        ],
        ["Code", "Désignation", "Qté", "TVA", *(["Prix unit.\nHT", "Remise", "Total HT"] * 2)],
    ]
    rows: list[list[Any]] = []
    for priced, description in zip(model.priced.lines, model.descriptions, strict=True):
        line = priced.line
        rows.append(
            [
                _cell(line.code, s.code, widths[0] - 5),
                _p(_e(description), s.cell),
                # figures never wrap: plain cells, far cheaper to lay out than paragraphs
                str(line.quantity),
                fmt.percent(line.vat_rate),
                fmt.money(priced.monthly_unit_ht),
                _discount(line.monthly_discount),
                fmt.money(priced.monthly_ht),
                fmt.money(priced.installation_unit_ht),
                _discount(line.installation_discount),
                fmt.money(priced.installation_ht),
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
    monthly, install = model.priced.monthly, model.priced.installation
    rates = sorted({v.rate for v in monthly.by_rate} | {v.rate for v in install.by_rate}, reverse=True)

    def vat_cell(totals: Totals, rate: Decimal) -> str:
        for v in totals.by_rate:
            if v.rate == rate:
                base = f"<font size='6.4' color='#5b6675'>(base {fmt.money(v.base_ht)})</font>"
                return f"{fmt.money(v.vat)} {base}"
        return "—"

    rows: list[list[Any]] = [
        [
            "",
            "Redevance mensuelle",
            "Installation (une fois)",
        ],
        ["Total HT", fmt.money(monthly.ht), fmt.money(install.ht)],
    ]
    for rate in rates:
        rows.append(
            [
                f"TVA {fmt.percent(rate)}",
                _p(vat_cell(monthly, rate), s.cell_right),
                _p(vat_cell(install, rate), s.cell_right),
            ]
        )
    rows.append(["Total TTC", fmt.money(monthly.ttc), fmt.money(install.ttc)])
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
    months = model.terms.engagement_months
    exact = model.total_contract_value
    if exact is not None:
        text = (
            f"<b>Valeur totale du contrat sur l'engagement initial : {fmt.money(exact)} HT</b> "
            f"(frais d'installation, premier mois au prorata et redevances jusqu'au terme)."
        )
    else:
        text = (
            f"<b>Valeur totale du contrat sur l'engagement initial : "
            f"{fmt.money(model.nominal_contract_value)} HT</b> (frais d'installation et {months} redevances "
            f"mensuelles ; le premier mois étant facturé au prorata de la date de mise en service, "
            f"le montant exact est fixé à la mise en service)."
        )
    return _p(text, s.body)


def _conditions(model: PackModel, s: st.Styles, width: float) -> Table:
    t = model.terms
    term_text = (
        f"Le terme du contrat est le dernier jour du dernier mois de la durée d'engagement. À son issue, "
        f"le contrat est reconduit tacitement par périodes de {fmt.months(t.renewal_months)} "
        f"(art. 4 des CGV)."
    )
    if t.activation_date is not None:
        cal = contract_calendar(t.activation_date, t.engagement_months, t.renewal_months)
        term_text += (
            f" Mise en service : {fmt.date(cal.activation)} ; terme : {fmt.date(cal.term)} ; "
            f"préavis à recevoir au plus tard le {fmt.date(cal.notice_deadline)}."
        )
    docs = "\n".join(f"{BULLET} {d}" for d in t.required_documents) if t.required_documents else "Aucune"
    rows = [
        (
            "Durée d'engagement",
            f"{fmt.months(t.engagement_months)} à compter de la date de mise en service (art. 3.2 des CGV)",
        ),
        ("Terme et reconduction", term_text),
        (
            "Résiliation",
            "Dénonciation par lettre recommandée avec accusé de réception, reçue au plus tard trois mois "
            "avant le terme de la période en cours, soit trois mois avant le dernier jour du dernier mois "
            "de la durée d'engagement (art. 4 des CGV).",
        ),
        (
            "Délai de mise à disposition",
            f"{fmt.days(t.lead_time_days)} à compter de la réception du contrat dûment signé, sous réserve "
            f"des autorisations et de la faisabilité technique (art. 8 des CGV)",
        ),
        (
            "Facturation et paiement",
            f"Factures payables à {fmt.days(t.payment_term_days)} de leur date, sans escompte. Redevances "
            f"facturées mensuellement en début de mois dès la mise à disposition, le premier mois au "
            f"prorata ; frais d'installation facturés à l'achèvement de l'installation (art. 13.2 des CGV).",
        ),
        ("Pièces à communiquer", docs),
        ("Conditions particulières", t.special_conditions.strip() or "Néant"),
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


def _declarations(model: PackModel, s: st.Styles, width: float) -> list[Any]:
    m = model.meta
    sizes = "&nbsp;&nbsp;&nbsp; ".join(
        f"{'☒' if model.client_size == size else '☐'} {_e(SIZE_LABELS[size].printed)}" for size in ClientSize
    )
    waiver = [
        _p("<b>Renonciation au récapitulatif contractuel (art. 15 des CGV)</b>", s.statement),
        Spacer(0, 2),
        _p(
            "Le Client déclare avoir reçu toute information et tout éclaircissement préalablement à "
            "l'acceptation de la présente offre, qui couvre l'ensemble de sa demande et de ses besoins, et "
            "renonce expressément à la fourniture d'un récapitulatif contractuel tel que prévu et défini à "
            "l'article 113 de la loi du 17 décembre 2021.",
            s.statement,
        ),
        Spacer(0, 3),
        _p(f"Le Client déclare être : {sizes}", s.statement),
    ]
    acceptance = [
        _p("<b>Acceptation des conditions générales de vente</b>", s.statement),
        Spacer(0, 2),
        _p(
            f"Le Client reconnaît avoir reçu, lu et accepté sans réserve les conditions générales de vente "
            f"de {_e(model.seller.legal_name)} « {_e(m.cgv_label)} », version du {fmt.date(m.cgv_date)}, "
            f"jointes au présent contrat dont elles font partie intégrante.",
            s.statement,
        ),
    ]
    return [_box(waiver, width), Spacer(0, 4), _box(acceptance, width)]


def _signatures(model: PackModel, s: st.Styles, width: float) -> list[Any]:
    cs, rs = model.client_signature, model.representative_signature
    if cs is not None:
        made = (
            f"Fait à <b>{_e(cs.place)}</b>, le <b>{fmt.date(zone.local(cs.signed_at).date())}</b> à "
            f"{fmt.hour_minute(cs.signed_at, zone.local_zone())}, en deux exemplaires."
        )
    else:
        made = "Fait à ______________________, le ____ / ____ / ________, en deux exemplaires."
    half = (width - 8 * mm) / 2
    box_h = 27 * mm

    def column(title: str, name: str, function: str, signed: SignedBy | None, approve: bool) -> list[Any]:
        items: list[Any] = [
            _p(f"<b>{_e(title)}</b>", s.body),
            _p(f"Nom : {_e(name)}", s.party),
            _p(f"Fonction : {_e(function)}", s.party),
        ]
        items.append(_p("« Lu et approuvé »" if approve else "&nbsp;", s.party))
        items.append(Spacer(0, 2))
        items.append(SignatureBox(signed.capture if signed else None, half, box_h))
        return items

    table = Table(
        [
            [
                column(
                    "Pour le Client",
                    cs.name if cs else model.client.signatory_name,
                    cs.function if cs else model.client.signatory_function,
                    cs,
                    approve=True,
                ),
                "",
                column(
                    f"Pour {model.seller.legal_name}",
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
    story: Story = [
        _p("Offre de services — Conditions particulières", s.title),
        _p(f"Contrat de services de télécommunication proposé à {_e(model.client.legal_name)}", s.subtitle),
        _meta_table(model, s, width),
        Spacer(0, 10),
        _parties(model, s, width),
    ]
    if model.sites:
        story.append(_p("Site(s) d'installation", s.h2))
        for site in model.sites:
            label = f"<b>{_e(site.label)}</b> — " if site.label else ""
            story.append(_p(f"{BULLET} {label}{_e(site.address.one_line())}", s.body))
    story += [
        _p("Services souscrits", s.h2),
        _services(model, s, width),
        Spacer(0, 6),
        CondPageBreak(48 * mm),  # totals, indexation and contract value stay together
        _totals(model, s, width),
        Spacer(0, 5),
        _p(
            f"Frais d'installation indexés : cote {fmt.number(model.priced.cote)} / base "
            f"{fmt.number(model.priced.reference)} (indice STATEC, art. 2 des CGV). "
            f"Prix hors TVA, arrondis au cent supérieur.",
            s.small,
        ),
        Spacer(0, 3),
        _contract_value(model, s),
        CondPageBreak(60 * mm),
        _p("Conditions du contrat", s.h2),
        _conditions(model, s, width),
        CondPageBreak(95 * mm),
        _p("Déclarations du Client", s.h2),
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
    table = Table(
        [[k, _cell(v, style, value_width - 6)] for k, v in rows],
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


def _capture_rows(label: str, signed: SignedBy) -> list[tuple[str, str]]:
    cap = signed.capture
    points = sum(len(stroke.points) for stroke in cap.strokes)
    return [
        (f"{label} — signataire", name_and_function(signed.name, signed.function)),
        (
            f"{label} — date et heure",
            f"{fmt.time_local(signed.signed_at, zone.local_zone())}\n{fmt.time_utc(signed.signed_at)}",
        ),
        (f"{label} — lieu", signed.place),
        (
            f"{label} — capture",
            f"tracé manuscrit à l'écran ({POINTER_LABELS.get(cap.pointer, str(cap.pointer))}) : "
            f"{len(cap.strokes)} trait(s), {points} points, durée "
            f"{fmt.number(Decimal(cap.duration_ms) / 1000)} s, "
            f"encre {fmt.number(Decimal(cap.ink_length) / 100)} mm "
            f"sur un cadre de {cap.width / 100:.0f} × {cap.height / 100:.0f} mm",
        ),
        (f"{label} — appareil", signed.device or "—"),
    ]


def evidence_story(model: PackModel, s: st.Styles, width: float) -> Story:
    ev = model.evidence
    cs = model.client_signature
    assert ev is not None
    assert cs is not None
    m = model.meta
    story: Story = [
        _p("Page de preuve de la signature", s.title),
        _p(
            f"Offre {_e(m.number)}, révision {m.revision} — {_e(model.client.legal_name)} — "
            f"{_e(m.cgv_label)}",
            s.subtitle,
        ),
        _p("Signatures", s.h2),
        _kv(_capture_rows("Client", cs), s, width),
    ]
    rs = model.representative_signature
    if rs is not None:
        story += [Spacer(0, 6), _kv(_capture_rows("Représentant", rs), s, width)]
    story += [
        _p("Environnement", s.h2),
        _kv(
            [
                ("Appareil", ev.device or "—"),
                ("Application", f"OfferDesk {ev.app_version}"),
            ],
            s,
            width,
        ),
        _p("Empreintes (SHA-256)", s.h2),
        _kv(
            [
                ("Contenu de l'offre", ev.offer_content_sha256),
                (f"Texte des CGV ({m.cgv_label})", ev.cgv_sha256),
            ],
            s,
            width,
            mono=True,
        ),
        _p("Journal d'audit", s.h2),
    ]
    audit = ev.audit
    if audit is not None:
        story.append(
            _kv(
                [
                    ("Entrée n°", str(audit.seq)),
                    (
                        "Enregistrée le",
                        f"{fmt.time_local(audit.at, zone.local_zone())}\n{fmt.time_utc(audit.at)}",
                    ),
                    ("Action", audit.action),
                    ("Auteur", audit.actor),
                    ("Empreinte de l'entrée", audit.entry_hash),
                    ("Empreinte précédente", audit.prev_hash),
                ],
                s,
                width,
            )
        )
    else:
        story.append(_p("Aucune entrée de journal n'a été fournie pour cette signature.", s.body))
    story += [
        Spacer(0, 10),
        _box(
            [
                _p(
                    "Ce document est scellé électroniquement (signature PAdES) dès sa production : toute "
                    "modification ultérieure, même d'un seul octet, est détectable. Pour le vérifier : "
                    "<b>offerdesk verify</b> FICHIER.pdf, ou tout lecteur PDF qui contrôle les signatures.",
                    s.statement,
                )
            ],
            width,
        ),
    ]
    return story
