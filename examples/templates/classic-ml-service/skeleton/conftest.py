"""Lets the tests import the modules at the repository's root."""
