"""Signing mode: the signature pad, the client-facing signing view and exact printing of a pack.

Public entry points (import them from their modules so Qt loads only when needed):
- `desktop.ui.signing.signature_pad`: SignaturePad, SignatureCanvas, render_signature, signature_png
- `desktop.ui.signing.signing_view`: SigningDialog
- `desktop.ui.signing.printing`: print_pdf
- `desktop.ui.signing.ports`: what the signing view needs from the services (SigningBackend)
- `desktop.ui.signing.dialogs`: the one seam for file, print and message dialogs
"""
