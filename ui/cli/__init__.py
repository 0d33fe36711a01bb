"""The command line, a face like the window: one module per area, each verb calling the same
engine use cases as the window and never a session or a model of its own.

``inventaris`` (the console script), ``python main.py`` and ``python -m ui.cli`` all run
:func:`main`; without a verb it opens the window.
"""

from ui.cli.app import main

__all__ = ["main"]
