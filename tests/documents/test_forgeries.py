"""A corpus of forgeries of a genuine sealed pack, made here with pypdf and pyHanko: every one
fails verification, the genuine pack passes. Trust is only what the data folder holds (the
installation's pin, the company roots of trust/), never a certificate the PDF carries."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.documents import trust
from desktop.documents.pack import render_pack
from desktop.documents.seal import SealConfig, seal_pdf
from desktop.documents.seal_verify import UNKNOWN_SIGNER, VerifyResult, verify_pdf
from desktop.domain.messages import Message
from tests.documents import forgery
from tests.documents.fixtures import sample_model
from tests.documents.message_ids import message_ids
from tests.documents.pdftext import page_texts

REASON = "Contrat OF-2026-JDU-0042 révision 2 signé par Fiduciaire Weber & Associés S.A."


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("forgery-data")
    previous = os.environ.get("OFFERDESK_DATA_DIR")
    os.environ["OFFERDESK_DATA_DIR"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("OFFERDESK_DATA_DIR")
    else:
        os.environ["OFFERDESK_DATA_DIR"] = previous


@pytest.fixture(scope="module")
def genuine(data_dir: Path) -> bytes:
    return seal_pdf(render_pack(sample_model(signed=True)).pdf, SealConfig(), REASON, "Luxembourg")[0]


@pytest.fixture(scope="module")
def altered() -> bytes:
    pdf = forgery.altered_pdf("149.00")
    assert "149,00 €" in page_texts(pdf)[0]
    return pdf


@pytest.fixture(scope="module")
def signer_cert(genuine: bytes) -> Any:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return next(iter(PdfFileReader(io.BytesIO(genuine)).embedded_signatures)).signer_cert


@pytest.fixture(scope="module")
def lookalike(signer_cert: Any) -> tuple[Any, Any]:
    key, cert = forgery.lookalike(signer_cert)
    from cryptography.hazmat.primitives.serialization import Encoding

    assert forgery.asn1(cert.public_bytes(Encoding.DER)).subject == signer_cert.subject
    return key, cert


MODIFIED = "sealing.verify.modified_after_seal"


def _fails(result: VerifyResult, *expected: str) -> None:
    """Not ok, and each expected message identifier is among the problems (or inside one)."""
    assert not result.ok
    assert result.problems
    found = message_ids(result.problems)
    for message_id in expected:
        assert message_id in found, (message_id, found)


def test_the_genuine_pack_passes(genuine: bytes, data_dir: Path) -> None:
    result = verify_pdf(genuine)
    assert result.ok, result.message
    assert result.trusted
    assert (result.offer_number, result.revision) == ("OF-2026-JDU-0042", 2)
    assert result.level == "ENTIRE_FILE / NONE"
    assert len(result.signatures) == 1
    assert result.signer_sha256 in trust.read_pins(data_dir)


def test_an_annotation_added_after_the_seal(genuine: bytes) -> None:
    _fails(verify_pdf(forgery.add_annotation(genuine)), MODIFIED, "sealing.change.suspicious")


def test_an_overlay_content_stream(genuine: bytes) -> None:
    forged = forgery.overlay(genuine)
    assert "149,00 EUR" in page_texts(forged)[0]
    _fails(verify_pdf(forged), MODIFIED)


def test_a_replaced_page(genuine: bytes, altered: bytes) -> None:
    forged = forgery.replace_page(genuine, altered)
    assert "149,00 €" in page_texts(forged)[0]
    _fails(verify_pdf(forged), MODIFIED)


def test_a_changed_figure_149_instead_of_249(genuine: bytes, altered: bytes) -> None:
    forged = forgery.replace_content(genuine, altered)
    page = page_texts(forged)[0]
    assert "149,00 €" in page
    assert "249,00 €" not in page
    result = verify_pdf(forged)
    _fails(result, MODIFIED)
    assert result.level.startswith("ENTIRE_REVISION")


def test_changed_info_and_xmp(genuine: bytes) -> None:
    info = forgery.change_info(genuine, "offerdesk-offer=OF-2026-JDU-0099; offerdesk-revision=1")
    _fails(verify_pdf(info), MODIFIED, "sealing.change.lta_updates")  # metadata, in its words
    _fails(verify_pdf(forgery.change_xmp(genuine)), MODIFIED, "sealing.change.lta_updates")


def test_a_reseal_by_a_lookalike_certificate(altered: bytes, lookalike: tuple[Any, Any]) -> None:
    key, cert = lookalike
    forged = forgery.sign_with(altered, key, cert, REASON)
    result = verify_pdf(forged)
    _fails(result, UNKNOWN_SIGNER)
    assert result.intact  # a perfect seal, by a stranger
    assert result.valid
    assert result.whole_file
    assert not result.trusted


@pytest.mark.parametrize("keywords", ["offerdesk-offer=OF-2026-JDU-0099; offerdesk-revision=1", ""])
def test_a_reseal_with_keywords_to_another_offer_or_removed(
    lookalike: tuple[Any, Any], keywords: str
) -> None:
    key, cert = lookalike
    pdf = forgery.altered_pdf("149.00")
    forged = forgery.sign_with(forgery.change_info(pdf, keywords), key, cert, REASON.replace("0042", "0099"))
    _fails(verify_pdf(forged), UNKNOWN_SIGNER)
    _fails(verify_pdf(forged, trust.Trust()), UNKNOWN_SIGNER)  # no trust at all: same


def test_a_reseal_on_top_of_the_genuine_seal(genuine: bytes, lookalike: tuple[Any, Any]) -> None:
    key, cert = lookalike
    forged = forgery.sign_with(forgery.overlay(genuine), key, cert, REASON, field="Sceau2")
    _fails(verify_pdf(forged), "sealing.verify.extra_signatures", MODIFIED)
    assert verify_pdf(forged).problems[0].params["count"] == 2


def test_a_second_signature_appended(genuine: bytes, lookalike: tuple[Any, Any]) -> None:
    key, cert = lookalike
    forged = forgery.sign_with(genuine, key, cert, "Approuvé", field="Signature2")
    result = verify_pdf(forged)
    _fails(result, "sealing.verify.extra_signatures")
    extra = next(p for p in result.problems if p.id == "sealing.verify.extra_signatures")
    assert extra.params["count"] == 2
    assert [m.params["field"] for m in extra.params["extra"]] == ["Signature2"]
    assert "le document porte 2 signatures" in str(extra)
    assert len(result.signatures) == 2
    assert result.signatures[0].trusted
    assert not result.signatures[1].trusted


def test_a_draft_pack_sealed_by_another_certificate(lookalike: tuple[Any, Any]) -> None:
    key, cert = lookalike
    draft = render_pack(sample_model(signed=False)).pdf
    _fails(verify_pdf(forgery.sign_with(draft, key, cert, REASON)), UNKNOWN_SIGNER)


def test_a_pack_signed_under_another_field_name_is_no_offerdesk_seal(lookalike: tuple[Any, Any]) -> None:
    key, cert = lookalike
    pdf = render_pack(sample_model(signed=True)).pdf
    _fails(
        verify_pdf(forgery.sign_with(pdf, key, cert, REASON, field="Signature1")),
        "sealing.verify.no_offerdesk_seal",
    )


# --- one changed byte, anywhere -----------------------------------------------------------


def _positions(pdf: bytes) -> list[tuple[int, int]]:
    """200 (position, xor) pairs: the signature's hex and padding, /ByteRange, xref, trailer,
    startxref, header and end, and the rest spread evenly over the file."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    sig = next(iter(PdfFileReader(io.BytesIO(pdf)).embedded_signatures))
    _, len1, start2, _ = (int(v) for v in sig.byte_range)
    der = len(sig.signed_data.dump())
    hex_start, pad_start, hex_end = len1 + 1, len1 + 1 + 2 * der, start2 - 1
    chosen: list[tuple[int, int]] = [(len1, 0x01), (start2 - 1, 0x01)]  # the < and >
    chosen += [(hex_start + i * (2 * der) // 12, 0x01) for i in range(12)]  # the CMS itself
    letters = [p for p in range(hex_start, pad_start) if pdf[p : p + 1].isalpha()]
    chosen += [(p, 0x20) for p in letters[:: max(1, len(letters) // 8)][:8]]  # hex case: same value
    chosen += [(pad_start + i * (hex_end - pad_start) // 12, 0x01) for i in range(12)]  # zero padding
    byte_range = pdf.rindex(b"/ByteRange")
    chosen += [(p, 0x01) for p in range(byte_range + 11, pdf.index(b"]", byte_range)) if pdf[p] != 0x20][:12]
    xref = pdf.rindex(b"xref", 0, pdf.rindex(b"startxref"))
    chosen += [(xref + 5 + i * 7, 0x01) for i in range(12)]
    trailer = pdf.rindex(b"trailer")
    chosen += [(trailer + i * 9, 0x01) for i in range(12)]
    startxref = pdf.rindex(b"startxref")
    chosen += [(p, 0x01) for p in range(startxref, len(pdf))]  # startxref, its offset, %%EOF
    chosen += [(p, 0x01) for p in range(8)]  # %PDF-1.x
    rest = 200 - len(chosen)
    chosen += [(i * (len(pdf) - 1) // (rest - 1), 0x01) for i in range(rest)]
    return chosen


def test_every_one_of_200_one_byte_changes_fails(genuine: bytes, data_dir: Path) -> None:
    positions = _positions(genuine)
    assert len(positions) == 200
    loaded = trust.load_trust(data_dir)
    assert verify_pdf(genuine, loaded).ok
    passed = []
    for position, xor in positions:
        changed = bytearray(genuine)
        changed[position] ^= xor
        result = verify_pdf(bytes(changed), loaded)
        if result.ok:
            passed.append((position, xor, genuine[position - 10 : position + 10]))
    assert passed == []


def test_a_hex_case_change_in_the_signature_is_the_same_cms_yet_fails(genuine: bytes) -> None:
    start = genuine.rindex(b"/Contents <") + len(b"/Contents <")
    position = next(p for p in range(start, start + 400) if genuine[p : p + 1].isalpha())
    changed = bytearray(genuine)
    changed[position] ^= 0x20  # "A" -> "a": the hex string decodes to the very same bytes
    _fails(verify_pdf(bytes(changed)), "sealing.verify.contents_changed")


# --- company roots ------------------------------------------------------------------------


def test_a_certificate_issued_by_an_installed_company_root_is_trusted_through_its_chain(
    tmp_path: Path,
) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    ca_key, ca = forgery.ca("cegecom s.a. — autorité de certification")
    key, leaf = forgery.leaf(ca_key, ca, "OfferDesk — portable JDU")
    pdf = render_pack(sample_model(signed=True)).pdf
    sealed = forgery.sign_with(pdf, key, leaf, REASON, chain=(ca,))
    _fails(verify_pdf(sealed, trust.load_trust(tmp_path)), UNKNOWN_SIGNER)  # root not installed
    (tmp_path / "source.cer").write_bytes(ca.public_bytes(Encoding.DER))
    info = trust.install_root(tmp_path / "source.cer", tmp_path)
    assert info.path.parent == tmp_path / trust.TRUST_DIR
    assert info.path.suffix == ".pem"
    result = verify_pdf(sealed, trust.load_trust(tmp_path))
    assert result.ok, result.message
    assert [r.subject for r in trust.list_roots(tmp_path)] == [info.subject]
    # a look-alike root (same name, another key) issuing a look-alike leaf: unknown
    fake_key, fake_ca = forgery.ca("cegecom s.a. — autorité de certification")
    key2, leaf2 = forgery.leaf(fake_key, fake_ca, "OfferDesk — portable JDU")
    forged = forgery.sign_with(pdf, key2, leaf2, REASON, chain=(fake_ca,))
    _fails(verify_pdf(forged, trust.load_trust(tmp_path)), UNKNOWN_SIGNER)
    trust.remove_root(info.path, tmp_path)
    _fails(verify_pdf(sealed, trust.load_trust(tmp_path)), UNKNOWN_SIGNER)


def test_an_end_entity_certificate_is_refused_as_a_root_and_bad_files_are_reported(tmp_path: Path) -> None:
    from cryptography.hazmat.primitives.serialization import Encoding

    ca_key, ca = forgery.ca("racine")
    _, leaf = forgery.leaf(ca_key, ca, "feuille")
    (tmp_path / "leaf.pem").write_bytes(leaf.public_bytes(Encoding.PEM))
    with pytest.raises(trust.TrustError) as refused:
        trust.install_root(tmp_path / "leaf.pem", tmp_path)
    assert refused.value.message == Message("sealing.trust.not_authority", {"path": tmp_path / "leaf.pem"})
    (tmp_path / "junk.pem").write_bytes(b"not a certificate")
    with pytest.raises(trust.TrustError) as refused:
        trust.install_root(tmp_path / "junk.pem", tmp_path)
    assert isinstance(refused.value.message, Message)
    assert refused.value.message.id == "sealing.trust.not_x509"
    assert str(refused.value).startswith(
        f"{tmp_path / 'junk.pem'} n'est pas un certificat X.509 (PEM ou DER) : "
    )
    folder = trust.trust_folder(tmp_path)
    folder.mkdir()
    (folder / "broken.crt").write_bytes(b"garbage")
    loaded = trust.load_trust(tmp_path)
    assert loaded.roots == ()
    assert loaded.problems[0].id == "sealing.trust.root_ignored"
    assert loaded.problems[0].params["path"] == folder / "broken.crt"
