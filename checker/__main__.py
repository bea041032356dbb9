"""`python -m checker` runs the namecheck command line."""
import sys

try:
    from checker.cli import program
except KeyboardInterrupt:   # Ctrl-C before main() handles it
    sys.stderr.write("namecheck: interrupted\n")
    sys.exit(130)

sys.exit(program())
