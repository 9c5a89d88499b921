"""Imported by the fork server that forks the cleaning workers (cleaning/workers.py), once,
before its first fork: the default cleaner and every word list its stages read are built here
and every worker starts with them, shared copy-on-write, instead of building its own (about
4 s of CPU a worker, paid again after each crash)."""

import contextlib
import gc
import signal

from republished.cleaning.errors import ConfigError
from republished.cleaning.pipeline import default_cleaner

# Ctrl-C reaches every process of the terminal's group: the parent stops the run and its
# workers; the fork server and the workers it forks print no KeyboardInterrupt traceback.
signal.signal(signal.SIGINT, signal.SIG_IGN)

# A bundled file a user edited and broke: each worker finds it again and names it (workers.py).
with contextlib.suppress(ConfigError):
    default_cleaner().warm_up()
gc.freeze()  # collections in the workers never write to these objects' pages
