"""The signature pad records what a hand draws as exact integer data, and refuses a scribble."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest

from desktop.domain.signature import Point, PointerKind, SignatureCapture, Stroke
from desktop.ui.signing.signature_pad import SignaturePad, render_signature, signature_png
from tests.ui.signing.strokes import make_pen, mouse_stroke, pen_stroke, signature_strokes

DPI = 100.0  # 1 px = 25.4 mm / 100 = 25.4 hundredths of a millimetre


@pytest.fixture
def pad(qtbot) -> SignaturePad:
    widget = SignaturePad("Signature du client", dots_per_inch=DPI)
    qtbot.addWidget(widget)
    widget.resize(700, 320)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def ink_pixels(image: QImage) -> int:
    """Pixels clearly darker than the white pad (the ink), counted on a coarse grid."""
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if c.alpha() > 0 and c.blue() < 150 and c.red() < 100:
                count += 1
    return count


def test_mouse_stroke_is_recorded_in_hundredths_of_mm_with_times(qtbot, pad: SignaturePad) -> None:
    canvas = pad.canvas
    with qtbot.waitSignal(pad.changed):
        mouse_stroke(canvas, [(50, 100), (100, 100), (150, 120), (200, 120)], step_ms=20)
    capture = pad.capture()
    assert capture is not None
    assert capture.pointer is PointerKind.MOUSE
    assert len(capture.strokes) == 1
    points = capture.strokes[0].points
    assert [(p.x, p.y) for p in points] == [(1270, 2540), (2540, 2540), (3810, 3048), (5080, 3048)]
    assert all(p.pressure == 1000 for p in points)
    times = [p.t_ms for p in points]
    assert times[0] == 0
    assert times == sorted(times)
    assert times[-1] - times[1] == 40  # QTest's own event clock: 20 ms between the later events
    # The pad's size in the same units: the canvas' pixels x 25.4
    assert capture.width == round(canvas.width() * 25.4)
    assert capture.height == round(canvas.height() * 25.4)


def test_pen_pressure_and_timestamps_come_from_tablet_events(qtbot, pad: SignaturePad) -> None:
    pen = make_pen()
    pen_stroke(
        pad.canvas,
        pen,
        [(300, 50, 0.2, 5000), (350, 60, 0.55, 5016), (400, 70, 0.9, 5032), (420, 75, 0.0, 5040)],
    )
    capture = pad.capture()
    assert capture is not None
    assert capture.pointer is PointerKind.PEN
    (stroke,) = capture.strokes
    assert stroke.points == (
        Point(7620, 1270, 0, 200),
        Point(8890, 1524, 16, 550),
        Point(10160, 1778, 32, 900),
        Point(10668, 1905, 40, 900),  # the release reports 0: the last real pressure is kept
    )


def test_touch_sequence_records_a_touch_stroke(qtbot, pad: SignaturePad) -> None:
    canvas = pad.canvas
    device = QTest.createTouchDevice()
    QTest.touchEvent(canvas, device).press(0, QPoint(50, 200), canvas).commit()
    QTest.touchEvent(canvas, device).move(0, QPoint(100, 210), canvas).commit()
    QTest.touchEvent(canvas, device).move(0, QPoint(160, 205), canvas).commit()
    QTest.touchEvent(canvas, device).release(0, QPoint(220, 190), canvas).commit()
    capture = pad.capture()
    assert capture is not None
    assert capture.pointer is PointerKind.TOUCH
    (stroke,) = capture.strokes
    assert [(p.x, p.y) for p in stroke.points] == [(1270, 5080), (2540, 5334), (4064, 5207), (5588, 4826)]
    assert all(p.pressure == 1000 for p in stroke.points)  # this touch screen reports no pressure


def test_points_outside_the_pad_are_clamped_to_its_edge(qtbot, pad: SignaturePad) -> None:
    canvas = pad.canvas
    mouse_stroke(canvas, [(50, 50), (-40, 50), (canvas.width() + 90, canvas.height() + 90)])
    capture = pad.capture()
    assert capture is not None
    xs = [p.x for p in capture.strokes[0].points]
    ys = [p.y for p in capture.strokes[0].points]
    assert min(xs) == 0
    assert max(xs) == capture.width
    assert max(ys) == capture.height


def test_too_little_ink_is_refused_with_a_message(qtbot, pad: SignaturePad) -> None:
    assert pad.check() is None
    assert "Aucune signature" in pad.message.text()
    mouse_stroke(pad.canvas, [(100, 100), (130, 104)])  # about 7.6 mm of ink: a slip
    assert not pad.is_enough_ink()
    assert pad.check() is None
    assert pad.message.isVisible()
    assert "trop courte" in pad.message.text()
    assert "30 mm" in pad.message.text()
    signature_strokes(pad.canvas)
    capture = pad.check()
    assert capture is not None
    assert capture.is_enough_ink()
    assert not pad.message.isVisible()


def test_undo_removes_the_last_stroke_and_clear_removes_all(qtbot, pad: SignaturePad) -> None:
    assert not pad.undo_button.isEnabled()
    assert not pad.clear_button.isEnabled()
    mouse_stroke(pad.canvas, [(50, 100), (300, 110)])
    mouse_stroke(pad.canvas, [(60, 150), (320, 160)])
    mouse_stroke(pad.canvas, [(70, 200), (340, 210)])
    assert pad.undo_button.isEnabled()
    first_two = pad.capture().strokes[:2]  # type: ignore[union-attr]
    with qtbot.waitSignal(pad.changed):
        qtbot.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)
    assert pad.capture().strokes == first_two  # type: ignore[union-attr]
    with qtbot.waitSignal(pad.changed):
        qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.capture() is None
    assert pad.is_empty()
    assert not pad.undo_button.isEnabled()
    # After a clear the clock restarts: a new signature starts at t = 0
    mouse_stroke(pad.canvas, [(50, 100), (300, 110)])
    assert pad.capture().strokes[0].points[0].t_ms == 0  # type: ignore[union-attr]


def test_keyboard_undo_and_clear_and_buttons_take_focus(qtbot, pad: SignaturePad) -> None:
    mouse_stroke(pad.canvas, [(50, 100), (300, 110)])
    mouse_stroke(pad.canvas, [(60, 150), (320, 160)])
    pad.canvas.setFocus()
    QTest.keyClick(pad.canvas, Qt.Key.Key_Backspace)
    assert len(pad.capture().strokes) == 1  # type: ignore[union-attr]
    QTest.keyClick(pad.canvas, Qt.Key.Key_Delete)
    assert pad.is_empty()
    assert pad.undo_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert pad.clear_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "&" in pad.undo_button.text()  # a mnemonic (Alt+letter)


def test_mouse_events_made_up_from_touch_are_not_counted_twice(qtbot, pad: SignaturePad) -> None:
    canvas = pad.canvas
    device = QTest.createTouchDevice()
    QTest.touchEvent(canvas, device).press(0, QPoint(50, 200), canvas).commit()
    QTest.touchEvent(canvas, device).release(0, QPoint(250, 200), canvas).commit()
    capture = pad.capture()
    assert capture is not None
    assert len(capture.strokes) == 1


def test_the_pad_paints_the_strokes_it_recorded(qtbot, pad: SignaturePad, screens_dir: Path) -> None:
    before = ink_pixels(pad.canvas.grab().toImage())
    signature_strokes(pad.canvas)
    pen_stroke(
        pad.canvas,
        make_pen(),
        [(420 + i * 8, 120 + (i % 3) * 9, 0.2 + i * 0.05, 100 + i * 10) for i in range(14)],
    )
    image = pad.grab().toImage()
    image.save(str(screens_dir / "signature_pad.png"))
    after = ink_pixels(pad.canvas.grab().toImage())
    assert before == 0
    assert after > 150


def sample_capture() -> SignatureCapture:
    return SignatureCapture(
        strokes=(
            Stroke(tuple(Point(1000 + i * 300, 2000 + (i % 2) * 600, i * 10, 1000) for i in range(20))),
            Stroke((Point(900, 3000, 300, 800), Point(7000, 2800, 400, 600))),
        ),
        width=15000,
        height=6000,
        pointer=PointerKind.MOUSE,
    )


def test_render_signature_crops_to_the_ink_at_its_real_size() -> None:
    capture = sample_capture()
    image = render_signature(capture, dots_per_inch=254.0)  # 1 unit = 0.1 px
    # ink box 900..7000 x 2000..3000 units, plus 2.8 mm each side -> 6660 x 1560 units
    assert (image.width(), image.height()) == (666, 156)
    assert ink_pixels(image) > 200
    assert image.pixelColor(0, 0).alpha() == 0  # transparent background


def test_render_signature_fits_a_requested_size_and_png_encodes() -> None:
    capture = sample_capture()
    image = render_signature(capture, QSize(300, 120), crop=False, background=QColor("white"))
    assert image.size() == QSize(300, 120)
    assert image.pixelColor(0, 0) == QColor("white")
    assert ink_pixels(image) > 50
    data = signature_png(capture, QSize(300, 120))
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    decoded = QImage.fromData(data, "PNG")
    assert decoded.size() == QSize(300, 120)
