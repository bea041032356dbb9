"""The finding codes' documentation pages, installed with namecheck as `checker.rules`."""
