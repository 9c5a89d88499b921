"""Scrapy extensions: run-level bookkeeping that belongs to no single page."""
