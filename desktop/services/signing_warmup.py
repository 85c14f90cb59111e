"""Prepare signing in the background, so the first signature of a session is instant.

Started when signing mode opens (the client reads the offer for a minute or more meanwhile):
pyHanko's signing modules imported and the sealing certificate loaded into its signer. The
pack's fonts and the CGV version's layout are prepared by the draft pack signing mode shows
(desktop.documents.pack keeps the CGV layout per CGV text for the signed pack). Confirm
then waits for whatever is still running (`wait()`), so signing never races the
preparation; a failure here is only logged: signing itself reports it.
"""

from __future__ import annotations

import logging
import threading
import time

from desktop.documents import seal
from desktop.services import packs

_log = logging.getLogger("offerdesk")


class SigningWarmUp:
    """One background preparation; `start()` is idempotent, `wait()` returns once it is over."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self.seconds: float | None = None  # how long the preparation took (benchmarks)

    def start(self) -> SigningWarmUp:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="offerdesk-signing-warmup", daemon=True
                )
                self._thread.start()
        return self

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            seal.warm_up(packs.seal_config())
        except Exception:  # reported by the signature itself if it matters
            _log.warning("signing warm-up failed", exc_info=True)
        self.seconds = time.perf_counter() - started

    def done(self) -> bool:
        return self._thread is not None and not self._thread.is_alive()

    def wait(self, timeout: float | None = None) -> bool:
        """True once the preparation is over (or was never started)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True


_shared = SigningWarmUp()


def prepare_signing() -> SigningWarmUp:
    """Start (once per process) the shared preparation and return it."""
    return _shared.start()


def shared() -> SigningWarmUp:
    return _shared
