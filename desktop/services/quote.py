"""`offerdesk quote`: an offer spec (JSON) in, every computed figure of the offer out.

Pure computation on the domain core; only json/decimal/datetime/dateutil are loaded so the
command starts as fast as a bare Python that imports those.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from desktop.domain import bounds
from desktop.domain import calendar as cal
from desktop.domain.errors import DomainError, FieldError
from desktop.domain.indexation import IndexSeries
from desktop.domain.messages import msg
from desktop.domain.money import parse_amount, parse_decimal, parse_percent
from desktop.domain.pricing import OfferLine, PricedOffer, Totals, price_offer
from desktop.domain.value import Value
from desktop.domain.vat import VatCategory, VatTable

TYPE_CHECKING = False  # typing itself costs start-up time on the quote path
if TYPE_CHECKING:
    from typing import Any


COTE_MAX = Decimal(100_000)  # STATEC cotes are near 1,000


class QuoteSpec(Value):
    offer_date: dt.date
    engagement_months: int
    renewal_months: int
    activation_date: dt.date | None
    termination_date: dt.date | None
    series: IndexSeries
    lines: tuple[OfferLine, ...]


def _require(data: Mapping[str, Any], key: str, field: str) -> Any:
    if key not in data:
        raise FieldError(field, msg("catalogue.quote.missing_key"))
    return data[key]


def _date(value: Any, field: str) -> dt.date:
    if not isinstance(value, str):
        raise FieldError(field, msg("catalogue.quote.date_text"))
    return bounds.parse_iso_date(value, field)


def _cote(value: Any, field: str) -> Decimal:
    cote = parse_decimal(value, field)
    if not 0 < cote <= COTE_MAX:
        raise FieldError(field, msg("catalogue.quote.cote_range", limit=COTE_MAX))
    return cote


def _optional_date(data: Mapping[str, Any], key: str) -> dt.date | None:
    value = data.get(key)
    return None if value is None else _date(value, key)


def _series(value: Any) -> IndexSeries:
    if not isinstance(value, Mapping):
        raise FieldError("index", msg("catalogue.quote.index_object"))
    reference = _cote(_require(value, "reference", "index.reference"), "index.reference")
    points = _require(value, "series", "index.series")
    if not isinstance(points, list) or not points:
        raise FieldError("index.series", msg("catalogue.quote.series_list"))
    parsed = []
    for i, point in enumerate(points):
        field = f"index.series[{i}]"
        if not isinstance(point, Mapping):
            raise FieldError(field, msg("catalogue.quote.point_object"))
        start = _date(_require(point, "from", f"{field}.from"), f"{field}.from")
        cote = _cote(_require(point, "value", f"{field}.value"), f"{field}.value")
        parsed.append((start, cote))
    if len({d for d, _ in parsed}) != len(parsed):
        raise FieldError("index.series", msg("catalogue.quote.same_date"))
    return IndexSeries.of(reference, parsed)


def _fee(line: Mapping[str, Any], field: str) -> Decimal:
    key = field.rsplit(".", 1)[1]
    return bounds.check_amount(parse_amount(_require(line, key, field), field), field)


def _line(value: Any, index: int, default_vat: Decimal) -> OfferLine:
    field = f"lines[{index}]"
    if not isinstance(value, Mapping):
        raise FieldError(field, msg("catalogue.quote.object"))
    description = _require(value, "description", f"{field}.description")
    if not isinstance(description, str) or not description.strip():
        raise FieldError(f"{field}.description", msg("catalogue.quote.text"))
    bounds.check_text(description, f"{field}.description")
    quantity = bounds.check_quantity(_require(value, "quantity", f"{field}.quantity"), f"{field}.quantity")
    indexed = _require(value, "installation_indexed", f"{field}.installation_indexed")
    if not isinstance(indexed, bool):
        raise FieldError(f"{field}.installation_indexed", msg("catalogue.quote.boolean"))

    def percent(key: str) -> Decimal:
        raw = value.get(key)
        return Decimal(0) if raw is None else parse_percent(raw, f"{field}.{key}")

    vat_raw = value.get("vat_rate")
    vat = default_vat if vat_raw is None else parse_percent(vat_raw, f"{field}.vat_rate")
    if vat >= 100:
        raise FieldError(f"{field}.vat_rate", msg("catalogue.quote.vat_below_100"))
    return OfferLine(
        description=description.strip(),
        quantity=quantity,
        unit_monthly=_fee(value, f"{field}.monthly_fee"),
        unit_installation=_fee(value, f"{field}.installation_fee"),
        installation_indexed=indexed,
        vat_rate=vat,
        monthly_discount=percent("discount_percent"),
        installation_discount=percent("installation_discount_percent"),
    )


def parse_spec(data: Any, default_series: IndexSeries, vat_table: VatTable) -> QuoteSpec:
    """Validate a spec; any problem raises FieldError naming the offending field."""
    if not isinstance(data, Mapping):
        raise FieldError("spec", msg("catalogue.quote.object"))
    offer_date = _date(_require(data, "offer_date", "offer_date"), "offer_date")
    engagement = bounds.check_months(
        _require(data, "engagement_months", "engagement_months"), "engagement_months"
    )
    renewal = bounds.check_months(data.get("renewal_months", cal.DEFAULT_RENEWAL_MONTHS), "renewal_months")
    activation = _optional_date(data, "activation_date")
    termination = _optional_date(data, "termination_date")
    if termination is not None and activation is None:
        raise FieldError("termination_date", msg("catalogue.quote.needs_activation"))
    if activation is not None and termination is not None and termination < activation:
        raise FieldError("termination_date", msg("catalogue.quote.before_activation"))
    series = default_series if data.get("index") is None else _series(data["index"])
    try:
        default_vat = vat_table.rate_on(offer_date, VatCategory.STANDARD)
    except DomainError as exc:
        raise FieldError("offer_date", exc.message) from None
    lines = _require(data, "lines", "lines")
    if not isinstance(lines, list) or not lines:
        raise FieldError("lines", msg("catalogue.quote.lines_list"))
    return QuoteSpec(
        offer_date=offer_date,
        engagement_months=engagement,
        renewal_months=renewal,
        activation_date=activation,
        termination_date=termination,
        series=series,
        lines=tuple(_line(line, i, default_vat) for i, line in enumerate(lines)),
    )


def check_priced_amounts(offer: PricedOffer) -> None:
    """Every line and total of a priced offer within the bound of a real offer (10,000,000 HT)."""
    for i, priced in enumerate(offer.lines):
        if priced.monthly_ht > bounds.AMOUNT_MAX:
            raise FieldError(f"lines[{i}]", msg("catalogue.quote.line_monthly", limit=bounds.AMOUNT_MAX))
        if priced.installation_ht > bounds.AMOUNT_MAX:
            raise FieldError(f"lines[{i}]", msg("catalogue.quote.line_installation", limit=bounds.AMOUNT_MAX))
    if offer.monthly.ht > bounds.AMOUNT_MAX:
        raise FieldError("lines", msg("catalogue.quote.total_monthly", limit=bounds.AMOUNT_MAX))
    if offer.installation.ht > bounds.AMOUNT_MAX:
        raise FieldError("lines", msg("catalogue.quote.total_installation", limit=bounds.AMOUNT_MAX))


def _money(value: Decimal) -> str:
    return f"{value:.2f}"


def _totals(totals: Totals) -> dict[str, Any]:
    return {
        "ht": _money(totals.ht),
        "vat": _money(totals.vat),
        "ttc": _money(totals.ttc),
        "by_rate": [
            {"rate": f"{v.rate.normalize():f}", "ht": _money(v.base_ht), "vat": _money(v.vat)}
            for v in totals.by_rate
        ],
    }


def compute(spec: QuoteSpec) -> tuple[PricedOffer, dict[str, Any]]:
    """Price the spec and return the offer with its JSON-ready rendering."""
    try:
        cote = spec.series.cote_on(spec.offer_date)
    except DomainError as exc:
        raise FieldError("offer_date", exc.message) from None
    offer = price_offer(spec.lines, cote, spec.series.reference)
    check_priced_amounts(offer)
    out: dict[str, Any] = {
        "offer_date": spec.offer_date.isoformat(),
        "engagement_months": spec.engagement_months,
        "renewal_months": spec.renewal_months,
        "index": {"reference": f"{spec.series.reference:f}", "applied": f"{cote:f}"},
        "lines": [
            {
                "description": p.line.description,
                "quantity": p.line.quantity,
                "vat_rate": f"{p.line.vat_rate.normalize():f}",
                "monthly_unit_ht": _money(p.monthly_unit_ht),
                "installation_unit_ht": _money(p.installation_unit_ht),
                "monthly_ht": _money(p.monthly_ht),
                "installation_ht": _money(p.installation_ht),
            }
            for p in offer.lines
        ],
        "monthly": _totals(offer.monthly),
        "installation": _totals(offer.installation),
        "nominal_contract_value_ht": _money(
            cal.nominal_contract_value(offer.installation.ht, offer.monthly.ht, spec.engagement_months)
        ),
    }
    if spec.activation_date is not None:
        calendar = cal.contract_calendar(spec.activation_date, spec.engagement_months, spec.renewal_months)
        block: dict[str, Any] = {
            "activation_date": spec.activation_date.isoformat(),
            "term": calendar.term.isoformat(),
            "notice_deadline": calendar.notice_deadline.isoformat(),
            "renewals": [
                {"term": r.term.isoformat(), "notice_deadline": r.notice_deadline.isoformat()}
                for r in calendar.renewals
            ],
            "first_invoice_prorata_ht": _money(
                cal.first_invoice_prorata(offer.monthly.ht, spec.activation_date)
            ),
            "total_contract_value_ht": _money(
                cal.total_contract_value(
                    offer.installation.ht, offer.monthly.ht, spec.activation_date, calendar.term
                )
            ),
        }
        if spec.termination_date is not None:
            block["termination_date"] = spec.termination_date.isoformat()
            block["early_termination_fees_ht"] = _money(
                cal.early_termination_fees(offer.monthly.ht, spec.termination_date, calendar.term)
            )
        out["calendar"] = block
    else:
        out["calendar_rule"] = (
            f"{spec.engagement_months} months from activation; term = last day of the month of "
            f"activation + {spec.engagement_months} months - 1 day; notice 3 months before the term; "
            f"tacit renewal by {spec.renewal_months} months"
        )
    return offer, out
