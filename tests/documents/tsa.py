"""A local time-stamping authority for the tests: its own root CA and TSA certificate
(cryptography), tokens signed in-process by pyHanko's DummyTimeStamper, and the same TSA served
over HTTP on localhost (RFC 3161 over HTTP, application/timestamp-query -> -reply)."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "TSA de test")])  # fmt: skip


def _certificate(
    cn: str, key: Any, issuer: x509.Certificate | None, issuer_key: Any, ca: bool
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(issuer.subject if issuer is not None else _name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=not ca,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
    )
    if issuer_key is not key:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False
        )
    if not ca:
        stamping = x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING])
        builder = builder.add_extension(stamping, critical=True)
    return builder.sign(issuer_key, hashes.SHA256())


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


@dataclass
class LocalTsa:
    """A root CA and the TSA certificate it issued (pyHanko's dummy TSA signs with RSA only)."""

    name: str = "Autorité d'horodatage de test"
    root: asn1_x509.Certificate = field(init=False)
    cert: asn1_x509.Certificate = field(init=False)
    key: asn1_keys.PrivateKeyInfo = field(init=False)
    root_pem: bytes = field(init=False)

    def __post_init__(self) -> None:
        root_key = rsa.generate_private_key(65537, 2048)
        root = _certificate(f"{self.name} — racine", root_key, None, root_key, ca=True)
        key = rsa.generate_private_key(65537, 2048)
        cert = _certificate(self.name, key, root, root_key, ca=False)
        self.root, self.cert = _asn1(root), _asn1(cert)
        self.root_pem = root.public_bytes(serialization.Encoding.PEM)
        der = key.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        self.key = asn1_keys.PrivateKeyInfo.load(der)

    def timestamper(self, _url: str = "") -> Any:
        """pyHanko's in-process TSA signing with this certificate (the root embedded)."""
        from pyhanko.sign.timestamps import DummyTimeStamper
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        embedded = SimpleCertificateStore.from_certs([self.root])
        return DummyTimeStamper(tsa_cert=self.cert, tsa_key=self.key, certs_to_embed=embedded)


@dataclass
class HttpTsa:
    """The TSA on http://127.0.0.1:PORT/tsa; `down` makes it answer 503, `answer` overrides
    the response body (a malformed or foreign token); `requests` counts what came in."""

    tsa: LocalTsa
    url: str = ""
    down: bool = False
    answer: bytes | None = None
    requests: int = 0


@contextmanager
def serve(tsa: LocalTsa) -> Iterator[HttpTsa]:
    state = HttpTsa(tsa)
    stamper = tsa.timestamper()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            state.requests += 1
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            if state.down:
                self.send_error(503, "TSA en maintenance")
                return
            if self.headers.get("Content-Type") != "application/timestamp-query":
                self.send_error(400, "not a timestamp query")
                return
            reply = state.answer
            if reply is None:
                reply = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}/tsa"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
