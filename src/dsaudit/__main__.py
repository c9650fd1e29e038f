"""`python -m dsaudit` runs the CLI."""

from dsaudit.cli import main

if __name__ == "__main__":
    main()
