"""Forgeries of a sealed pack, made with pypdf and pyHanko the way a forger holding only the
PDF would: incremental updates (annotation, overlay, replaced page or content, /Info, XMP),
extra signatures, and re-seals with a look-alike certificate (same subject, self-signed)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText
from pypdf.generic import ContentStream, NameObject

from desktop.documents import seal
from desktop.documents.pack import render_pack
from tests.documents import fixtures


def _incremental(pdf: bytes, change: Callable[[PdfWriter], None]) -> bytes:
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    change(writer)
    out = io.BytesIO()
    writer.write(out)
    data = out.getvalue()
    assert data.startswith(pdf), "an incremental update keeps the signed bytes"
    return data


def add_annotation(pdf: bytes) -> bytes:
    note = FreeText(text="Remise exceptionnelle : 100 €", rect=(50, 700, 300, 730))
    return _incremental(pdf, lambda w: w.add_annotation(page_number=0, annotation=note))


def overlay(pdf: bytes) -> bytes:
    """A content stream drawn over page 1: a white box and another figure on top."""

    from pypdf.generic import DictionaryObject

    def change(writer: PdfWriter) -> None:
        page = writer.pages[0]
        stream = ContentStream(None, writer)
        drawn = b"q 1 1 1 rg 300 500 120 14 re f Q BT /FX 9 Tf 300 503 Td (149,00 EUR) Tj ET"
        stream.set_data(page.get_contents().get_data() + b"\n" + drawn)
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        resources = page["/Resources"].get_object()
        resources["/Font"].get_object()[NameObject("/FX")] = writer._add_object(font)
        page.replace_contents(stream)

    return _incremental(pdf, change)


def altered_pdf(monthly: str = "149.00", signed: bool = True) -> bytes:
    """The same pack rendered with the first line at another monthly price (249,00 -> 149,00)."""
    original = fixtures.LINES
    first = list(original[0])
    first[3] = monthly
    fixtures.LINES = (tuple(first), *original[1:])  # type: ignore[assignment]
    try:
        return render_pack(fixtures.sample_model(signed=signed)).pdf
    finally:
        fixtures.LINES = original


def replace_page(pdf: bytes, other: bytes) -> bytes:
    """Page 1 swapped for page 1 of another rendering."""
    source = PdfReader(io.BytesIO(other))

    def change(writer: PdfWriter) -> None:
        writer.insert_page(source.pages[0], 0)
        writer.remove_page(1)

    return _incremental(pdf, change)


def replace_content(pdf: bytes, other: bytes) -> bytes:
    """Page 1's content stream replaced by the other rendering's (same fonts, one figure changed)."""
    source = PdfReader(io.BytesIO(other)).pages[0]

    def change(writer: PdfWriter) -> None:
        page = writer.pages[0]
        page.replace_contents(ContentStream(source.get_contents(), writer))
        page[NameObject("/Resources")] = source["/Resources"].clone(writer)

    return _incremental(pdf, change)


def change_info(pdf: bytes, keywords: str) -> bytes:
    return _incremental(pdf, lambda w: w.add_metadata({"/Keywords": keywords, "/Title": "Contrat modifié"}))


def change_xmp(pdf: bytes) -> bytes:
    from pypdf.generic import DecodedStreamObject

    def change(writer: PdfWriter) -> None:
        xmp = DecodedStreamObject()
        xmp.set_data(
            b'<?xpacket begin=""?><x:xmpmeta xmlns:x="adobe:ns:meta/"></x:xmpmeta><?xpacket end="w"?>'
        )
        xmp[NameObject("/Type")] = NameObject("/Metadata")
        xmp[NameObject("/Subtype")] = NameObject("/XML")
        writer._root_object[NameObject("/Metadata")] = writer._add_object(xmp)

    return _incremental(pdf, change)


def asn1(der: bytes) -> Any:
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(der)


def lookalike(subject_of: Any) -> tuple[Any, Any]:
    """(key, certificate): self-signed, with exactly the subject of `subject_of` (asn1crypto)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec

    name = x509.load_der_x509_certificate(subject_of.dump()).subject  # the very same bytes
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return key, cert


def sign_with(
    pdf: bytes, key: Any, cert: Any, reason: str, field: str = seal.FIELD_NAME, chain: tuple = ()
) -> bytes:
    """Seal `pdf` as OfferDesk does (same field, PAdES), with any key and certificate."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER)),
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
        ),
        cert_registry=SimpleCertificateStore.from_certs(
            [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in chain]
        ),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES, reason=reason
    )
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=signer).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(pdf)), output=out, bytes_reserved=seal.RESERVED
    )
    return out.getvalue()


def ca(name: str) -> tuple[Any, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def leaf(ca_key: Any, ca_cert: Any, name: str) -> tuple[Any, Any]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert
