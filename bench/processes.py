"""Run a command and measure each of its processes: the peak resident memory (VmHWM) and the
CPU time of the command and of every process under it (the cleaning workers), polled from /proc
while it runs (a process's last tenth of a second of CPU may go uncounted)."""

import os
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Measured:
    returncode: int
    stdout: bytes
    stderr: bytes
    seconds: float
    #: pid -> (command line, peak MiB) for the command and every process under it.
    peaks: dict[int, tuple[str, float]] = field(default_factory=dict)
    #: pid -> CPU seconds (user and system) for the command and every process under it.
    cpu: dict[int, float] = field(default_factory=dict)

    @property
    def main_peak_mib(self) -> float:
        return max((peak for cmd, peak in self.peaks.values() if not _is_worker(cmd)), default=0.0)

    @property
    def worker_peak_mib(self) -> float:
        """The largest cleaning process: a worker, or the fork server that forks them."""
        return max((peak for cmd, peak in self.peaks.values() if _is_worker(cmd)), default=0.0)

    @property
    def main_cpu_seconds(self) -> float:
        return sum(s for pid, s in self.cpu.items() if not _is_worker(self.peaks.get(pid, ("", 0))[0]))

    @property
    def worker_cpu_seconds(self) -> float:
        return sum(s for pid, s in self.cpu.items() if _is_worker(self.peaks.get(pid, ("", 0))[0]))


def _is_worker(command_line: str) -> bool:
    return "spawn_main" in command_line or "multiprocessing.forkserver" in command_line


def _children(pid: int) -> list[int]:
    try:
        found = []
        for task in Path(f"/proc/{pid}/task").iterdir():
            text = (task / "children").read_text().split()
            found += [int(child) for child in text]
        return found
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        todo += _children(current)
    return pids


def _peak_mib(pid: int) -> tuple[str, float] | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return cmd, int(line.split()[1]) / 1024
    return None


def _cpu_seconds(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_measured(
    command: list[str], cwd: Path, env: dict | None = None, stdin: bytes | None = None
) -> Measured:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    peaks: dict[int, tuple[str, float]] = {}
    cpu: dict[int, float] = {}
    done = threading.Event()

    def poll():
        while not done.is_set():
            for pid in _tree(process.pid):
                measured = _peak_mib(pid)
                if measured and measured[1] >= peaks.get(pid, ("", 0.0))[1]:
                    peaks[pid] = measured
                seconds = _cpu_seconds(pid)
                if seconds is not None:
                    cpu[pid] = max(seconds, cpu.get(pid, 0.0))
            done.wait(0.1)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    stdout, stderr = process.communicate(stdin)
    done.set()
    poller.join()
    return Measured(process.returncode, stdout, stderr, time.perf_counter() - started, peaks, cpu)
