"""Signing mode: the signature pad, the client-facing signing view and exact printing of a pack.

Public entry points (import them from their modules so Qt loads only when needed):
- `services_backend`: SigningMode(backend, dialogs) — what the main window calls:
  `.sign(parent, offer_id) -> bool` (full-screen signing mode) and `.print_offer(parent, offer_id)`;
  ServicesSigningBackend(store) — the SigningBackend over desktop.services.
- `signing_view`: SigningDialog (`SigningDialog.run(parent, backend, offer_id, dialogs=...)`
  -> SignedPack | None; signal `signed(SignedPack)`).
- `signature_pad`: SignaturePad / SignatureCanvas (mouse, touch, pen), render_signature, signature_png.
- `printing`: print_pack(parent, pdf_bytes, copies=2) -> PrintJob | None (CUPS: the PDF itself
  to `lp`; elsewhere whole-page images in a worker), print_pdf(document, printer), load_pdf(bytes).
- `print_dialog`: CupsPrintDialog (printer, copies, two-sided, pages 1 to N).
- `ports`: SigningBackend, SigningContext, SigningRequest, SignedPack, PackPdf, ClientSize.
- `dialogs`: SigningDialogs, the one seam for message, file and print dialogs.

Rules kept here: the CGV acceptance and the art. 15 waiver are both required to sign (the
application produces no contract summary); the client-size declaration must match the size
recorded on the presented offer (it is printed on the pack the client read), otherwise the
signature is refused with a message asking for a new revision.
"""
