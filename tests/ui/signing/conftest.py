"""Signing-mode tests run offscreen and write what they render under tests/_artifacts/screens."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

SCREENS = Path(__file__).resolve().parents[2] / "_artifacts" / "screens"


@pytest.fixture
def screens_dir() -> Path:
    SCREENS.mkdir(parents=True, exist_ok=True)
    return SCREENS
