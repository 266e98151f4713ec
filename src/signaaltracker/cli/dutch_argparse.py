"""argparse in Dutch: usage, headings, help and the error messages a user can meet; and one ``--db`` for all.

``--db`` may stand before the command (``signaaltracker --db X check``) or after it (``signaaltracker check
--db X``): a sub-command's own ``--db`` never overwrites the global one with an empty value, and a command that
needs a database says so in Dutch when neither was given (``main`` checks ``needs_db``).
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

# English argparse error text → Dutch (argparse builds these with gettext; Python ships no Dutch catalogue).
_ERRORS = [
    (r"the following arguments are required: (.*)", "deze argumenten ontbreken: {0}"),
    (r"unrecognized arguments: (.*)", "onbekende argumenten: {0}"),
    (r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)", "argument {0}: ongeldige keuze {1} (kies uit {2})"),
    (r"argument (.*?): expected one argument", "argument {0}: hier hoort één waarde bij"),
    (r"argument (.*?): expected at least one argument", "argument {0}: hier hoort minstens één waarde bij"),
    (r"argument (.*?): invalid (.*?) value: (.*)", "argument {0}: ongeldige waarde {2}"),
    (r"argument (.*?): not allowed with argument (.*)", "argument {0}: niet samen met {1}"),
    (r"argument (.*?): ignored explicit argument (.*)", "argument {0}: de waarde {1} hoort hier niet bij"),
    (r"ambiguous option: (.*?) could match (.*)", "dubbelzinnige optie: {0} kan {1} zijn"),
    (r"one of the arguments (.*) is required", "één van deze argumenten is nodig: {0}"),
]


def dutch_error(message: str) -> str:
    for pattern, dutch in _ERRORS:
        if m := re.fullmatch(pattern, message, flags=re.S):
            return dutch.format(*m.groups())
    return message


class DutchHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, prefix="gebruik: " if prefix is None else prefix)


class DutchArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", DutchHelpFormatter)
        kwargs["add_help"] = False
        self._is_command = bool(kwargs.pop("is_command", False))
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="deze hulp tonen en stoppen")

    def add_subparsers(self, **kwargs):
        action = super().add_subparsers(**kwargs)
        original = action.add_parser

        def add_parser(name, **options):
            return original(name, is_command=True, **options)

        action.add_parser = add_parser
        return action

    def add_argument(self, *args, **kwargs):
        if self._is_command and args == ("--db",):
            # the command's --db: optional here (it may come before the command) and never reset to None
            if kwargs.pop("required", False):
                self.set_defaults(needs_db=True)
            kwargs["default"] = argparse.SUPPRESS
        return super().add_argument(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {dutch_error(message)}\n")
