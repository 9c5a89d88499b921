"""Screenshots of the `scrapy clusters --html` report in headless Chromium, with a check in the
browser that no label is cut off, overlaps another or is too small to read.

    .venv/bin/python bench/report_screenshot.py [--keep DIR]

Two reports: the bundled sample sites cleaned with `scrapy clean` (16 records), and a stress
variant made from copies of those records (long republisher and outlet names, Greek and
Cyrillic names, a name without spaces, 25 languages, 40 clusters of 1 to 10 records, long
titles and URLs). Each is loaded at 1280 and at 390 CSS px wide (the narrow one emulated as
a phone) and saved as a full-page PNG in bench/results/report-<report>-<width>.png.

Checked in the page with JavaScript (Chromium's DevTools protocol over --remote-debugging-pipe,
no Python package needed): every SVG <text>'s getBBox() lies inside its SVG's viewBox (or
its width and height) and overlaps no other text of that SVG; every HTML element holding
text whose overflow is hidden has scrollWidth <= clientWidth; no text lies outside the page
horizontally and the page needs no horizontal scrolling; no word of 2 to 20 letters is split
over two lines; and all text is rendered at 11 px or more (font size times the SVG's and the
page's scale). The PNGs are reduced to 256 colours in the browser (3-4 times smaller).

Exits 1 when a check fails, 2 when the report or the browser cannot be made, and 0 with
"skipped: no chromium" when no Chromium is installed (Debian: apt-get install chromium).
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import copy
import fcntl
import json
import os
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
WIDTHS = (1280, 390)
MIN_FONT_PX = 11
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
]

# Runs in the page; returns a list of problems, each {"kind", "text", "detail"}.
CHECK_JS = r"""
(() => {
  const problems = [];
  const minFont = %(min_font)s;
  const pageScale = (window.visualViewport && window.visualViewport.scale) || 1;
  const snippet = (s) => { s = (s || "").replace(/\s+/g, " ").trim(); return s.length > 60 ? s.slice(0, 59) + "…" : s; };
  const visible = (el) => el.getClientRects().length > 0;
  const tol = 0.5;
  let texts = 0, elements = 0, smallest = Infinity;
  for (const svg of document.querySelectorAll("svg")) {
    if (!visible(svg)) continue;
    const vb = svg.viewBox && svg.viewBox.baseVal;
    let box;
    if (vb && vb.width > 0) box = {x: vb.x, y: vb.y, width: vb.width, height: vb.height};
    else { const r = svg.getBoundingClientRect(); box = {x: 0, y: 0, width: r.width, height: r.height}; }
    const boxes = [];
    for (const t of svg.querySelectorAll("text")) {
      if (!visible(t) || !t.textContent.trim()) continue;
      texts++;
      const b = t.getBBox();
      if (b.x < box.x - tol || b.y < box.y - tol || b.x + b.width > box.x + box.width + tol ||
          b.y + b.height > box.y + box.height + tol)
        problems.push({kind: "svg text outside its chart", text: snippet(t.textContent),
          detail: `bbox x ${b.x.toFixed(1)}..${(b.x + b.width).toFixed(1)}, y ${b.y.toFixed(1)}..${(b.y + b.height).toFixed(1)}; chart 0..${box.width.toFixed(1)} x 0..${box.height.toFixed(1)}`});
      for (const [other, ob] of boxes)
        if (b.x < ob.x + ob.width - tol && ob.x < b.x + b.width - tol && b.y < ob.y + ob.height - tol && ob.y < b.y + b.height - tol)
          problems.push({kind: "svg texts overlap", text: snippet(t.textContent), detail: "with " + snippet(other.textContent)});
      boxes.push([t, b]);
      const ctm = t.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
      const px = parseFloat(getComputedStyle(t).fontSize) * scale * pageScale;
      smallest = Math.min(smallest, px);
      if (px < minFont - 0.01)
        problems.push({kind: "svg text too small", text: snippet(t.textContent), detail: `${px.toFixed(1)} px on screen`});
    }
  }
  const pageWidth = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > pageWidth)
    problems.push({kind: "page scrolls sideways", text: "", detail: `content ${document.documentElement.scrollWidth} px wide, page ${pageWidth} px`});
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest("svg") || !visible(el)) continue;
    const own = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own.length) continue;
    elements++;
    const style = getComputedStyle(el);
    const px = parseFloat(style.fontSize) * pageScale;
    smallest = Math.min(smallest, px);
    if (px < minFont - 0.01)
      problems.push({kind: "text too small", text: snippet(el.textContent), detail: `${px.toFixed(1)} px on screen`});
    const hides = (v) => v === "hidden" || v === "clip";
    if ((hides(style.overflowX) || hides(style.overflowY) || style.textOverflow === "ellipsis") &&
        (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight))
      problems.push({kind: "text clipped", text: snippet(el.textContent),
        detail: `scroll ${el.scrollWidth}x${el.scrollHeight}, client ${el.clientWidth}x${el.clientHeight}`});
    for (const node of own) {
      // A word of 2 to 20 letters and digits split over two lines (a table column too narrow for it);
      // longer ones may break.
      for (const m of node.textContent.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]{2,20}(?![\p{L}\p{N}])/gu)) {
        const word = document.createRange();
        word.setStart(node, m.index);
        word.setEnd(node, m.index + m[0].length);
        const tops = new Set([...word.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) {
          problems.push({kind: "word broken across lines", text: m[0], detail: "in " + snippet(node.textContent)});
          break;
        }
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects())
        if (r.width > 0 && (r.left < -tol || r.right > pageWidth + tol)) {
          problems.push({kind: "text outside the page", text: snippet(node.textContent),
            detail: `x ${r.left.toFixed(0)}..${r.right.toFixed(0)}, page 0..${pageWidth}`});
          break;
        }
    }
  }
  return {problems, texts, elements, smallest: smallest === Infinity ? null : smallest,
          pageScale, height: document.documentElement.scrollHeight};
})()
"""


# Runs in the page on the screenshot: at most 256 colours (the commonest 15-bit colours, each
# pixel mapped to the nearest of them), rows of palette indices, deflated. A full-page PNG
# of antialiased text in 24-bit colour is 3 to 4 times larger.
PALETTE_JS = r"""
(async (b64) => {
  const img = new Image();
  img.src = "data:image/png;base64," + b64;
  await img.decode();
  const w = img.width, h = img.height;
  const ctx = new OffscreenCanvas(w, h).getContext("2d");
  ctx.drawImage(img, 0, 0);
  const px = ctx.getImageData(0, 0, w, h).data;
  const count = new Uint32Array(32768), sums = new Float64Array(32768 * 3);
  for (let o = 0; o < px.length; o += 4) {
    const k = ((px[o] >> 3) << 10) | ((px[o + 1] >> 3) << 5) | (px[o + 2] >> 3);
    count[k]++; sums[3 * k] += px[o]; sums[3 * k + 1] += px[o + 1]; sums[3 * k + 2] += px[o + 2];
  }
  const bins = [...count.keys()].filter((k) => count[k]).sort((a, b) => count[b] - count[a]).slice(0, 256);
  const palette = bins.map((k) => [0, 1, 2].map((c) => Math.round(sums[3 * k + c] / count[k])));
  const index = new Uint8Array(32768);
  for (let k = 0; k < 32768; k++) {
    if (!count[k]) continue;
    const r = (k >> 10) * 8 + 4, g = ((k >> 5) & 31) * 8 + 4, b = (k & 31) * 8 + 4;
    let best = 0, dist = Infinity;
    palette.forEach(([pr, pg, pb], i) => {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (d < dist) { dist = d; best = i; }
    });
    index[k] = best;
  }
  const raw = new Uint8Array((w + 1) * h);  // each row: filter type 0, then one index per pixel
  for (let y = 0, o = 0; y < h; y++) {
    raw[y * (w + 1)] = 0;
    for (let x = 1; x <= w; x++, o += 4)
      raw[y * (w + 1) + x] = index[((px[o] >> 3) << 10) | ((px[o + 1] >> 3) << 5) | (px[o + 2] >> 3)];
  }
  const zipped = new Uint8Array(await new Response(
    new Blob([raw]).stream().pipeThrough(new CompressionStream("deflate"))).arrayBuffer());
  let bin = "";
  for (let i = 0; i < zipped.length; i += 0x8000) bin += String.fromCharCode(...zipped.subarray(i, i + 0x8000));
  return {width: w, height: h, palette, data: btoa(bin)};
})
"""


def png_chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def indexed_png(width: int, height: int, palette: list[list[int]], data: bytes) -> bytes:
    """A PNG of 8-bit palette indices (colour type 3) from its deflated rows."""
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0))
        + png_chunk(b"PLTE", bytes(c for colour in palette for c in colour))
        + png_chunk(b"IDAT", data)
        + png_chunk(b"IEND", b"")
    )


# -- the browser ----------------------------------------------------------------------------


class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (fds 3 and 4 in the child:
    JSON messages ended by a NUL byte)."""

    def __init__(self, binary: str, workdir: Path, timeout: float = 60.0):
        self.timeout = timeout
        self.next_id = 0
        self.events: list[dict] = []
        self.buffer = b""
        self.log = open(workdir / "chromium.log", "wb")  # noqa: SIM115
        profile = workdir / "profile"
        profile.mkdir()
        to_child, self.writer = os.pipe()
        self.reader, from_child = os.pipe()
        # Numbers above 4, so that putting them on 3 and 4 in the child clobbers neither.
        to_child, from_child = (self._high(fd) for fd in (to_child, from_child))

        def fds():  # in the child, before exec and before other fds are closed
            os.dup2(to_child, 3)
            os.dup2(from_child, 4)

        self.process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=self.log,
            stderr=self.log,
            close_fds=False,  # the dup2'd 3 and 4 stay open; every other fd is close-on-exec
            preexec_fn=fds,
            start_new_session=True,
        )
        os.close(to_child)
        os.close(from_child)

    @staticmethod
    def _high(fd: int) -> int:
        high = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10)
        os.close(fd)
        return high

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        try:
            os.write(self.writer, json.dumps(message).encode() + b"\0")
        except BrokenPipeError:
            raise RuntimeError(
                f"Chromium exited with status {self.process.wait(5)} before {method}"
            ) from None
        while True:
            reply = self._receive()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)

    def wait_for(self, method: str, session: str) -> dict:
        while True:
            for i, event in enumerate(self.events):
                if event["method"] == method and event.get("sessionId") == session:
                    return self.events.pop(i)
            self.events.append(self._receive())

    def _receive(self) -> dict:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self.buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self.reader], [], [], max(0.0, left))
            if not ready:
                raise TimeoutError(f"no answer from Chromium in {self.timeout:.0f} s")
            chunk = os.read(self.reader, 1 << 20)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def close(self) -> None:
        with contextlib.suppress(OSError, RuntimeError, TimeoutError):
            self.send("Browser.close")
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        os.close(self.writer)
        os.close(self.reader)
        self.log.close()

    def open_page(self, url: str, width: int) -> tuple[dict, bytes]:
        """Load url at this width (narrow ones as a phone), run the check, take a full-page PNG."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            metrics = {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}
            self.send("Emulation.setDeviceMetricsOverride", metrics, session)
            self.send("Page.enable", session=session)
            self.send("Page.navigate", {"url": url}, session)
            self.wait_for("Page.loadEventFired", session)
            expression = CHECK_JS % {"min_font": MIN_FONT_PX}
            result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
            if "exceptionDetails" in result:
                raise RuntimeError(f"check failed in the page: {result['exceptionDetails']}")
            check = result["result"]["value"]
            # A viewport as tall as the page: the screenshot is the whole page as laid out.
            metrics["height"] = int(check["height"])
            self.send("Emulation.setDeviceMetricsOverride", metrics, session)
            shot = self.send("Page.captureScreenshot", {"format": "png"}, session)["data"]
            expression = f"{PALETTE_JS}({json.dumps(shot)})"
            params = {"expression": expression, "awaitPromise": True, "returnByValue": True}
            result = self.send("Runtime.evaluate", params, session)
            if "exceptionDetails" in result:
                raise RuntimeError(f"palette failed in the page: {result['exceptionDetails']}")
            small = result["result"]["value"]
            png = indexed_png(
                small["width"], small["height"], small["palette"], base64.b64decode(small["data"])
            )
            return check, png
        finally:
            self.send("Target.closeTarget", {"targetId": target})


def find_chromium() -> str | None:
    if os.environ.get("CHROMIUM"):
        return shutil.which(os.environ["CHROMIUM"])
    return next((path for name in BROWSERS if (path := shutil.which(name))), None)


# -- the reports ----------------------------------------------------------------------------

LONG_REPUBLISHERS = [
    {"name": "Süddeutsche Zeitung – Nachrichten aus München", "domain": "sz-nachrichten-muenchen.example"},
    {"name": "Frankfurter Allgemeine Zeitung (faz.net)", "domain": "faz-republished.example"},
    {"name": "Καθημερινή – Ειδήσεις από την Ελλάδα και τον κόσμο", "domain": "kathimerini-news.example"},
    {"domain": "averyveryverylongrepublishernamewithoutanyspacesatall-newsaggregator.example"},
    {"name": "Archyworldys", "domain": "archyworldys.com"},
    {},
]
LONG_OUTLETS = [
    {"outlet": "Frankfurter Allgemeine Zeitung", "domain": "faz.net"},
    {"outlet": "Süddeutsche Zeitung – Nachrichten aus München", "domain": "sueddeutsche.de"},
    {"outlet": "Neue Zürcher Zeitung – Internationale Ausgabe", "domain": "nzz.ch"},
    {"outlet": "Российская газета – федеральный выпуск", "domain": "rg.ru"},
    {"outlet": "Helsingin Sanomat", "domain": "hs.fi"},
    {"outlet": "DER SPIEGEL", "domain": "spiegel.de"},
    {"outlet": "Dziennik Gazeta Prawna – Wiadomości z kraju i ze świata", "domain": "gazetaprawna.pl"},
    {"outlet": "WWW.MMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMMM.COM", "domain": None},
]
LANGUAGES = "en de fr nb sv da fi nl pl cs sk hu ro bg el ru uk es pt it tr ar he ja ko".split()


def stress_records(records: list[dict], clusters: int = 40) -> list[dict]:
    """Copies of real records: long names, 25 languages, `clusters` clusters of 1 to 10 records."""
    out = []
    for c in range(clusters):
        size = c % 10 + 1
        first = None
        for m in range(size):
            record = copy.deepcopy(records[(c + m) % len(records)])
            n = len(out)
            record["url"] = (
                f"https://{'www.' if n % 2 else ''}republished-news-stress-test.example/"
                f"{c:02d}/{m:02d}/a-rather-long-url-slug-made-of-many-words-{record['url'].rstrip('/').rsplit('/', 1)[-1]}"
            )
            record["title"] = f"{record.get('title') or ''} – update {m}: what we know so far about it"
            record["republisher"] = LONG_REPUBLISHERS[n % len(LONG_REPUBLISHERS)]
            record["original"] = {**(record.get("original") or {}), **LONG_OUTLETS[n % len(LONG_OUTLETS)]}
            record["language"] = LANGUAGES[(n * 7) % len(LANGUAGES)]
            record["cluster_id"] = first or record["url"]
            record["duplicate_of"] = first
            if m % 3 == 2:  # a near duplicate: other text
                record["content_hash"] = f"{record.get('content_hash')}-{m}"
            first = first or record["url"]
            out.append(record)
    return out


def make_reports(workdir: Path) -> dict[str, Path]:
    """sample: the sample sites cleaned by `scrapy clean`; stress: copies with long names."""
    sample = workdir / "sample.jsonl"
    run = subprocess.run(
        [sys.executable, "-m", "scrapy", "clean", "samples", "-O", str(sample)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise RuntimeError(f"scrapy clean samples failed ({run.returncode}): {run.stderr[-2000:]}")
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines() if line]
    stress = workdir / "stress.jsonl"
    with stress.open("w", encoding="utf-8") as f:
        for record in stress_records(records):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    pages = {}
    for name, source, top in (("sample", sample, 10), ("stress", stress, 2)):
        page = workdir / f"report-{name}.html"
        run = subprocess.run(
            [sys.executable, "-m", "scrapy", "clusters", source.name, "--top", str(top), "--html", str(page)],
            cwd=workdir,
            capture_output=True,
            text=True,
        )
        if run.returncode != 0:
            raise RuntimeError(f"scrapy clusters {source.name} failed ({run.returncode}): {run.stderr}")
        pages[name] = page
    return pages


# -- main -----------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", metavar="DIR", help="also copy the HTML reports to DIR")
    args = parser.parse_args()
    binary = find_chromium()
    if not binary:
        print("skipped: no chromium (Debian: apt-get install chromium)")
        return 0
    RESULTS.mkdir(parents=True, exist_ok=True)
    version = subprocess.run([binary, "--version"], capture_output=True, text=True).stdout.strip()
    failed = 0
    summary = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "browser": version,
        "min_font_px": MIN_FONT_PX,
        "pages": [],
    }
    with tempfile.TemporaryDirectory(prefix="report-screenshot-") as tmp:
        workdir = Path(tmp)
        try:
            pages = make_reports(workdir)
        except RuntimeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if args.keep:
            Path(args.keep).mkdir(parents=True, exist_ok=True)
            for page in pages.values():
                shutil.copy(page, args.keep)
        browser = Browser(binary, workdir)
        try:
            for name, page in pages.items():
                for width in WIDTHS:
                    check, png = browser.open_page(page.as_uri(), width)
                    shot = RESULTS / f"report-{name}-{width}.png"
                    shot.write_bytes(png)
                    problems = check["problems"]
                    failed += bool(problems)
                    status = "ok" if not problems else f"FAIL ({len(problems)} problems)"
                    print(
                        f"{name:6} {width:4} px: {status}; {check['texts']} svg labels, "
                        f"{check['elements']} text elements, smallest text {check['smallest']:.1f} px, "
                        f"page scale {check['pageScale']:g}; {shot.relative_to(ROOT)} ({len(png) // 1024} KB)"
                    )
                    for problem in problems[:15]:
                        print(f"    {problem['kind']}: {problem['text']!r} ({problem['detail']})")
                    if len(problems) > 15:
                        print(f"    … and {len(problems) - 15} more")
                    summary["pages"].append(
                        {
                            "report": name,
                            "width": width,
                            "svg_labels": check["texts"],
                            "text_elements": check["elements"],
                            "smallest_text_px": round(check["smallest"], 1),
                            "problems": problems,
                            "png_kb": len(png) // 1024,
                        }
                    )
        except (OSError, RuntimeError, TimeoutError) as exc:
            log = (workdir / "chromium.log").read_text(errors="replace")[-2000:]
            print(f"error: headless Chromium failed: {exc}\n{log}", file=sys.stderr)
            return 2
        finally:
            browser.close()
    (RESULTS / "report_screenshot.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n")
    print("labels cut off, overlapping or too small" if failed else "all labels inside, readable")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
