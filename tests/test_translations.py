"""The pipeline from a string in the code to a German word on screen."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.domain.i18n import set_translator, tr
from desktop_app.views.common.language import chosen_language, install_translations

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "packaging/translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)


def test_the_desktops_first_offered_language_wins_and_english_stays_english():
    assert chosen_language(["de-DE", "en-US"]) == "de"
    assert chosen_language(["de_AT"]) == "de"
    assert chosen_language(["en-GB", "de-DE"]) == "en"
    assert chosen_language(["fr-FR", "de-CH", "en"]) == "de"  # no French: the next one
    assert chosen_language(["fr-FR", "ja-JP"]) == "en"
    assert chosen_language([]) == "en"
    assert chosen_language(["de-DE"], override="en") == "en"  # TICKLER_LANGUAGE=en
    assert chosen_language(["en-US"], override="de") == "de"


def test_without_a_translator_words_and_counts_read_in_english():
    set_translator(None)
    assert tr("Save") == "Save"
    assert tr("%n touch(es) due", None, 3) == "3 touches due"
    assert tr("%n touch(es) due", None, 1) == "1 touch due"
    assert tr("%n call(s), %n left", None, 0) == "0 calls, 0 left"


def test_every_string_in_the_code_is_in_the_translation_files(tmp_path):
    """A new tr("…") without `packaging/translations.py update` fails here: the strings
    lupdate finds in the code now are exactly the ones the committed .ts files hold."""
    fresh = tmp_path / "i18n"
    shutil.copytree(translations.I18N, fresh)
    translations.update(fresh)
    for language in translations.LANGUAGES:
        assert translations.messages(language, fresh) == translations.messages(language)


def test_every_string_has_a_german_translation():
    assert translations.unfinished("de") == {}


def test_every_count_is_a_plural_message():
    """``tr("%n call(s)", n=count)`` by keyword hides the count from lupdate: the message is
    then not a plural one and German shows "1 Anrufe". Counts go third, by position."""
    import xml.etree.ElementTree as ET

    for path in sorted((translations.I18N / "de").glob("*.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            source = message.findtext("source", "")
            if "%n" in source:
                assert message.get("numerus") == "yes", (
                    f"{path.name}: {source!r} is not a plural message: "
                    "write tr(TEXT, None, count)")


def test_one_english_string_reads_the_same_in_every_part():
    """Every part shares one context, so lrelease keeps one translation of a string found in
    two parts: they must agree, or which one the rep sees is left to chance."""
    import xml.etree.ElementTree as ET

    seen: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}
    for path in sorted((translations.I18N / "de").glob("*.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            key = (message.findtext("source", ""), message.findtext("comment", ""))
            node = message.find("translation")
            forms = tuple((f.text or "") for f in node.iter("numerusform")) or (
                node.text or "",)
            if key in seen:
                first, first_forms = seen[key]
                assert forms == first_forms, (
                    f"{key[0]!r} reads {first_forms} in {first} but {forms} in {path.name}")
            else:
                seen[key] = (path.name, forms)


def test_the_shipped_translation_is_built_from_the_ts_files(tmp_path):
    fresh = tmp_path / "i18n"
    shutil.copytree(translations.I18N, fresh)
    translations.release(fresh)
    for language in translations.LANGUAGES:
        name = f"tickler_{language}.qm"
        assert (fresh / name).read_bytes() == (translations.I18N / name).read_bytes(), (
            "run: python packaging/translations.py release")




def test_a_german_desktop_gets_qts_own_words_in_german(german, qtbot):
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text() == "Abbrechen"


def test_an_english_desktop_loads_no_translation(qapp):
    assert install_translations(qapp, "en") == "en"
    assert tr("Save") == "Save"


def test_the_screen_walk_finds_words_that_skipped_translation(qtbot):
    """The check every screen's translation test uses (tests/i18n_probe.py) catches a
    string that never went through tr(), and lets data and translated words pass."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    from tests.i18n_probe import data_words, pseudo_translation, untranslated

    with pseudo_translation():
        page = QWidget()
        qtbot.addWidget(page)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("Call {name} back").format(name="Maria Okafor")))
        layout.addWidget(QPushButton(tr("&Save")))
        layout.addWidget(QLabel("Nobody translated me"))
        page.setWindowTitle(tr("Profile"))
        page.show()
        found = untranslated(page, data_words(extra=["Maria Okafor"]))
    assert found == ["QLabel label: 'Nobody translated me'"]
