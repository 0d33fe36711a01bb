"""``python -m ui.guide [--out PATH] [--assets N]``: draw the pictures, print the guide."""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Sequence
from pathlib import Path

from ui.guide import DEFAULT_OUT, load_chapters, load_pictures, picture_names, write_guide


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ui.guide",
        description="Build the Indonesian user guide (PDF) with pictures of the demo office.",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the .pdf to write")
    parser.add_argument(
        "--assets", type=int, default=2000, help="the demo register's size (as ui.screenshots)"
    )
    args = parser.parse_args(argv)
    from inventaris import __version__
    from ui import screenshots

    started = time.monotonic()
    chapters = load_chapters()
    names = picture_names(chapters)
    with screenshots._work_folder() as folder:
        screenshots._offscreen(folder)
        os.environ["INVENTARIS_HOME"] = str(folder)  # backups and logs stay in the folder
        app = screenshots._application(folder)
        db = screenshots.demo_database(folder, args.assets)
        try:
            screenshots.render_guide(
                db, folder / "gambar", names=names, progress=lambda name: print(name, flush=True)
            )
        finally:
            db.dispose()
            app.processEvents()
        pictures = load_pictures(folder / "gambar", dict.fromkeys(names))
        pages = write_guide(chapters, pictures, args.out, version=__version__)
    size = args.out.stat().st_size
    print(
        f"{args.out}: {pages} pages, {size / 1_000_000:.1f} MB, {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
