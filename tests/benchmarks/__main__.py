"""All benchmarks, one after another: ``.venv/bin/python -m tests.benchmarks``."""

from tests.benchmarks import demo_data, startup

if __name__ == "__main__":
    demo_data.main()
    startup.main()
