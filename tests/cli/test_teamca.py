"""Company certificates end to end: `office init` on a real PostgreSQL office database,
`office add-rep`, `enrol` on a laptop data folder, a pack signed and sealed there through the
services, `verify` on another machine holding only the company root; revocation (`office
revoke`, CRL in the verifier's trust folder); and the attack corpus: a look-alike CA, an
expired leaf, a forged CRL."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, text

from db.engine import sqlite_url
from db.models import CertificateRevocation, CompanyCertificate, CompanyCrl, Representative
from desktop import i18n
from desktop.cli import main
from desktop.documents import company_ca, seal, trust
from desktop.documents.seal_verify import verify_pdf
from desktop.domain.messages import Message, msg
from desktop.domain.views import ClientInput
from desktop.services import catalogue, clients, enrolment, packs, settings
from desktop.services.office import published_roots, server_address
from desktop.services.store import Store, open_store
from tests.db.factories import KNOWN, signed_offer
from tests.db.fixtures import require_postgres
from tests.db.pgserver import server
from tests.documents.message_ids import message_ids

_names = itertools.count()


@dataclass(frozen=True)
class Office:
    url: str
    ca_dir: Path
    folder: Path


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    """`office init` on a PostgreSQL database it creates itself."""
    require_postgres()
    folder = tmp_path_factory.mktemp("office")
    url = server().url(f"office_{os.getpid()}_{next(_names)}")
    ca_dir = folder / "ca"
    old = os.environ.get("OFFERDESK_DATA_DIR")
    os.environ["OFFERDESK_DATA_DIR"] = str(folder / "data")
    try:
        assert main(["office", "init", "--db", url, "--ca-dir", str(ca_dir)]) == 0
        yield Office(url, ca_dir, folder)
    finally:
        if old is None:
            os.environ.pop("OFFERDESK_DATA_DIR", None)
        else:
            os.environ["OFFERDESK_DATA_DIR"] = old


def _data(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(folder))
    monkeypatch.delenv("OFFERDESK_DB", raising=False)
    monkeypatch.delenv("OFFERDESK_SEAL_PKCS12", raising=False)
    return folder


def _add_rep(office: Office, code: str, out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """`office add-rep`; returns the one-time passphrase it printed."""
    capsys.readouterr()
    args = ["office", "add-rep", code, f"Représentant {code}", "-o", str(out), "--db", office.url]
    assert main([*args, "--ca-dir", str(office.ca_dir)]) == 0
    printed = capsys.readouterr().out
    label = i18n.text("commands.office.passphrase", passphrase="").strip()  # the line, in any language
    return next(line.split()[-1] for line in printed.splitlines() if line.startswith(label))


def _enrol(monkeypatch: pytest.MonkeyPatch, laptop: Path, file: Path, passphrase: str) -> int:
    _data(monkeypatch, laptop)
    monkeypatch.setenv("OFFERDESK_ENROL_PASSPHRASE", passphrase)
    return main(["enrol", str(file)])


def _laptop_store(laptop: Path) -> Store:
    return open_store(sqlite_url(laptop / "offerdesk.sqlite3"), backup=False)


def _sign_pack(monkeypatch: pytest.MonkeyPatch, laptop: Path, out: Path) -> Path:
    """On the enrolled laptop, through the services: a client, a signed offer, its sealed pack."""
    _data(monkeypatch, laptop)
    store = _laptop_store(laptop)
    try:
        catalogue.import_rows(store, KNOWN, "known.csv", "0" * 64)
        client = clients.create_client(
            store,
            ClientInput(
                legal_name="Boulangerie Schmit s.à r.l.",
                address_line1="12, rue de la Gare",
                postcode="L-1611",
                city="Luxembourg",
                vat_number="LU15027442",
                signatory_name="Anne Schmit",
            ),
        )
        offer = signed_offer(store, client.id)
        packs.write_pack(store, offer.number, offer.revision, out)
    finally:
        store.close()
    return out


def _verifier(tmp_path: Path, office: Office, crl: bytes | None = None) -> Path:
    """Another machine: only the company root pulled from the office database (and the CRL)."""
    folder = tmp_path / "verifier"
    store = open_store(office.url, backup=False)
    try:
        roots = published_roots(store)
    finally:
        store.close()
    assert len(roots) == 1
    trust.install_root_pem(roots[0].encode("ascii"), folder)
    if crl is not None:
        trust.install_crl(crl, folder)
    return folder


def _verify(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], folder: Path, pack: Path
) -> tuple[int, dict[str, object]]:
    _data(monkeypatch, folder)
    capsys.readouterr()
    code = main(["verify", str(pack), "--no-db", "--json"])
    return code, json.loads(capsys.readouterr().out)[0]


@pytest.fixture
def enrolled_laptop(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[str, Path]:
    """(code, data folder of a laptop enrolled with `office add-rep` + `enrol`)."""
    code = f"R{next(_names)}X"
    file = tmp_path / f"{code}.enrol"
    passphrase = _add_rep(office, code, file, capsys)
    laptop = tmp_path / "laptop"
    assert _enrol(monkeypatch, laptop, file, passphrase) == 0
    return code, laptop


@pytest.fixture
def enrolled(
    enrolled_laptop: tuple[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, Path, Path]:
    """(code, laptop data folder, a pack signed and sealed there)."""
    code, laptop = enrolled_laptop
    return code, laptop, _sign_pack(monkeypatch, laptop, tmp_path / "pack.pdf")


# --- the whole way ------------------------------------------------------------------------


def test_a_pack_sealed_on_an_enrolled_laptop_verifies_where_only_the_root_is(
    office: Office,
    enrolled: tuple[str, Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, laptop, pack = enrolled
    verifier = _verifier(tmp_path, office)
    assert sorted(p.name for p in verifier.iterdir()) == ["trust"]  # no pin, no key: the root only
    status, report = _verify(monkeypatch, capsys, verifier, pack)
    assert status == 0, report["problems"]
    assert report["trusted"] is True
    assert f"({code})" in str(report["signer"])
    assert report["revoked_at"] is None
    # a machine without the root does not trust it
    status, report = _verify(monkeypatch, capsys, tmp_path / "stranger", pack)
    assert status == 1
    assert report["trusted"] is False
    # the office recorded the representative and the certificate; the laptop is set up
    store = open_store(office.url, backup=False)
    try:
        with store.read() as session:
            assert session.scalars(select(Representative.name).where(Representative.code == code)).one()
            certs = session.scalars(
                select(CompanyCertificate).where(CompanyCertificate.representative_code == code)
            ).all()
            assert [c.kind for c in certs] == ["sealing"]
            assert certs[0].sha256 == report["fingerprint"]
    finally:
        store.close()
    assert not any(p.name.startswith("ca-") for p in laptop.rglob("*"))  # the CA key stays at the office
    _data(monkeypatch, laptop)
    store = _laptop_store(laptop)
    try:
        rep = settings.get_representative(store)
        assert rep is not None
        assert rep.code == code
    finally:
        store.close()
    assert enrolment.enrolled_server() == server_address(office.url)


def test_office_init_again_keeps_the_ca(office: Office, capsys: pytest.CaptureFixture[str]) -> None:
    before = (office.ca_dir / company_ca.CA_CERT_FILE).read_bytes()
    key_before = (office.ca_dir / company_ca.CA_KEY_FILE).read_bytes()
    capsys.readouterr()
    assert main(["office", "init", "--db", office.url, "--ca-dir", str(office.ca_dir)]) == 0
    out = capsys.readouterr().out
    assert "(gardée)" in out
    assert "publiée :        déjà" in out
    assert (office.ca_dir / company_ca.CA_CERT_FILE).read_bytes() == before
    assert (office.ca_dir / company_ca.CA_KEY_FILE).read_bytes() == key_before
    store = open_store(office.url, backup=False)
    try:
        assert len(published_roots(store)) == 1
        with store.read() as session:  # nothing secret was published
            pems = session.scalars(select(CompanyCertificate.pem)).all()
        assert not any("PRIVATE KEY" in pem for pem in pems)
    finally:
        store.close()


def test_demo_on_an_enrolled_laptop_uses_its_representative(
    enrolled_laptop: tuple[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, laptop = enrolled_laptop
    _data(monkeypatch, laptop)
    capsys.readouterr()
    url = sqlite_url(laptop / "offerdesk.sqlite3")
    assert main(["demo", "-o", str(tmp_path / "demo"), "--db", url]) == 0
    out = capsys.readouterr().out
    assert f"OF-{dt.date.today().year}-{code}-" in out


# --- enrolment refusals and interruptions -------------------------------------------------


def test_enrol_refuses_a_used_file_a_wrong_passphrase_and_a_malformed_file(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "r.enrol"
    passphrase = _add_rep(office, "WRG", file, capsys)
    laptop = tmp_path / "laptop"
    assert _enrol(monkeypatch, laptop, file, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF") == 1
    err = capsys.readouterr().err
    assert msg("records.enrolment.wrong_passphrase", path=file).text() in err
    assert "Traceback" not in err
    assert not (laptop / "seal.json").exists()
    assert not (laptop / "trust").exists()
    # typed in lower case without dashes: accepted
    assert _enrol(monkeypatch, laptop, file, passphrase.lower().replace("-", "")) == 0
    capsys.readouterr()
    assert _enrol(monkeypatch, laptop, file, passphrase) == 1
    capsys.readouterr()
    with pytest.raises(enrolment.EnrolmentError) as used:
        enrolment.enrol(file, passphrase)
    assert used.value.message.id == "records.enrolment.used"
    assert used.value.message.params["path"] == file
    assert isinstance(used.value.message.params["at"], dt.datetime)  # when, rendered by language
    bodies = {
        b"not json": "records.enrolment.not_json",
        b'{"format": "offerdesk-enrolment", "version": 1}': "records.enrolment.bad_field",
        b"[]": "records.enrolment.unknown_format",
    }
    for body, why in bodies.items():
        bad = tmp_path / "bad.enrol"
        bad.write_bytes(body)
        assert _enrol(monkeypatch, tmp_path / "other", bad, passphrase) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err
        assert _malformed_because(bad, passphrase) == why
    tampered = json.loads(file.read_text(encoding="utf-8"))
    tampered["representative"]["code"] = "a b"
    bad.write_text(json.dumps(tampered), encoding="utf-8")
    assert _enrol(monkeypatch, tmp_path / "third", bad, passphrase) == 2
    capsys.readouterr()
    assert _malformed_because(bad, passphrase) == "records.enrolment.representative"
    tampered = json.loads(file.read_text(encoding="utf-8"))
    tampered["certificate_sha256"] = "0" * 64
    bad.write_text(json.dumps(tampered), encoding="utf-8")
    assert _enrol(monkeypatch, tmp_path / "third", bad, passphrase) == 2
    capsys.readouterr()
    assert _malformed_because(bad, passphrase) == "records.enrolment.fingerprint_differs"


def _malformed_because(path: Path, passphrase: str) -> str:
    """The identifier of why `enrol` finds `path` is not an enrolment file (exit code 2)."""
    with pytest.raises(enrolment.EnrolmentError) as refused:
        enrolment.enrol(path, passphrase)
    message = refused.value.message
    assert refused.value.exit_code == 2
    assert message.id == "records.enrolment.malformed"
    assert message.params["path"] == path
    why = message.params["why"]
    assert isinstance(why, Message)
    return why.id


class _Cut(BaseException):
    pass


@pytest.mark.parametrize(
    "step",
    [
        "desktop.documents.trust.install_root_pem",
        "desktop.services.settings.set_representative",
        "desktop.services.seal_settings.use_enrolled_certificate",
    ],
)
def test_an_enrolment_cut_midway_changes_nothing_and_can_be_run_again(
    step: str,
    office: Office,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    file = tmp_path / "cut.enrol"
    passphrase = _add_rep(office, "CUT", file, capsys)
    laptop = _data(monkeypatch, tmp_path / "laptop")
    module, name = step.rsplit(".", 1)

    def cut(*args: object, **kwargs: object) -> None:
        raise _Cut  # like a process killed there: nothing after this step runs

    with monkeypatch.context() as patch:
        patch.setattr(f"{module}.{name}", cut)
        with pytest.raises(_Cut):
            enrolment.enrol(file, passphrase)
    # not switched: the laptop still seals with its own certificate, the file is still usable
    assert not (laptop / "seal.json").exists()
    assert not (laptop / enrolment.USED_FILE).exists()
    assert enrolment.enrol(file, passphrase).code == "CUT"
    pack = _sign_pack(monkeypatch, laptop, tmp_path / "pack.pdf")
    result = verify_pdf(pack.read_bytes(), trust.load_trust(_verifier(tmp_path, office)))
    assert result.ok, result.problems


# --- revocation ---------------------------------------------------------------------------


def _revoke(office: Office, code: str, when: str, out: Path) -> bytes:
    args = ["office", "revoke", code, "--date", when, "-o", str(out), "--db", office.url]
    assert main([*args, "--ca-dir", str(office.ca_dir)]) == 0
    return out.read_bytes()


def test_a_pack_sealed_after_its_certificate_was_revoked_fails(
    office: Office,
    enrolled: tuple[str, Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, pack = enrolled
    yesterday = (dt.datetime.now(dt.UTC) - dt.timedelta(days=1)).isoformat(timespec="seconds")
    crl = _revoke(office, code, yesterday, tmp_path / "company.crl")
    status, report = _verify(monkeypatch, capsys, _verifier(tmp_path, office, crl), pack)
    assert status == 1
    assert report["trusted"] is False
    assert report["revoked_at"] == yesterday
    assert "révoqué" in " ".join(map(str, report["problems"]))  # type: ignore[call-overload]
    assert report["problem_ids"][0] == "sealing.verify.revoked_before"
    # the same pack, the same root, but no CRL installed: still trusted (offline verify)
    status, _ = _verify(monkeypatch, capsys, _verifier(tmp_path / "b", office), pack)
    assert status == 0
    # recorded at the office, append-only there
    store = open_store(office.url, backup=False)
    try:
        with store.read() as session:
            row = session.scalars(
                select(CertificateRevocation).where(CertificateRevocation.representative_code == code)
            ).one()
            assert row.revocation_date.isoformat(timespec="seconds") == yesterday
            assert session.scalars(select(CompanyCrl.der).order_by(CompanyCrl.number.desc())).first() == crl
        for sql in (
            "UPDATE certificate_revocations SET revocation_date = revocation_date + interval '2 days'",
            "DELETE FROM certificate_revocations",
            "DELETE FROM company_certificates WHERE kind = 'sealing'",
            "UPDATE company_crls SET der = ''",
        ):
            with pytest.raises(Exception, match="append-only"), store.engine.begin() as connection:
                connection.execute(text(sql))
    finally:
        store.close()


def test_a_pack_sealed_before_the_revocation_stays_valid_and_names_it(
    office: Office,
    enrolled: tuple[str, Path, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, pack = enrolled
    sealed_at = dt.datetime.fromisoformat(verify_pdf(pack.read_bytes(), trust.Trust()).signed_at)
    after = (sealed_at + dt.timedelta(seconds=2)).isoformat(timespec="seconds")
    crl = _revoke(office, code, after, tmp_path / "company.crl")
    status, report = _verify(monkeypatch, capsys, _verifier(tmp_path, office, crl), pack)
    assert status == 0, report["problems"]
    assert report["revoked_at"] == after
    assert report["note_ids"] == ["sealing.verify.revoked_after"]
    assert "reste valable" in report["notes"][0]
    _data(monkeypatch, tmp_path / "verifier")
    capsys.readouterr()
    assert main(["verify", str(pack), "--no-db"]) == 0
    assert re.search(rf"^révoqué :\s+{re.escape(after)}$", capsys.readouterr().out, re.MULTILINE)
    # revoking again changes nothing already recorded, and says so
    capsys.readouterr()
    args = ["office", "revoke", code, "--db", office.url, "--ca-dir", str(office.ca_dir)]
    assert main(args) == 0
    assert "déjà :" in capsys.readouterr().out


# --- the attack corpus --------------------------------------------------------------------


def _seal_with(p12: Path, passphrase: bytes, code: str) -> bytes:
    config = seal.SealConfig(pkcs12_path=p12, passphrase=passphrase, folder=p12.parent)
    sealed, _ = seal.seal_pdf(
        seal._blank_pdf(), config, f"Contrat OF-2026-{code}-0001 révision 1", "Luxembourg"
    )
    return sealed


def _leaf_p12(ca: company_ca.CaKey, folder: Path, code: str, **kw: object) -> Path:
    key, cert = company_ca.issue_sealing_certificate(ca, code, f"Représentant {code}", **kw)  # type: ignore[arg-type]
    path = folder / f"{code}.p12"
    path.write_bytes(company_ca.sealing_pkcs12(key, cert, ca.certificate, b"pw", code))
    return path


def test_a_look_alike_ca_an_expired_leaf_and_a_forged_crl_are_refused(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _data(monkeypatch, office.folder / "data")  # the office machine: where the CA passphrase is
    genuine_ca = company_ca.load_ca(office.ca_dir)
    company = genuine_ca.certificate.subject.get_attributes_for_oid(company_ca_oid())[0].value
    fake_ca = company_ca.create_ca(tmp_path / "fake-ca", str(company))
    assert fake_ca.certificate.subject == genuine_ca.certificate.subject  # same names, other key
    assert fake_ca.fingerprint != genuine_ca.fingerprint
    verifier = trust.load_trust(_verifier(tmp_path, office))
    # control: a leaf of the genuine CA passes
    good = _seal_with(_leaf_p12(genuine_ca, tmp_path, "GEN"), b"pw", "GEN")
    assert verify_pdf(good, verifier).ok
    # the look-alike CA's leaf, same representative names: not trusted
    forged = verify_pdf(_seal_with(_leaf_p12(fake_ca, tmp_path / "fake-ca", "GEN"), b"pw", "GEN"), verifier)
    assert not forged.ok
    assert not forged.trusted
    assert "sealing.verify.unknown_signer" in message_ids(forged.problems[0])
    # a leaf of the genuine CA that expired: not trusted
    old = dt.datetime.now(dt.UTC) - dt.timedelta(days=400)
    expired = _leaf_p12(genuine_ca, tmp_path, "OLD", not_before=old, days=30)
    result = verify_pdf(_seal_with(expired, b"pw", "OLD"), verifier)
    assert not result.ok
    assert not result.trusted
    # a CRL made by the look-alike CA, listing the genuine leaf: ignored
    leaf = seal.load_signer(seal.SealConfig(pkcs12_path=tmp_path / "GEN.p12", passphrase=b"pw"))[0]
    revoked = company_ca.RevokedEntry(int(leaf.signing_cert.serial_number), old)
    folder = tmp_path / "verifier"
    trust.install_crl(company_ca.make_crl(fake_ca, [revoked], 99), folder)
    with_forged_crl = trust.load_trust(folder)
    assert len(with_forged_crl.crls) == 1
    assert verify_pdf(good, with_forged_crl).ok
    # the same entry in a CRL of the genuine CA: honoured
    (folder / "trust").joinpath(next(p.name for p in (folder / "trust").glob("*.crl"))).unlink()
    trust.install_crl(company_ca.make_crl(genuine_ca, [revoked], 1), folder)
    assert not verify_pdf(good, trust.load_trust(folder)).ok


def company_ca_oid() -> object:
    from cryptography.x509.oid import NameOID

    return NameOID.ORGANIZATION_NAME


def test_an_older_crl_does_not_replace_a_newer_one(
    office: Office, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _data(monkeypatch, office.folder / "data")
    ca = company_ca.load_ca(office.ca_dir)
    trust.install_crl(company_ca.make_crl(ca, [], 5), tmp_path)
    with pytest.raises(trust.TrustError, match="plus récente"):
        trust.install_crl(company_ca.make_crl(ca, [], 4), tmp_path)


# --- the commands' other answers ------------------------------------------------------------


def test_office_commands_say_what_is_wrong_without_a_traceback(
    office: Office, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "a.enrol"
    file.write_text("someone else's file", encoding="utf-8")
    args = ["office", "add-rep", "ABC", "A B", "-o", str(file), "--db", office.url, "--ca-dir"]
    assert main([*args, str(office.ca_dir)]) == 1
    assert msg("records.office.output_exists", path=file).text() in capsys.readouterr().err
    assert file.read_text(encoding="utf-8") == "someone else's file"
    assert main([*args[:5], str(tmp_path / "b.enrol"), *args[6:], str(tmp_path / "no-ca")]) == 1
    assert "aucune autorité" in capsys.readouterr().err
    assert not (tmp_path / "b.enrol").exists()
    assert main([*args[:2], "x", *args[3:5], str(tmp_path / "d.enrol"), *args[6:], str(office.ca_dir)]) == 2
    err = capsys.readouterr().err
    assert "code du représentant" in err
    assert "Traceback" not in err
    assert not (tmp_path / "d.enrol").exists()
    revoke = ["office", "revoke", "NOBODY", "--db", office.url, "--ca-dir", str(office.ca_dir)]
    assert main(revoke) == 1
    assert msg("records.office.no_certificate", code="NOBODY").text() in capsys.readouterr().err
    assert main([*revoke, "--date", "yesterday"]) == 1
    err = capsys.readouterr().err
    assert msg("records.office.not_a_date", text="yesterday").text() in err
    assert "Traceback" not in err
    # another CA folder than the one whose root this database published
    other = tmp_path / "other-ca"
    company_ca.create_ca(other, "Autre")
    assert main([*args[:5], str(tmp_path / "c.enrol"), *args[6:], str(other)]) == 1
    assert "racine non publiée" in capsys.readouterr().err


def test_office_init_imports_an_existing_ca(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    existing = company_ca.create_ca(tmp_path / "made-elsewhere", "Entreprise importée")
    p12 = tmp_path / "ca.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"ca", existing.key, existing.certificate, None, BestAvailableEncryption(b"import-pw")
        )
    )
    _data(monkeypatch, tmp_path / "data")
    monkeypatch.setenv("OFFERDESK_CA_IMPORT_PASSPHRASE", "import-pw")
    url = sqlite_url(tmp_path / "office.sqlite3")  # the office on SQLite: a small company
    ca_dir = tmp_path / "ca"
    args = ["office", "init", "--db", url, "--ca-dir", str(ca_dir), "--import-ca", str(p12)]
    assert main(args) == 0
    assert existing.fingerprint in capsys.readouterr().out
    assert company_ca.load_ca(ca_dir).fingerprint == existing.fingerprint
    # a leaf certificate is no CA: refused
    key, leaf = company_ca.issue_sealing_certificate(existing, "LEAF", "Leaf")
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(b"x", key, leaf, None, BestAvailableEncryption(b"import-pw"))
    )
    assert main([*args[:5], str(tmp_path / "ca2"), *args[6:]]) == 1
    assert "n'est pas un certificat d'autorité" in capsys.readouterr().err


@pytest.mark.parametrize(
    "command", [["office", "init"], ["office", "add-rep"], ["office", "revoke"], ["enrol"]]
)
def test_every_command_has_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "utilisation : offerdesk" in capsys.readouterr().out  # the commands run in French here


def test_saving_the_settings_again_keeps_the_enrolled_certificate_usable(
    office: Office,
    enrolled_laptop: tuple[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.services import seal_settings

    _, laptop = enrolled_laptop
    _data(monkeypatch, laptop)
    path = seal_settings.configured_certificate()
    seal_settings.save_seal_settings(path, "")  # the settings form saved with nothing changed
    config = seal_settings.seal_config()
    assert config.passphrase is not None
    signer, self_signed = seal.load_signer(config)
    assert not self_signed
    root = company_ca.load_ca(office.ca_dir).certificate
    assert signer.signing_cert.issuer.dump() == root.subject.public_bytes()


def test_the_server_address_given_to_laptops_has_no_password() -> None:
    url = "postgresql+psycopg://office_owner:s3cret@db.example.lu:5432/offerdesk?sslmode=verify-full"
    address = server_address(url)
    assert "s3cret" not in address
    assert address == "postgresql+psycopg://office_owner@db.example.lu:5432/offerdesk?sslmode=verify-full"
