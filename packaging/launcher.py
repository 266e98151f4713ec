"""Entry script of the PyInstaller bundle: the same ``main`` as the installed ``signaaltracker`` command."""

import os
import sys

from signaaltracker.cli.main import main

if __name__ == "__main__":
    # The windowed Windows program has no console: give print() and argparse somewhere harmless to write.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    sys.exit(main())
