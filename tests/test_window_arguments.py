"""The window's own command line is parsed without the sub-commands; everything else gets the whole parser."""

from __future__ import annotations

import pytest

from signaaltracker.cli.main import build_parser, main, starts_window


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "register.db"], ["--db=register.db"], ["--db", "r.db", "--exit-after-first-paint"]],
)
def test_only_opening_the_window(argv):
    assert starts_window(argv)
    args = build_parser(commands=False).parse_args(argv)
    assert getattr(args, "handler", None) is None  # the window opens


@pytest.mark.parametrize(
    "argv",
    [["check"], ["--db", "r.db", "check"], ["-h"], ["--help"], ["--version"], ["--db"], ["--db", "--help"], ["chek"]],
)
def test_anything_else_goes_through_the_whole_parser(argv):
    assert not starts_window(argv)


def test_help_still_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "export-memo" in out and "OPDRACHT" in out


def test_a_misspelt_command_gets_the_dutch_message(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--db", "r.db", "chek"])
    assert stop.value.code == 2
    assert "ongeldige keuze" in capsys.readouterr().err
