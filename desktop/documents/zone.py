"""The company's time zone: one zone for every screen and document (Europe/Luxembourg unless
the company sets another in Paramètres). Kept in the data folder's company.json, beside
seal.json, and read again whenever that file changes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop.paths import data_dir

DEFAULT_ZONE = "Europe/Luxembourg"
COMPANY_FILE = "company.json"
_cache: dict[tuple[str, int], str] = {}


def _path() -> Path:
    return data_dir() / COMPANY_FILE


def _read(path: Path) -> dict[str, object]:
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return loaded if isinstance(loaded, dict) else {}


def zone_name() -> str:
    """The configured zone's IANA name (the default when unset or unreadable)."""
    path = _path()
    try:
        key = (str(path), path.stat().st_mtime_ns)
    except OSError:
        return DEFAULT_ZONE
    if key not in _cache:
        name = _read(path).get("time_zone")
        _cache.clear()
        _cache[key] = name if isinstance(name, str) and is_zone(name) else DEFAULT_ZONE
    return _cache[key]


def local_zone() -> ZoneInfo:
    return ZoneInfo(zone_name())


def is_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return "/" in name or name == "UTC"


def write_zone(name: str) -> None:
    """Keep `name` (checked by the caller) as the company's zone; other keys are kept."""
    path = _path()
    values = _read(path)
    values["time_zone"] = name
    path.parent.mkdir(parents=True, exist_ok=True)
    from desktop.documents.files import write_atomic  # only when writing: off the window's start path

    write_atomic(path, json.dumps(values, indent=2).encode("utf-8"))
    _cache.clear()


def today() -> dt.date:
    """The company's calendar day (what "today" means on every screen and document)."""
    return dt.datetime.now(local_zone()).date()


def local(moment: dt.datetime) -> dt.datetime:
    """An aware moment in the company's time zone (a naive one is refused: it would be guessed)."""
    from desktop.domain.formatting import in_zone  # Babel stays off the start path of commands

    return in_zone(moment, local_zone())


def local_date(moment: dt.datetime) -> dt.date:
    """The company's calendar day of an instant (a naive moment is taken as UTC, as stored)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(local_zone()).date()
