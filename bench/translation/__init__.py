"""The translation benchmark (bench/translation.py): people, dictionaries, articles, scoring."""
