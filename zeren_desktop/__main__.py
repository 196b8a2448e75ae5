"""`python -m zeren_desktop`: start the desktop program."""

from __future__ import annotations

import sys

from zeren_desktop.ui.app import main

if __name__ == "__main__":
    sys.exit(main())
