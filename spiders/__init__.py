"""Spiders find and fetch article pages; they know nothing about cleaning."""
