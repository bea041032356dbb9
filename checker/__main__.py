"""`python -m checker` runs the namecheck command line."""
import sys

from checker.cli import main

sys.exit(main())
