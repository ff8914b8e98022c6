"""`python -m parsers extract|build ...` — see parsers/cli.py."""
import sys

from parsers.cli import main

sys.exit(main())
