"""Entry script of the PyInstaller bundle: the same ``main`` as the installed ``signaaltracker`` command."""

import sys

from signaaltracker.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
