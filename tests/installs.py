"""The project as a user installs it: a copy of the source to build from, and a bare venv.

A bare venv has none of the project: it gets the project's dependencies from the test's own
venv through a .pth file naming that venv's site-packages folder. A plain path line adds the
folder to sys.path without running the .pth files inside it, so the editable install's finder
(which maps `republished` to this checkout) stays out: `republished` is whatever the test
installs there (a wheel) or activates (Scrapyd's egg).
"""

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from tests.samples import ROOT

#: What is never part of the source: the checkout's venv, caches and earlier build output.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "out", "state", "__pycache__", ".*_cache", ".scrapy"
)


def copy_source(dest: Path) -> Path:
    """A clean copy of the checkout, so builds never write into it or pick up stale build/ files."""
    shutil.copytree(ROOT, dest, ignore=NOT_SOURCE)
    return dest


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: no Scrapy project named, nothing added to the path."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SCRAPY_SETTINGS_MODULE", "SCRAPY_PROJECT", "PYTHONPATH", "PYTHONHOME"}
    }
    env.update(extra)
    return env


def bare_venv(folder: Path) -> Path:
    """A new venv without pip or the project, seeing this venv's packages; returns its python."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    site_packages = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    (Path(site_packages) / "_test_dependencies.pth").write_text("".join(f"{p}\n" for p in ours))
    return python


def run(args: list, cwd: Path, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env or clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
