"""``python -m newsstruct``: the command-line interface."""

from __future__ import annotations

import sys

from newsstruct._cli import main

if __name__ == "__main__":
    sys.exit(main())
