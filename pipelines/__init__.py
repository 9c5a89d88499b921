"""Thin Scrapy adapters around the cleaning library: clean, drop, validate."""
