"""A throw-away PostgreSQL server for the store tests, started by the test run itself.

pytest-postgresql's `postgresql_proc` runs initdb/pg_ctl as the current user, and initdb
refuses to run as root (our CI containers run as root). So this starts the Debian server
binaries directly: as root through `runuser -u postgres`, otherwise as the current user,
into a temporary directory, listening on a Unix socket only (no TCP port to collide with).
One server per test process, stopped at exit. Under CI (CI=true) a missing server is an
error, never a skip.
"""

from __future__ import annotations

import atexit
import functools
import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

PORT = 54329


@dataclass(frozen=True)
class PgServer:
    socket_dir: Path
    port: int
    user: str

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@/{database}?host={self.socket_dir}&port={self.port}"


def find_bin_dir() -> Path | None:
    override = os.environ.get("OFFERDESK_PG_BIN")
    if override:
        return Path(override)
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _as_server_user(argv: list[str]) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *argv]
    return argv


class PgUnavailable(RuntimeError):
    pass


@functools.cache
def server() -> PgServer:
    """Start (once per process) and return the test server; PgUnavailable if it cannot run."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise PgUnavailable("no PostgreSQL server binaries (pg_ctl) found; run `make sysdeps`")
    root = Path(tempfile.mkdtemp(prefix="offerdesk-pg-"))
    data = root / "data"
    user = "postgres" if os.geteuid() == 0 else os.environ.get("USER", "postgres")
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    root.chmod(0o700)
    run = functools.partial(subprocess.run, check=True, capture_output=True, text=True, timeout=120)
    try:
        initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", user, "-A", "trust"]
        run(_as_server_user([*initdb, "-E", "UTF8", "--locale=C"]))
        options = f"-k {root} -p {PORT} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        pg_ctl = [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options]
        run(_as_server_user([*pg_ctl, "-l", str(root / "log"), "-w", "start"]))
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        detail = getattr(exc, "stderr", "") or str(exc)
        shutil.rmtree(root, ignore_errors=True)
        raise PgUnavailable(f"the PostgreSQL test server did not start: {detail.strip()}") from exc

    def stop() -> None:
        subprocess.run(
            _as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
            check=False,
            timeout=60,
        )
        shutil.rmtree(root, ignore_errors=True)

    atexit.register(stop)
    return PgServer(socket_dir=root, port=PORT, user=user)
