"""The contract pack: offer pages, CGV, evidence page (ReportLab), sealing and verifying (pyHanko)."""
