"""Generate a synthetic republisher site as a `wget --mirror` folder, of any size.

Used by the incremental, distributed and fault tests and by bench/crawl.py.
Each article is distinct English text long enough to count as an article.
"""

import random
from pathlib import Path

WORDS = (
    "government minister parliament budget election health hospital police court council city county "
    "school teacher student energy price market company worker union strike weather storm flood road "
    "railway airport border army defence agreement meeting talks report survey figures increase decrease "
    "week month year morning evening region country capital coast island village farmer fisherman"
).split()
VERBS = "said announced confirmed reported warned proposed rejected approved discussed expected".split()
PEOPLE = ["Kari Nordmann", "Ola Hansen", "Ingrid Berg", "Per Johansen", "Anne Larsen", "Lars Nilsen"]
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} – VG – Big Farm</title>
<meta property="og:site_name" content="Big Farm"><link rel="canonical" href="{url}"></head>
<body><nav><a href="{base}/">Home</a> <a href="{base}/page/2/">More news</a></nav>
<article><h1>{title} – VG</h1><div class="entry-content">{paragraphs}</div></article>
<aside><h3>Popular</h3><ul>{related}</ul></aside>
<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
<footer>© Big Farm</footer></body></html>
"""


def sentence(rng: random.Random) -> str:
    words = rng.sample(WORDS, 9)
    return f"The {words[0]} {rng.choice(VERBS)} that the {words[1]} and the {words[2]} in the {words[3]} " \
           f"would affect the {words[4]} of the {words[5]} this {words[6]}, {rng.choice(PEOPLE)} {rng.choice(VERBS)}."  # fmt: skip


def article_text(number: int, version: int = 0) -> tuple[str, list[str]]:
    rng = random.Random(number * 1000 + version)
    title = f"Story {number}: the {rng.choice(WORDS)} and the {rng.choice(WORDS)}"
    return title, [" ".join(sentence(rng) for _ in range(3)) for _ in range(5)]


def write_site(root: Path, articles: int, host: str = "www.big-farm.test", scheme: str = "http",
               per_page: int = 50, changed: frozenset[int] = frozenset()) -> list[str]:  # fmt: skip
    """Write the site under root/host; return the article URLs. `changed` articles get new text."""
    base = f"{scheme}://{host}"
    site = root / host
    urls = [f"{base}/story-{n}/" for n in range(articles)]
    for n, url in enumerate(urls):
        title, paragraphs = article_text(n, version=1 if n in changed else 0)
        related = "".join(
            f'<li><a href="{urls[(n + k) % articles]}">Story {(n + k) % articles}</a></li>' for k in (1, 2)
        )
        page = PAGE.format(title=title, url=url, base=base, related=related,
                           paragraphs="".join(f"<p>{p}</p>" for p in paragraphs))  # fmt: skip
        (site / f"story-{n}").mkdir(parents=True, exist_ok=True)
        (site / f"story-{n}" / "index.html").write_text(page, encoding="utf-8")
    pages = [urls[i : i + per_page] for i in range(0, articles, per_page)] or [[]]
    for number, chunk in enumerate(pages, 1):
        links = "".join(f'<li><a href="{u}">{u}</a></li>' for u in chunk)
        if number < len(pages):
            links += f'<li><a href="{base}/page/{number + 1}/">Next page</a></li>'
        folder = site if number == 1 else site / "page" / str(number)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(f"<html><body><ul>{links}</ul></body></html>", encoding="utf-8")
    lastmod = "2022-01-21T16:42:00+00:00"
    entries = "".join(
        f"<url><loc>{u}</loc><lastmod>{'2022-02-01T00:00:00+00:00' if n in changed else lastmod}</lastmod></url>"
        for n, u in enumerate(urls)
    )
    (site / "sitemap.xml").write_text(
        f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    )
    (site / "robots.txt").write_text(f"User-agent: *\nDisallow: /private/\nSitemap: {base}/sitemap.xml\n")
    return urls


def write_site_config(
    folder: Path, host: str = "www.big-farm.test", scheme: str = "http", listings: bool = True
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    domain = host.removeprefix("www.")
    escaped = host.replace(".", r"\.")
    lines = [
        "name: Big Farm",
        f"domains: [{domain}]",
        f"sitemaps: [{scheme}://{host}/robots.txt]",
        f"listings: [{scheme}://{host}/]" if listings else "",
        f"article_urls: ['^{scheme}://{escaped}/story-\\d+/$']",
        f"listing_urls: ['^{scheme}://{escaped}/page/\\d+/$']",
    ]
    path = folder / "bigfarm.yaml"
    path.write_text("\n".join(line for line in lines if line) + "\n")
    return path
