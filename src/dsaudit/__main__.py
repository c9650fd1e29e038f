"""`python -m dsaudit`: the same as the `dsaudit` command."""

from dsaudit.cli import main

if __name__ == "__main__":
    main()
