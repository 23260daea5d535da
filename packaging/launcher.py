"""The standalone app's entry point: the same as the ``trafficking-explorer`` command."""

import sys

from explorer.cli import main

if __name__ == "__main__":
    sys.exit(main())
