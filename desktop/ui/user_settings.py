"""The window's own per-user state: geometry, last page, last place of signature, language.

One ini file in the data folder (desktop.config: `Config.ui_settings_file`), opened only
here. Never QSettings without a file name: that one writes to the platform's default location
(~/.config/OfferDesk/OfferDesk.conf, the registry), which the data folder does not
isolate, so a test once left its ``[signing] place=`` in a real user's settings.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from desktop.config import Config
from desktop.domain.formatting import DEFAULT_LANG, Lang
from desktop.i18n import normalise
from desktop.paths import create_private_file, make_private_dir, set_private

PLACE_KEY = "signing/place"  # the place last signed at, prefilled next time
LANGUAGE_KEY = "interface/language"  # fr, de or en, chosen in Paramètres; applied at start


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


def chosen_language(settings: QSettings) -> Lang | None:
    """The language chosen in Paramètres; None when none was (or the file names another)."""
    return normalise(value) if isinstance(value := settings.value(LANGUAGE_KEY, ""), str) else None


def choose_language(settings: QSettings, lang: Lang) -> None:
    settings.setValue(LANGUAGE_KEY, lang)
    settings.sync()


def system_language() -> Lang | None:
    """The system's language (QLocale.system()) if it is French, German or English."""
    return normalise(QLocale.system().name())


def interface_language(config: Config, settings: QSettings | None) -> Lang:
    """The language the interface starts in: OFFERDESK_LANG when it names one of the three,
    else the one chosen in Paramètres, else the system's if one of the three, else French."""
    return (
        normalise(config.language)
        or (chosen_language(settings) if settings is not None else None)
        or system_language()
        or DEFAULT_LANG
    )
