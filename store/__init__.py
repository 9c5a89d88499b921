"""Crawl state kept between runs: what was exported, so scheduled runs are incremental."""
