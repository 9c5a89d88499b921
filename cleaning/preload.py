"""Imported by the fork server that forks the cleaning workers (cleaning/workers.py), once,
before its first fork: the default cleaner and every word list its stages read are built here
and every worker starts with them, shared copy-on-write, instead of building its own (about
4 s of CPU a worker, paid again after each crash)."""

import gc

from republished.cleaning.pipeline import default_cleaner

default_cleaner().warm_up()
gc.freeze()  # collections in the workers never write to these objects' pages
