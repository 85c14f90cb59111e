"""Every text a person can read in a window: labels, buttons, group boxes, tabs, headers and
cells, list and combo items, window titles, placeholders, suffixes, tooltips, actions, the
status bar; and the check that none of them is a French source text left untranslated."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

ROWS = 30  # cells read per view: enough for every kind of row the tour shows
_TAG = re.compile(r"<[^>]+>")


def _split(text: str) -> Iterator[str]:
    """The text, and each of its lines when it has several (texts joined by the code)."""
    if not text or not text.strip():
        return
    plain = _TAG.sub("", text) if "<" in text and ">" in text else text
    yield plain
    if "\n" in plain:
        yield from (line for line in plain.split("\n") if line.strip())


def texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of `top` and its children, shown or not yet shown."""
    widgets = [top, *top.findChildren(QWidget)]
    yield from (("title", t) for t in _split(top.windowTitle()))
    for widget in widgets:
        kind = type(widget).__name__
        yield from ((f"{kind} tooltip", t) for t in _split(widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton):
            yield from ((kind, t) for t in _split(widget.text()))
        elif isinstance(widget, QGroupBox):
            yield from ((kind, t) for t in _split(widget.title()))
        elif isinstance(widget, QLineEdit):
            yield from ((f"{kind} placeholder", t) for t in _split(widget.placeholderText()))
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            yield from ((f"{kind} placeholder", t) for t in _split(widget.placeholderText()))
            yield from ((kind, t) for t in _split(widget.toPlainText()))
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield from ((kind, t) for t in _split(widget.itemText(i)))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield from ((kind, t) for t in _split(widget.tabText(i)))
                yield from ((f"{kind} tooltip", t) for t in _split(widget.tabToolTip(i)))
        if isinstance(widget, QAbstractSpinBox):
            yield from ((f"{kind} special", t) for t in _split(widget.specialValueText()))
        if isinstance(widget, QSpinBox):
            yield from ((f"{kind} suffix", t) for t in _split(widget.suffix().strip()))
            yield from ((f"{kind} prefix", t) for t in _split(widget.prefix().strip()))
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QListWidget | QComboBox):
            yield from _model_texts(widget)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                item = widget.item(i)
                yield from ((kind, t) for t in _split(item.text()))
                yield from ((f"{kind} tooltip", t) for t in _split(item.toolTip()))
        if isinstance(widget, QMainWindow):
            yield from (("status bar", t) for t in _split(widget.statusBar().currentMessage()))
    for action in top.findChildren(QAction):
        yield from (("action", t) for t in _split(action.text()))
        yield from (("action tooltip", t) for t in _split(action.toolTip()))


def _model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    kind = type(model).__name__
    for column in range(model.columnCount()):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                yield from ((f"{kind} header", t) for t in _split(value))
        for row in range(min(ROWS, model.rowCount())):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    yield from ((f"{kind} cell", t) for t in _split(value))


def _pattern(source: str) -> re.Pattern[str] | None:
    """A source with placeholders ({0}, {name}, %n) as a pattern over its filled-in text, when
    its own words are long enough to tell it from another text."""
    parts = re.split(r"\{[^{}]*\}|%n|%\d", source)
    if len(parts) == 1 or sum(len(p.strip()) for p in parts) < 6:
        return None
    return re.compile("^" + ".+?".join(re.escape(p) for p in parts) + "$", re.DOTALL)


def untranslated(seen: list[tuple[str, str, str]], sources: dict[str, dict[str, str]]) -> list[str]:
    """Each (screen, where, text) that is a French source whose translation differs from it
    (an empty translation included: not translated yet), i.e. a text shown in French. A text
    with placeholders counts when it fits the source's pattern and none of its translations'."""
    french = {s: set(by_context.values()) for s, by_context in sources.items()}
    french = {s: t for s, t in french.items() if any(x != s for x in t)}
    patterns = [
        (s, p, [q for x in t if x and (q := _pattern(x)) is not None])
        for s, t in french.items()
        if (p := _pattern(s)) is not None
    ]
    found: dict[str, set[str]] = {}  # one line per text, naming the screens it is on
    for screen, where, text in seen:
        if text in french:
            found.setdefault(f"{where}: {text!r}", set()).add(screen)
            continue
        for source, pattern, translated in patterns:
            if pattern.match(text) and not any(q.match(text) for q in translated):
                found.setdefault(f"{where}: {text!r} (from {source!r})", set()).add(screen)
                break
    return sorted(f"{', '.join(sorted(screens))} · {line}" for line, screens in found.items())
