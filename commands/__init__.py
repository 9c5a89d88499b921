"""Custom Scrapy commands (COMMANDS_MODULE)."""
