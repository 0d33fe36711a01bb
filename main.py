"""Inventaris's front door: `python main.py` opens the window; `python main.py VERB` runs one.

The same as the ``inventaris`` command that ``pip install`` creates.
"""

from ui.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
