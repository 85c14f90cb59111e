"""Touch screens: lists and tables scroll with a finger (kinetic scrolling), like a tablet."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QScroller


def enable_touch_scrolling(*views: QAbstractItemView | QAbstractScrollArea) -> None:
    """Flick to scroll on touch screens; a mouse keeps selecting and dragging as usual."""
    for view in views:
        QScroller.grabGesture(view.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        if isinstance(view, QAbstractItemView):
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
