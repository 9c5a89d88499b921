"""Give freed memory back to the system."""

import contextlib
import ctypes


def release_freed_memory() -> None:
    """glibc keeps the heap a process grew, so memory freed after a big page (or after loading
    a table in a bulkier form first) would stay with the process; malloc_trim returns it
    (elsewhere there is nothing to do)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
