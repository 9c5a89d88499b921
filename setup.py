"""Only for `scrapyd-deploy`, which builds its egg with `python setup.py bdist_egg`.

All configuration is in pyproject.toml. Without this file scrapyd-deploy writes its own
setup.py here, whose arguments pyproject.toml overrides anyway.
"""

from setuptools import setup

setup()
