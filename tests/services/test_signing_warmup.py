"""Signing is prepared in the background: pyHanko's signing modules and the signer are ready
before the first Confirm, and whoever starts signing mode (or presents an offer) starts it."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from desktop.services import signing_warmup


def test_the_warm_up_imports_pyhanko_and_loads_the_signer_in_a_background_thread(tmp_path) -> None:
    probe = textwrap.dedent(
        """
        import sys, threading
        from desktop.services.signing_warmup import prepare_signing
        assert "pyhanko.sign" not in sys.modules  # nothing is paid for at import
        warm = prepare_signing()
        assert prepare_signing() is warm  # once per process
        assert warm.wait(120)
        from desktop.documents import seal, seal_verify
        assert "pyhanko.sign.signers" in sys.modules
        assert len(seal._signer_cache) == 1  # the certificate is loaded: no PKCS#12 read at Confirm
        assert (seal.data_dir() / seal.SEAL_FILE).is_file()
        print("threads", warm.seconds is not None, threading.active_count())
        """
    )
    env = {**__import__("os").environ, "OFFERDESK_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("threads True")


def test_a_failing_warm_up_is_logged_not_raised(monkeypatch, caplog) -> None:
    def broken(config) -> None:  # type: ignore[no-untyped-def]
        raise OSError("disque plein")

    monkeypatch.setattr(signing_warmup.seal, "warm_up", broken)
    warm = signing_warmup.SigningWarmUp().start()
    assert warm.wait(30)
    assert warm.done()
    assert "signing warm-up failed" in caplog.text


def test_wait_without_start_returns_at_once() -> None:
    assert signing_warmup.SigningWarmUp().wait(0)


def test_the_warm_up_seal_is_a_real_seal_of_a_valid_blank_page(tmp_path) -> None:
    from desktop.documents import seal, seal_verify
    from desktop.documents.trust import load_trust

    sealed, info = seal.seal_pdf(seal._blank_pdf(), seal.SealConfig(folder=tmp_path), "préparation", "")
    assert info.self_signed
    result = seal_verify.verify_pdf(sealed, load_trust(tmp_path))
    assert result.sealed
    assert result.intact
    assert result.valid  # a real, trusted seal; only the offer it would name is missing
    assert [problem.id for problem in result.problems] == ["sealing.verify.no_offer"]
