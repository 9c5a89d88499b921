"""Per-phase timings of one clean, for the speed benchmark; costs nothing when not asked for."""

import time


class Stopwatch:
    def __init__(self, totals: dict[str, float] | None):
        self.totals = totals
        self.last = time.perf_counter() if totals is not None else 0.0

    def lap(self, phase: str) -> None:
        """Add the time since the previous lap to `phase`."""
        if self.totals is None:
            return
        now = time.perf_counter()
        self.totals[phase] = self.totals.get(phase, 0.0) + now - self.last
        self.last = now
