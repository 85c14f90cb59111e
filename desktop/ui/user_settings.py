"""The window's own per-user state: geometry, last page, last place of signature.

One ini file in the data folder (desktop.config: `Config.ui_settings_file`), opened only
here. Never QSettings without a file name: that one writes to the platform's default location
(~/.config/OfferDesk/OfferDesk.conf, the registry), which the data folder does not
isolate, so a test once left its ``[signing] place=`` in a real user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop.config import Config
from desktop.paths import create_private_file, make_private_dir, set_private

PLACE_KEY = "signing/place"  # the place last signed at, prefilled next time


def open_settings(config: Config) -> QSettings:
    """The window's settings file of this configuration: 0600 in its 0700 folder, like
    everything in the data folder (Qt rewrites it keeping the existing file's mode)."""
    path = config.ui_settings_file
    make_private_dir(path.parent)
    create_private_file(path)
    set_private(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def signing_place(settings: QSettings) -> str:
    value = settings.value(PLACE_KEY, "")
    return value.strip() if isinstance(value, str) else ""


def remember_place(settings: QSettings, place: str) -> None:
    settings.setValue(PLACE_KEY, place.strip())
    settings.sync()
