"""A private CUPS scheduler for the print tests and benchmarks.

Own configuration, spool and log folders in a temporary directory, listening only on a
Unix socket there (nothing on the network), with one queue `offerdesk-test` whose device is
a tiny backend of ours: it writes each job's file and its arguments (job id, user, title,
copies, options) into the output folder, so a test sees exactly what reached the printer.
The queue has no driver (a raw queue): the file the backend gets is the one `lp` was given.
`CUPS_SERVER` points the CUPS clients at it.

Usage: `with CupsServer(tmp) as server: ...; server.wait_for_job(n)`.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

CUPSD = "/usr/sbin/cupsd"
LPADMIN = shutil.which("lpadmin") or "/usr/sbin/lpadmin"
PRINTER = "offerdesk-test"
SYSTEM_SERVER_BIN = Path("/usr/lib/cups")

BACKEND = """#!/bin/sh
# CUPS backend: without arguments it describes itself, otherwise it gets
# job-id user title copies options [file] and the device URI offerdesk-test:FOLDER
if [ $# -eq 0 ]; then echo 'direct offerdesk-test "Unknown" "OfferDesk test printer"'; exit 0; fi
out="${DEVICE_URI#offerdesk-test:}"
if [ -n "$6" ]; then cat "$6" > "$out/job-$1.part"; else cat > "$out/job-$1.part"; fi
printf '%s\\n' "$1" "$2" "$3" "$4" "$5" > "$out/job-$1.args"
mv "$out/job-$1.part" "$out/job-$1.pdf"
"""


def cupsd_available() -> bool:
    return Path(CUPSD).is_file() and os.access(CUPSD, os.X_OK) and Path(LPADMIN).exists()


@dataclass(frozen=True)
class ReceivedJob:
    job_id: str
    user: str
    title: str
    copies: int
    options: dict[str, str]
    data: bytes


class CupsServer:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.socket = root / "cups.sock"
        self.out = root / "printed"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def env(self) -> dict[str, str]:
        return {"CUPS_SERVER": str(self.socket)}

    def _write_config(self) -> tuple[Path, Path]:
        conf, spool, binaries = self.root / "conf", self.root / "spool", self.root / "bin"
        for folder in (
            conf,
            spool,
            self.root / "cache",
            self.root / "state",
            self.root / "log",
            binaries,
            self.out,
        ):
            folder.mkdir(parents=True, exist_ok=True)
        (binaries / "backend").mkdir(exist_ok=True)
        for name in ("filter", "daemon", "cgi-bin", "driver", "monitor", "notifier"):
            if (SYSTEM_SERVER_BIN / name).exists() and not (binaries / name).exists():
                (binaries / name).symlink_to(SYSTEM_SERVER_BIN / name)
        backend = binaries / "backend" / PRINTER
        backend.write_text(BACKEND)
        # 0700: run as the scheduler's own user (root here), not as "lp", which could not
        # write into a private folder
        backend.chmod(0o700)
        self.out.chmod(0o777)
        cupsd_conf = conf / "cupsd.conf"
        cupsd_conf.write_text(
            f"Listen {self.socket}\nLogLevel warn\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
            "MaxJobs 0\nPreserveJobFiles No\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
        )
        files_conf = conf / "cups-files.conf"
        user = "" if os.geteuid() == 0 else f"User {os.getuid()}\nGroup {os.getgid()}\n"
        files_conf.write_text(
            f"ServerRoot {conf}\nRequestRoot {spool}\nTempDir {spool}\nCacheDir {self.root / 'cache'}\n"
            f"StateDir {self.root / 'state'}\nServerBin {binaries}\n"
            f"ErrorLog {self.root / 'log' / 'error_log'}\nAccessLog {self.root / 'log' / 'access_log'}\n"
            f"PageLog {self.root / 'log' / 'page_log'}\n{user}"
        )
        return cupsd_conf, files_conf

    def start(self) -> CupsServer:
        cupsd_conf, files_conf = self._write_config()
        self.process = subprocess.Popen(
            [CUPSD, "-f", "-c", str(cupsd_conf), "-s", str(files_conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        env = dict(os.environ, **self.env, LC_ALL="C")
        deadline = time.monotonic() + 15
        while True:
            state = subprocess.run(["lpstat", "-r"], env=env, capture_output=True, text=True, check=False)
            if "is running" in state.stdout and "not" not in state.stdout:
                break
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"private cupsd did not start: {self.log()}")
            time.sleep(0.05)
        subprocess.run(
            [LPADMIN, "-p", PRINTER, "-E", "-v", f"{PRINTER}:{self.out}"],
            env=env,
            check=True,
            capture_output=True,
        )
        subprocess.run([LPADMIN, "-d", PRINTER], env=env, check=True, capture_output=True)
        return self

    def log(self) -> str:
        path = self.root / "log" / "error_log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()
        self.process = None

    def __enter__(self) -> CupsServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_for_job(self, count: int = 1, timeout: float = 20.0) -> list[ReceivedJob]:
        """The jobs the printer received, once `count` of them are complete."""
        deadline = time.monotonic() + timeout
        while len(list(self.out.glob("job-*.pdf"))) < count:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"the printer received {len(list(self.out.glob('job-*.pdf')))} job(s): {self.log()}"
                )
            time.sleep(0.05)
        jobs = []
        for data in sorted(self.out.glob("job-*.pdf")):
            job_id, user, title, copies, options = data.with_suffix(".args").read_text().split("\n")[:5]
            pairs = dict(item.split("=", 1) if "=" in item else (item, "") for item in options.split())
            jobs.append(ReceivedJob(job_id, user, title, int(copies), pairs, data.read_bytes()))
        return jobs
