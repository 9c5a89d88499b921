"""Helpers for bench/corruption.py: the damage generator (damage.py) and the scorer (score.py)."""
