"""``python -m claims``: the same as the ``claims`` command."""

from claims.cli import main

if __name__ == "__main__":
    main()
