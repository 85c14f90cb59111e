"""Defects a new user met: "Champ obligatoire" before anything was typed, 15/12/2026 shown as
15/12/1, the category list opening shifted (the next click picked the wrong category) with
names wrapping, and Qt's own dialogs in English."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QLibraryInfo, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QPushButton

from desktop.ui.app import install_translations
from desktop.ui.dates import DateEdit
from desktop.ui.dialogs import date_dialog
from desktop.ui.editor.client_panel import ClientPanel
from desktop.ui.editor.offer_editor import OfferEditor
from desktop.ui.fit import PlainComboBox


def test_required_is_said_only_once_touched_or_on_submit(qtbot, backend) -> None:
    panel = ClientPanel(backend)
    qtbot.addWidget(panel)
    panel.show()
    panel.new_button.click()
    form = panel.form
    assert not form.legal_name.message.isVisible()  # nothing typed yet: no red
    assert form.create_button.isEnabled()
    form.create_button.click()  # submit: now it says what is missing
    assert form.isVisible()
    assert form.legal_name.message.isVisible()
    assert form.legal_name.message.text() == "Champ obligatoire"
    assert not form.create_button.isEnabled()
    qtbot.keyClicks(form.legal_name.edit, "Cafe Lentz")
    assert not form.legal_name.message.isVisible()
    assert form.create_button.isEnabled()
    form.legal_name.edit.selectAll()
    qtbot.keyClick(form.legal_name.edit, Qt.Key.Key_Delete)  # touched, then emptied
    assert form.legal_name.message.text() == "Champ obligatoire"


def type_date(qtbot, edit: DateEdit, text: str) -> None:
    edit.setFocus()
    edit.setSelectedSection(DateEdit.Section.DaySection)
    for char in text:
        qtbot.keyClicks(edit, char)


def test_a_date_is_taken_as_typed(qtbot) -> None:
    edit = DateEdit(QDate(2026, 12, 31))
    qtbot.addWidget(edit)
    edit.show()
    type_date(qtbot, edit, "15/12/2026")
    assert edit.text() == "15/12/2026"
    assert edit.date() == QDate(2026, 12, 15)
    type_date(qtbot, edit, "03.04.2027")
    assert edit.date() == QDate(2027, 4, 3)
    type_date(qtbot, edit, "07082027")  # no separators at all
    assert edit.date() == QDate(2027, 8, 7)


def test_the_offer_validity_is_taken_as_typed_in_the_editor(qtbot, backend, dialogs) -> None:
    editor = OfferEditor(backend, dialogs)
    qtbot.addWidget(editor, before_close_func=lambda e: e.undo_stack.setClean())
    editor.show()
    edit = editor.terms.validity
    type_date(qtbot, edit, "15/12/2026")
    assert edit.text() == "15/12/2026"
    assert editor.draft.validity_date == dt.date(2026, 12, 15)


def test_the_category_list_opens_below_its_box_one_line_per_name(qtbot, backend, dialogs) -> None:
    editor = OfferEditor(backend, dialogs)
    qtbot.addWidget(editor)
    editor.resize(1300, 700)
    editor.show()
    qtbot.waitExposed(editor)
    combo = editor.category
    combo.addItem("Une catégorie au nom vraiment très long pour la liste", "long")
    combo.setCurrentIndex(2)  # Fusion's own popup put this entry over the box: shifted
    combo.showPopup()
    qtbot.waitUntil(lambda: combo.view().isVisible())
    popup = combo.view().window().geometry()
    view_width = combo.view().viewport().width()
    combo.hidePopup()
    QApplication.processEvents()
    below = combo.mapToGlobal(combo.rect().bottomLeft())
    assert abs(popup.top() - below.y()) <= 3  # opens right below the box, not shifted up
    assert abs(popup.left() - below.x()) <= 3
    assert combo.view().wordWrap() is False
    longest = combo.view().fontMetrics().horizontalAdvance(combo.itemText(combo.count() - 1))
    assert view_width >= longest  # whole names, on one line


def test_every_combo_uses_the_plain_popup(qtbot, backend, dialogs) -> None:
    editor = OfferEditor(backend, dialogs)
    qtbot.addWidget(editor)
    for combo in (
        editor.category,
        editor.terms.engagement,
        editor.terms.client_size,
        editor.client_panel.site,
    ):
        assert isinstance(combo, PlainComboBox)
        assert "combobox-popup: 0" in combo.styleSheet()


def test_qt_dialogs_speak_french(qtbot) -> None:

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translators = install_translations(app, "fr")
    try:
        assert any(t.filePath().endswith("qtbase_fr.qm") for t in translators), folder
        assert (Path(folder) / "qtbase_fr.qm").is_file()  # what installer/bundle_filter.py keeps
        # our own texts stay as they are (a translator answering "" would blank them all)
        assert QApplication.translate("MainWindow", "Catalogue {0}") == "Catalogue {0}"
        files = QFileDialog(None, "Choisir")
        files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(files)
        labels = {label.text() for label in files.findChildren(QLabel)}
        assert "Regarder &dans\u00a0:" in labels, labels  # qtbase_fr lacks these three
        assert "&Type de fichier\u00a0:" in labels, labels
        assert not {"&Look in:", "Files of &type:"} & labels
        printing = QPrintDialog(QPrinter())
        qtbot.addWidget(printing)
        print_labels = {label.text() for label in printing.findChildren(QLabel)}
        assert "&Jeu de pages\u00a0:" in print_labels, print_labels
        assert "Page &Set:" not in print_labels
        texts = {b.text() for b in files.findChildren(QPushButton)}
        assert "&Ouvrir" in texts or "Ouvrir" in texts, texts
        assert "Annuler" in texts or "&Annuler" in texts, texts
        dialog = date_dialog(None, "Date", "Date", dt.date(2026, 1, 1))
        qtbot.addWidget(dialog)
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def _dialog_texts(qtbot) -> set[str]:
    """Every label, button and group title of Qt's own file and print dialogs."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox

    files = QFileDialog(None, "x")
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    printing = QPrintDialog(QPrinter())
    texts: set[str] = set()
    for dialog in (files, printing):
        qtbot.addWidget(dialog)
        texts |= {w.text() for w in dialog.findChildren(QLabel)}
        texts |= {w.text() for w in dialog.findChildren(QAbstractButton)}
        texts |= {w.title() for w in dialog.findChildren(QGroupBox)}
    return {t for t in texts if t.strip(" .:&")}


def test_qt_dialogs_speak_german_and_english(qtbot, interface) -> None:
    """qtbase_de translates every label of the file and print dialogs (no gaps to fill as in
    French); in English they are Qt's own words; the locale follows the language."""
    from PySide6.QtCore import QLocale

    from desktop import i18n

    english = _dialog_texts(qtbot)  # Qt's source text (no translator installed)
    assert {"&Look in:", "Files of &type:", "Page &Set:"} <= english
    interface("de")
    assert i18n.current_language() == "de"
    assert QLocale().name() == "de_LU"
    german = _dialog_texts(qtbot)
    assert {"&Suchen in:", "Dateien des &Typs:", "Seiten-&Satz:", "Abbrechen"} <= german, german
    same = english & german  # words German and English share
    assert same <= {"&Name:", "Name:"}, same
    interface("en")
    assert (i18n.current_language(), QLocale().name()) == ("en", "en_150")
    assert _dialog_texts(qtbot) == english
