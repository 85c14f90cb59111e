"""The application's configuration: one typed, frozen object, read once in `main()`.

`load()` reads the environment (every variable OfferDesk itself reads is in `ENVIRONMENT`,
the table docs/notes/config.md and the README show) and resolves the folders the rest of
the program uses; the entry points (desktop.cli, desktop.ui.app) build it once and pass it,
or the parts of it a component needs, as explicit arguments. What lives elsewhere on purpose:

- the company, representative and catalogue: in the database (desktop.services.settings);
- secrets (database key, audit key, sealing passphrases): in the operating system's keychain
  (desktop.keychain), scoped by `data_dir`;
- the company's sealing certificate path: seal.json in `data_dir`
  (desktop.services.seal_settings), the company time zone: company.json in `data_dir`;
- the window's own per-user state (geometry, last page, last place of signature): the ini
  file `ui_settings_file` in `data_dir` (desktop.ui.user_settings), never the platform's
  default QSettings location.

Headless commands stay fast: this module imports no pathlib at import time and resolves the
platform's folders (platformdirs) only when a folder is asked for and not set.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

TYPE_CHECKING = False  # importing typing costs headless commands start-up time
if TYPE_CHECKING:
    from pathlib import Path

DATA_DIR_ENV = "OFFERDESK_DATA_DIR"
DB_ENV = "OFFERDESK_DB"
LOG_DIR_ENV = "OFFERDESK_LOG_DIR"
LANG_ENV = "OFFERDESK_LANG"
SEAL_PKCS12_ENV = "OFFERDESK_SEAL_PKCS12"
SEAL_PASSPHRASE_ENV = "OFFERDESK_SEAL_PASSPHRASE"
PAUSE_ENV = "OFFERDESK_PAUSE_AT"
PAUSE_MARKER_ENV = "OFFERDESK_PAUSE_MARKER"
TSA_URL_ENV = "OFFERDESK_TSA_URL"
CA_DIR_ENV = "OFFERDESK_CA_DIR"
CA_PASSPHRASE_ENV = "OFFERDESK_CA_PASSPHRASE"
CA_IMPORT_PASSPHRASE_ENV = "OFFERDESK_CA_IMPORT_PASSPHRASE"
ENROL_PASSPHRASE_ENV = "OFFERDESK_ENROL_PASSPHRASE"

DB_FILENAME = "offerdesk.sqlite3"
UI_SETTINGS_FILENAME = "ui-settings.ini"
APP_NAME = "OfferDesk"  # platformdirs' application name, Qt's organisation and application name

# (name, meaning, default): every environment variable the application reads.
ENVIRONMENT: tuple[tuple[str, str, str], ...] = (
    (
        DATA_DIR_ENV,
        "the data folder (database, backups, seal.json, company.json, window settings); "
        "blank or spaces count as unset",
        "the platform's user data folder (platformdirs), e.g. ~/.local/share/OfferDesk",
    ),
    (
        DB_ENV,
        "SQLAlchemy URL of the database (a command's --db wins); blank counts as unset",
        f"sqlite:///<data folder>/{DB_FILENAME}",
    ),
    (
        LOG_DIR_ENV,
        "folder of offerdesk.log (tracebacks of bugs); blank counts as unset",
        "the platform's user log folder, e.g. ~/.local/state/OfferDesk/log",
    ),
    (
        LANG_ENV,
        "the language of the interface and the commands (fr, de or en; a locale name such as "
        "de_LU works); wins over the one chosen in Paramètres; blank counts as unset",
        "unset: the one chosen in Paramètres, else the system's if French, German or English, else French",
    ),
    (
        SEAL_PKCS12_ENV,
        "company sealing certificate (PKCS#12 file) for IT scripts; wins over seal.json",
        "unset: seal.json, else the installation's own certificate",
    ),
    (SEAL_PASSPHRASE_ENV, "passphrase of that PKCS#12 file", "unset: the keychain"),
    (
        TSA_URL_ENV,
        "the time-stamping authority `offerdesk timestamp` asks (wins over seal.json's tsa_url)",
        "unset: seal.json's tsa_url, else none",
    ),
    (
        CA_DIR_ENV,
        "office: the folder of the company's sealing CA (office init, add-rep, revoke)",
        "<data folder>/company-ca",
    ),
    (CA_PASSPHRASE_ENV, "office: passphrase of the CA's private key", "unset: the office keychain"),
    (CA_IMPORT_PASSPHRASE_ENV, "office init --import-ca: passphrase of the PKCS#12 imported", "unset: asked"),
    (ENROL_PASSPHRASE_ENV, "offerdesk enrol: the enrolment file's one-time passphrase", "unset: asked"),
    (PAUSE_ENV, "tests only: the transaction point at which the process pauses (crash tests)", "unset"),
    (PAUSE_MARKER_ENV, "tests only: the file written when that pause is reached", "unset"),
)

# Read by the libraries OfferDesk uses, not by OfferDesk: listed for the README.
LIBRARY_ENVIRONMENT: tuple[tuple[str, str, str], ...] = (
    ("PYTHON_KEYRING_BACKEND", "keyring: which keychain backend to use", "the platform's keychain"),
    ("QT_QPA_PLATFORM", "Qt: display platform (offscreen for tests and the smoke check)", "the desktop's"),
    ("CUPS_SERVER", "CUPS: the print server printing talks to", "the local CUPS"),
)


def _clean(environ: Mapping[str, str], name: str) -> str | None:
    """The variable's value without surrounding spaces; None when unset or blank."""
    value = environ.get(name, "").strip()
    return value or None


@dataclass(frozen=True)
class Config:
    """What the environment says; the folders are resolved by the properties below."""

    data_dir_override: str | None = None
    db_url_override: str | None = None
    log_dir_override: str | None = None
    language: str | None = None  # OFFERDESK_LANG as given; None: not set (Settings, the system)
    seal_pkcs12: str | None = None
    seal_passphrase: str | None = None

    @property
    def data_dir(self) -> Path:
        from pathlib import Path

        if self.data_dir_override:
            return Path(self.data_dir_override)
        import platformdirs

        return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))

    @property
    def log_dir(self) -> Path:
        from pathlib import Path

        if self.log_dir_override:
            return Path(self.log_dir_override)
        import platformdirs

        return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))

    @property
    def database_file(self) -> Path:
        """The default SQLite file (used when no database URL is given)."""
        return self.data_dir / DB_FILENAME

    @property
    def db_url(self) -> str:
        """The database to open: OFFERDESK_DB, else the SQLite file in the data folder."""
        return self.db_url_override or f"sqlite:///{self.database_file}"

    @property
    def ui_settings_file(self) -> Path:
        """The window's per-user state (desktop.ui.user_settings)."""
        return self.data_dir / UI_SETTINGS_FILENAME


def load(environ: Mapping[str, str] | None = None) -> Config:
    """The configuration from `environ` (default: the process environment)."""
    env = os.environ if environ is None else environ
    return Config(
        data_dir_override=_clean(env, DATA_DIR_ENV),
        db_url_override=_clean(env, DB_ENV),
        log_dir_override=_clean(env, LOG_DIR_ENV),
        language=_clean(env, LANG_ENV),
        seal_pkcs12=env.get(SEAL_PKCS12_ENV) or None,
        seal_passphrase=env.get(SEAL_PASSPHRASE_ENV) or None,
    )


def environment_table() -> str:
    """The Markdown table of `ENVIRONMENT` and `LIBRARY_ENVIRONMENT` (docs/notes/config.md)."""
    lines = ["| Variable | Meaning | Default |", "|---|---|---|"]
    for name, meaning, default in ENVIRONMENT + LIBRARY_ENVIRONMENT:
        lines.append(f"| `{name}` | {meaning} | {default} |")
    return "\n".join(lines) + "\n"
