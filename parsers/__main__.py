"""`python -m parsers extract|build|evaluate ...` — see parsers/cli.py."""
import sys

from parsers.cli import main

sys.exit(main())
