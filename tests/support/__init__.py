"""Helpers shared by the test suite (fixtures live in conftest.py)."""
