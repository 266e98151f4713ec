"""Interface language: our English catalogue and Qt's own translations are installed per setting."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from conftest import cli_env
from signaaltracker.ui.i18n import LANGUAGES, Translations, language_from_settings, normalized_language

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "resources" / "translations" / "signaaltracker_en.ts"
QM = REPO / "resources" / "translations" / "signaaltracker_en.qm"


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    return box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")


@pytest.fixture
def translations(qapp, dutch_interface):
    dutch_interface.remove()  # the session's own translators, so only this fixture's count
    t = Translations(qapp)
    yield t
    t.remove()
    dutch_interface.apply("nl")


def test_english_translates_our_strings_and_dutch_is_the_source(translations):
    assert translations.apply("en") == "en"
    assert translations.missing == []
    assert QCoreApplication.translate("app", "Database al geopend") == "Database already open"
    assert QCoreApplication.translate("app", "Demodatabase aangemaakt in {path}").format(path="x") == (
        "Demo database created in x"
    )
    assert cancel_text() == "Cancel"
    assert translations.apply("nl") == "nl"
    assert translations.missing == []
    assert QCoreApplication.translate("app", "Database al geopend") == "Database al geopend"
    assert cancel_text() == "Annuleren"  # Qt's own standard buttons follow the chosen language


def test_remove_uninstalls_every_translator(translations):
    translations.apply("nl")
    assert cancel_text() == "Annuleren"
    translations.remove()
    assert cancel_text() == "Cancel"
    assert translations.language is None


@pytest.mark.parametrize(
    ("stored", "expected"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en_GB", "en"),
        ("en-US", "en"),
        ("nl_NL", "nl"),
        ("de", "nl"),
        ("", "nl"),
        (None, "nl"),
        (3, "nl"),
    ],
)
def test_stored_language_values_are_normalized(stored, expected):
    assert normalized_language(stored) == expected


def test_language_comes_from_the_database_settings(store):
    assert language_from_settings(store.settings) == "nl"
    store.settings.set("ui.language", "en")
    assert language_from_settings(store.settings) == "en"
    assert set(LANGUAGES) == {"nl", "en"}


def ts_messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS).getroot()
    assert root.get("sourcelanguage") == "nl_NL"
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_english_entry_is_translated_and_compiled(qapp):
    messages = ts_messages()
    assert messages, "the .ts file holds no messages"
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, source, translation in messages:
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        assert translation.get("type") != "unfinished", f"untranslated: {source!r}; translate it in {TS.name}"
        forms = [form.text for form in translation.iter("numerusform")]
        if forms:  # a plural: English has two forms, one and other
            assert len(forms) == 2 and all(forms), source
            assert translator.translate(context, source, None, 1) == forms[0], f"{QM.name} is stale"
            assert translator.translate(context, source, None, 2) == forms[1], f"{QM.name} is stale"
            continue
        assert translation.text, source
        assert translator.translate(context, source) == translation.text, f"{QM.name} is stale; run make translations"


def test_plural_forms_and_numbers_follow_the_interface_language(translations):
    from signaaltracker.ui.i18n import number, tr

    translations.apply("nl")
    assert [tr("%Ln signalen", None, n) for n in (0, 1, 2)] == ["0 signalen", "1 signaal", "2 signalen"]
    assert tr("%Ln signalen", None, 12345) == "12.345 signalen"
    assert tr("%Ln regels in de audittrail{shown}.", None, 1).format(shown="") == "1 regel in de audittrail."
    assert number(1234567) == "1.234.567"
    translations.apply("en")
    assert [tr("%Ln signalen", None, n) for n in (1, 2)] == ["1 signal", "2 signals"]
    assert tr("%Ln signalen", None, 12345) == "12,345 signals"  # no Dutch separators in the English interface
    assert number(1234567) == "1,234,567"


def test_the_dutch_catalogue_holds_every_plural_form_and_is_compiled(qapp, tmp_path):
    ts = TS.with_name("signaaltracker_nl.ts")
    root = ET.parse(ts).getroot()
    messages = list(root.iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)
    translator = QTranslator()
    assert translator.load(str(ts.with_suffix(".qm")))
    for message in messages:
        forms = [f.text for f in message.iter("numerusform")]
        assert len(forms) == 2 and translator.translate("", message.findtext("source"), None, 1) == forms[0]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if lupdate.exists():  # every plural in the code has its Dutch forms (else Dutch would say "1 signalen")
        fresh = tmp_path / "fresh_nl.ts"
        sources = sorted(str(p) for p in (REPO / "src" / "signaaltracker" / "ui").rglob("*.py"))
        subprocess.run(
            [
                str(lupdate),
                *sources,
                "-pluralonly",
                "-source-language",
                "nl_NL",
                "-target-language",
                "nl_NL",
                "-locations",
                "none",
                "-silent",
                "-ts",
                str(fresh),
            ],
            check=True,
            capture_output=True,
        )
        in_code = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
        missing = in_code - {m.findtext("source") for m in messages}
        assert not missing, f"run `make translations` and give the Dutch forms: {sorted(missing)}"


def test_translation_catalogue_holds_every_string_of_the_ui(tmp_path):
    """A tr()/translate() string added to ui/ without `make translations` fails here."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
        if lupdate is None:
            pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh_en.ts"
    sources = sorted(str(p) for p in (REPO / "src" / "signaaltracker" / "ui").rglob("*.py"))
    subprocess.run(
        [
            str(lupdate),
            *sources,
            "-source-language",
            "nl_NL",
            "-target-language",
            "en_GB",
            "-locations",
            "none",
            "-silent",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
    )
    in_code = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    in_catalogue = {(context, source) for context, source, _ in ts_messages()}
    missing = in_code - in_catalogue
    assert not missing, f"run `make translations` and translate: {sorted(missing)}"


def test_gui_starts_in_each_language_without_translation_warnings(run_cli, demo_path, tmp_path):
    from signaaltracker.store import open_store

    state = tmp_path / "state"
    env = {"HOME": str(tmp_path), "XDG_STATE_HOME": str(state), "XDG_DATA_HOME": str(tmp_path / "data")}
    for language in ("en", "nl"):
        store = open_store(demo_path)
        store.settings.set("ui.language", language)
        store.close()
        result = run_cli("--db", demo_path, "--exit-after-first-paint", **env)
        assert result.returncode == 0, result.stderr
    logs = list(state.rglob("signaaltracker.log"))
    assert logs, "the GUI wrote no log in the user log folder"
    assert "translation" not in logs[0].read_text()


def test_app_icon_and_desktop_name_are_set_on_start(demo_path, tmp_path):
    """Runs the real start-up in its own process (an in-process app.exec() would leave state behind)."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from signaaltracker.ui.app import DESKTOP_FILE_NAME, run_app\n"
        "app = QApplication([])\n"
        "assert run_app(sys.argv[1], exit_after_first_paint=True) == 0\n"
        "assert not app.windowIcon().isNull()\n"
        "assert 256 in [s.width() for s in app.windowIcon().availableSizes()]\n"
        "assert app.desktopFileName() == DESKTOP_FILE_NAME\n"
        "print('icon ok')\n"
    )
    env = cli_env(HOME=str(tmp_path), XDG_STATE_HOME=str(tmp_path / "state"))
    result = subprocess.run(
        [sys.executable, "-c", code, str(demo_path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "icon ok" in result.stdout


def test_the_signal_count_in_the_english_interface_has_english_separators(translations, qtbot, demo_store):
    from signaaltracker.ui.signals.filter_bar import FilterBar

    translations.apply("en")
    bar = FilterBar(demo_store)
    qtbot.addWidget(bar)
    bar.show_count(12345)
    assert bar.count_label.text() == "12,345 signals"
    bar.show_count(1)
    assert bar.count_label.text() == "1 signal"
    translations.apply("nl")
    bar.show_count(12345)
    assert bar.count_label.text() == "12.345 signalen"
