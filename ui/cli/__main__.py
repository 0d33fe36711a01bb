"""``python -m ui.cli``: the same as the ``inventaris`` command."""

from ui.cli.app import main

if __name__ == "__main__":
    raise SystemExit(main())
