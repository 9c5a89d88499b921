"""Split a republished title into the headline, the original outlet and the republisher.

"– We never threatened the Ukrainian people – VG – Archyworldys" becomes the
title "We never threatened the Ukrainian people", outlet VG, republisher Archyworldys.
"""

import re
from urllib.parse import urlsplit

from republished.cleaning.draft import Draft
from republished.cleaning.extract import WIKI_PAGE_PATH
from republished.cleaning.names import fold_diacritics
from republished.cleaning.outlet_discovery import GERMAN_FOLDS, Finding, OutletDiscovery
from republished.cleaning.outlets import Outlet
from republished.cleaning.registry import Stage, StageContext, register
from republished.cleaning.squash import squash

#: A separator between title segments: a dash or bar with space on both sides.
SEPARATOR = re.compile(r"\s+[–—|-]\s+")
#: An outlet's name opening the title: "NRK: Storm in the west", "VG – Title".
PREFIX = re.compile(r"^(?P<name>[^–—|:]{2,30}?)\s*(?:[–—|:]|\s-)\s+(?=\S)")
#: A kicker (the label above a headline) is a few words, no sentence ("… matters. Here's why:").
MAX_KICKER_WORDS = 6
#: The most lines of the page's header headings the text may open with.
HEADER_HEADING_LINES = 3
KICKER_PUNCTUATION = re.compile(r"[.!?:;]")
#: An outlet's name in brackets closing the title: "Budget approved (Público)", "… (El Diario Montañés,
#: translated)".
BRACKETED_SUFFIX = re.compile(r"\s*\((?P<name>[^()]{2,40}?)(?:[,;]\s*(?:machine[- ])?translated)?\)$")
#: A title segment that is a date alone ("27/11/2024", "2024-11-27"), inside the page title of
#: an outlet the title names ("Headline - 27/11/2024 - Mercado - Folha").
DATE_SEGMENT = re.compile(r"\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}")
#: The page number a CMS adds to the title of a story it pages ("… ke Masjid Halaman 1" on Kompasiana).
#: A forum's, in brackets: "… (Page 1)" (PunBB).
PAGE_WORD = r"(?:Halaman|Page|Seite|Página|Pagina|Strona|Sayfa|Sivu|Side|Sida|Pagină|Stránka)"
PAGE_NUMBER_SUFFIX = re.compile(rf"\s+(?:\({PAGE_WORD}\s+\d{{1,3}}\)|{PAGE_WORD}\s+\d{{1,3}})$")
#: The section after such a date: one or two capitalised words ("Market", "Daily Life").
SECTION_SEGMENT = re.compile(r"[A-ZÀ-Þ][\w&'’-]*(?: [A-ZÀ-Þ][\w&'’-]*)?")
#: A domain label without its trailing digits names the farm only when this long ("europulse"
#: of europulse360, never "tv" of tv2).
MIN_LABEL_WITHOUT_DIGITS = 5
#: A Scandinavian quote dash opening the title: the headline is a quotation.
QUOTE_DASH = re.compile(r"^[–—]\s*")
#: A title shorter than this is no headline cut short, whatever the h1 adds to it.
MIN_SHORTENED_WORDS = 5
#: Where a site puts its own name or section after the headline: a spaced dash, bar, colon,
#: guillemet or middle dot, a bar without spaces (full-width ｜ on Japanese sites), an underscore
#: (Chinese sites: "Headline_Section_Site").
SITE_SEPARATOR = re.compile(r"\s+[–—|:»·•⋅-]\s+|\s+::\s+|\s*[｜|_]\s*")
#: Where the page's declared headline may end in the title: a site separator, or a section's
#: arrow, a slash or an at sign between spaces ("Headline > News | Site", Gnuboard's; FluxBB's
#: "Headline / Local news / Forum"; "Headline @ Blog").
DECLARED_HEADLINE_END = re.compile(rf"{SITE_SEPARATOR.pattern}|\s+[>@/]\s+")
#: The site's name in square brackets closing the title, as DokuWiki writes it ("… [KL Briefing Wiki]").
SITE_IN_BRACKETS = re.compile(r"\s+\[(?P<name>[^\[\]]{2,60})\]$")
#: Before the site's own name, a colon may follow the headline's last word: Typepad writes
#: "Post title: Blog name" (a headline's own colon, "Duvet nearly killed him: How …", stays).
SITE_NAME_SEPARATOR = re.compile(rf"{SITE_SEPARATOR.pattern}|(?<=\S):\s+")


def _shortened(title: str, h1: str) -> bool:
    """The title is the page's h1 cut short at a clause's end, as SEO plugins cut long headlines
    ("Kalamaja wooden houses: the city forbids plastic windows" of "…, residents speak of …")."""
    return (
        len(title.split()) >= MIN_SHORTENED_WORDS
        and len(h1) > len(title)
        and h1.startswith(title)
        and h1[len(title)] in ",;:–—"
    )


def _is_short_heading(line: str) -> bool:
    """A few words and no sentence: a kicker or a heading of the page's header."""
    return len(line.split()) <= MAX_KICKER_WORDS and not KICKER_PUNCTUATION.search(line)


#: A year in a line of the post's header: "Nov 12, 2025 · 4 min read".
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
MAX_DATE_LINE_WORDS = 10


def _is_header_line(line: str) -> bool:
    """A kicker, a heading of the page's header, or the post's date line between them and the
    headline."""
    return _is_short_heading(line) or (
        len(line.split()) <= MAX_DATE_LINE_WORDS
        and YEAR.search(line) is not None
        and not KICKER_PUNCTUATION.search(line)
    )


def site_domain(host: str) -> str:
    return host.lower().removeprefix("www.")


#: A host's first label that names a service of the site, not the site: "lists.veronaexpats.org",
#: "forum.lilleexpats.net", "newsletter.wightholidaylets.co.uk", a Hubzilla hub, a Moodle school.
SERVICE_LABELS = frozenset(
    "blog blogs board boards community discuss docs elearning forum forums help hub kb learn lists list m mail"
    " mobile moodle news newsletter projects social sosyal support trac wiki".split()
)
#: Second-level labels of country domains: "news.com.au" is named "news".
COUNTRY_SECOND_LEVELS = frozenset("ac co com edu gov net or org ne go".split())


def address_spellings(name: str) -> set[str]:
    """A name squashed as an address spells it: without diacritics, German's too ("Košice IT
    Valley": kosiceitvalley, "Warnemünde Stays": warnemuendestays)."""
    squashed = squash(name)
    return {fold_diacritics(squashed), fold_diacritics(squashed.translate(GERMAN_FOLDS))}


def site_label(host: str) -> str:
    """The label of the page's host that names the site: its first, or the next after a service's
    ("lists" of lists.veronaexpats.org is the mailing lists of Verona Expats)."""
    labels = site_domain(host).split(".")
    if len(labels) > 2 and labels[0] in SERVICE_LABELS and labels[1] not in COUNTRY_SECOND_LEVELS:
        labels = labels[1:]
    return labels[0]


def _host_label(draft: Draft) -> str:
    """The site's name as its address spells it, squashed."""
    return squash(site_label(draft.meta.host))


def last_segment(title: str, separator: re.Pattern = SEPARATOR) -> tuple[str, str] | None:
    """The title before its last separator, and the segment after it; None without a separator."""
    separators = list(separator.finditer(title))
    if not separators:
        return None
    last = separators[-1]
    return title[: last.start()].rstrip(), title[last.end() :].strip()


def _home_link_name(draft: Draft) -> str | None:
    """The site's name as its link to the home page writes it, when it is the domain's name
    spelled out ("Saale Valley Post" on saalevalleypost.com): the name of a site that declares
    none in its metadata."""
    label = _host_label(draft)
    return next((text for text in draft.meta.home_link_texts if squash(text) == label), None)


#: The og:site_name of platforms that name themselves there, not the account that posted, with
#: their hosts: WeChat's official accounts platform, Telegram's web preview of a channel (a
#: newspaper may be called Telegram too).
PLATFORM_SITE_NAMES = {
    "微信公众平台": ("mp.weixin.qq.com",),
    "Telegram": ("t.me", "telegram.me"),
    "LiveInternet.ru": ("liveinternet.ru",),
}


#: A fediverse account as its post's og:title names it: "Baltic Bulletin (@balticbulletin@balticsocial.net)",
#: "Post by Norrbotten News in English (@norrbottennews@…)" (GoToSocial).
FEDIVERSE_ACCOUNT = re.compile(r"(?:Post by )?(?P<name>[^()@]{2,60}?) \(@[\w.-]+@[\w.-]+\)")


def _account_or_site_name(draft: Draft) -> str | None:
    """The site's declared name, or on a platform that declares its own, the account that posted:
    the one the page names as its author (a WeChat account's og:article:author, a fediverse
    account's og:title), the blog or diary
    the title names ("Diary of PetersburgDigest"), or the one the page's title names before the
    platform's name ("Bishkek Brief – Telegram", "Harbour Desk – Port news in English – Telegram")."""
    platform = draft.meta.site_name
    # A fediverse instance's name is its og:site_name; the account posted ("Baltic Bulletin" on Baltic Social).
    if account := FEDIVERSE_ACCOUNT.fullmatch(draft.meta.page.og_title or ""):
        return account["name"]
    if site_domain(draft.meta.host) not in PLATFORM_SITE_NAMES.get(platform or "", ()):
        return platform
    if len(draft.meta.authors) == 1:
        return draft.meta.authors[0]
    # A diary's, as the platform's title names it ("… - Diary of PetersburgDigest : LiveInternet").
    for part in SITE_SEPARATOR.split(draft.title_raw):
        if blog := BLOG_OF.fullmatch(part.strip()):
            return blog["name"]
    split = last_segment(draft.title_raw, SITE_SEPARATOR)
    if split is None or split[1] != platform:
        return platform
    return split[0].strip() or platform


def _title_part_name(draft: Draft) -> str | None:
    """The site's name as a part of the page's title writes it, when it is the domain's name
    spelled out ("Copenhagen Expats :: View topic - …", Skyrock's "Blog de french-news-today", a
    mailing list's tag, a newsletter's name before its issue's number)."""
    label = _host_label(draft)
    if (tag := SITE_TAG_PREFIX.match(draft.title_raw.strip())) and label in address_spellings(tag["name"]):
        return tag["name"]  # a mailing list's tag ("[Bratislava-expats] Fwd: …")
    if issue := ISSUE_PREFIX.match(draft.title_raw.strip()):
        # A newsletter's name before its issue's number, as its account's folder spells it
        # ("Nordic Morning #112: …" on mailchi.mp/nordicmorning/…).
        name = ISSUE_NUMBER_CLOSING.sub("", issue["name"]).strip()
        if squash(name) in {label, *_address_folders(draft)}:
            return name
    for part in SITE_SEPARATOR.split(draft.title_raw):
        name = blog["name"] if (blog := BLOG_OF.fullmatch(part.strip())) else part.strip()
        if label in address_spellings(name):
            return name
    return None


def site_names(draft: Draft) -> set[str]:
    """The names a page's own site goes by, squashed: og:site_name, the JSON-LD publisher, the
    domain ("sn.at", "SN.at") and its first label, the site config's name, the h1 linking home; a name with a
    separator is also its parts ("The Jerusalem Post | JPost.com")."""
    domain = site_domain(draft.meta.host)
    names = {draft.meta.site_name or "", draft.meta.site.name or "", domain, domain.split(".")[0]}
    names.add(draft.meta.site_heading or "")
    names.update(draft.meta.page.site_names)
    names.update(part for name in list(names) for part in SITE_SEPARATOR.split(name))
    return {squash(name) for name in names} - {""}


#: A blog platform's title for a user's blog: "Blog de tiziwezzu-news" (Skyrock), "Le blog de …",
#: "Blog of …", and a diary's: "Diary of PetersburgDigest", "Дневник …" (LiveInternet).
BLOG_OF = re.compile(
    r"(?i:(?:le |the )?(?:blog (?:de |d[’']|of |von |di )|diary of |дневник ))(?P<name>\S.{1,60})"
)


def is_site_name(segment: str, names: set[str], domain_label: str) -> bool:
    """The segment is one of the site's names (maybe as a platform's "Blog de …"), or a name of at
    most five words beginning with the domain's first label when that has five letters or more
    ("Vortex Cannon Entertainment" on vortexcannon.org, while "news" does not take "News of the day"),
    capitalised after it as a name is (not "comwrap auf der DMEXCO 2018" on blog.comwrap.com); its
    letters as an address writes them ("Warnemünde Stays" on warnemuende-stays.com)."""
    squashed = squash(segment)
    if squashed in names:
        return True
    if (blog := BLOG_OF.fullmatch(segment.strip())) and squash(blog["name"]) in names:
        return True
    words = segment.split()
    return (
        len(domain_label) >= 5
        and any(spelled.startswith(domain_label) for spelled in address_spellings(segment))
        and len(words) <= 5
        and all(word[:1].isupper() or word[:1].isdigit() for word in words[1:])
    )


#: The platform's credit a forum's or a shop's title closes with ("… - Powered by Discuz!"): a
#: name, capitalised ("powered by volunteers" is a headline's).
POWERED_BY = re.compile(r"(?i:(?:proudly )?powered by) [A-Z0-9][\w.!-]*(?: [A-Z0-9][\w.!-]*){0,3}")
#: A shorter site name glued to a headline's last word may be that word's end.
MIN_GLUED_SITE_NAME_CHARS = 8
#: The title's last words after a dash with no space before it: a site's name glued to the headline.
GLUED_TAIL = re.compile(r"(?<=\S)[-–—|](?P<name>[^\s\-–—|][^\-–—|]{6,59})$")
#: A site's name holds at most this many separators ("hrodna_in_english": two).
MAX_SEPARATORS_IN_NAME = 3


def _full_stop_before_site(after: str, domain_label: str) -> bool:
    """A platform may close the declared headline with a full stop and its own line, which names
    the site as its address does (LiveInternet's "…April. Обсуждение на LiveInternet - Российский
    Сервис Онлайн-Дневников")."""
    return (
        after.startswith(". ")
        and len(domain_label) >= MIN_GLUED_SITE_NAME_CHARS
        and domain_label in squash(after)
    )


def strip_site_parts(
    title: str, draft: Draft, name_removed: bool, section_words: frozenset[str] = frozenset()
) -> tuple[str, list[str]]:
    """The title without the site's own name and sections after the headline, and what was removed.

    When the page's own headline (JSON-LD headline, og:title, its one h1) is the title up to a separator, all
    that follows goes: the page says where its headline ends. Otherwise trailing segments go
    while each is a name of the site, or a section the page declares or a section's word
    ("…_News_Macau News Brief", DedeCMS's) once the site's name went (here or, as the
    republisher's, before: `name_removed`).
    """
    page = draft.meta.page
    removed = []
    domain_label = _host_label(draft)
    declared = ((page.headline, "JSON-LD headline"), (page.og_title, "og:title"), (draft.meta.h1, "h1"))
    for headline, source in declared:
        after = title[len(headline) :] if headline and title.startswith(headline) else ""
        if DECLARED_HEADLINE_END.match(after) or _full_stop_before_site(after, domain_label):
            rest = after.strip(" –—|:»·•-｜_>@/")
            # An h1 may be the site's logo: "Site | Headline" starts with it, and goes on longer.
            if source != "h1" or len(rest) < len(headline):
                # The declared headline may still close with the site's name, as a platform
                # writes it ("… - Blog de tiziwezzu-news" in og:title, "- Skyrock.com" after it).
                title = headline
                removed.append(f"the site's name and section {rest!r} (after the page's {source})")
                break
    names = site_names(draft)
    # The page's sections: those it declares, and those its breadcrumb trail shows ("… - Politics -
    # Nairaland" under "Nairaland Forum / Nairaland / General / Politics").
    # And the folders of its address ("… - Community - Verona Expats Lists" under
    # /archives/list/community@lists.veronaexpats.org/).
    folders = re.split(r"[/@]", urlsplit(draft.meta.url).path)
    sections = {squash(section) for section in (*page.categories, *draft.meta.breadcrumb, *folders)} - {""}
    # The site's name glued to the headline by a dash ("… from January-Taiwan News in English").
    # Or the name the address spells, when the page declares none ("…April-Da Nang Daily Brief" on
    # danangdailybrief.com).
    glued = GLUED_TAIL.search(title)
    spelled = glued["name"] if glued and squash(glued["name"]) == domain_label else None
    for site_name in filter(None, (draft.meta.site_name, _home_link_name(draft), spelled)):
        before = title[: -len(site_name)].rstrip() if title.endswith(site_name) else ""
        if len(site_name) >= MIN_GLUED_SITE_NAME_CHARS and before.endswith(("-", "–", "—", "|")):
            title = before[:-1].rstrip()
            removed.append(f"the site's name {site_name!r}")
            break
    while True:
        separators = list(SITE_NAME_SEPARATOR.finditer(title))
        if not separators:
            break
        # The site's name may hold a separator itself ("hrodna_in_english" after a colon).
        last = next(
            (
                separator
                for separator in reversed(separators[-MAX_SEPARATORS_IN_NAME:])
                if is_site_name(title[separator.end() :].strip(), names, domain_label)
            ),
            separators[-1],
        )
        segment = title[last.end() :].strip()
        if is_site_name(segment, names, domain_label):
            removed.append(f"the site's name {segment!r}")
        elif POWERED_BY.fullmatch(segment):
            removed.append(f"the platform's credit {segment!r}")
        elif (
            (removed or name_removed)
            and segment == draft.meta.h1
            and len(segment) < len(title[: last.start()])
        ):
            # The page's h1 is no headline of the title's but the project's name (Redmine's
            # "News title - Košice Expats - Košice IT Valley" under <h1>Košice Expats</h1>).
            removed.append(f"the site's name {segment!r} (the page's h1)")
        elif (
            (squash(segment) in sections or segment.casefold() in section_words)
            and (removed or name_removed or (segment.islower() and squash(segment) in sections))
            and not last.group().startswith(":")
        ):
            # A lower-case folder name is no headline's word, even as the only part after it
            # (Sympa's "… - arc" under /sympa/arc/).
            removed.append(f"the site's section {segment!r}")
        else:
            break
        title = title[: last.start()].rstrip()
    return title, removed


#: The site's name opening the title: "Manila Wire | Headline", "Coastal Chronicle: Headline",
#: "Maple Wire News :: Headline", "Adriatic Morning Post • Headline".
SITE_PREFIX = re.compile(r"^(?P<name>[^–—|:•·»]{2,40}?)\s*(?:::|[–—|:•·»]|\s-)\s+(?=\S)")
#: A lead-in of at most four words before the headline proper: "Bremerhaven: ", "Deutsche Bahn: ".
LEAD_IN = re.compile(r"[^\s:–—|/]+(?:\s[^\s:–—|/]+){0,3}(?::|\s[–—|/-])\s+")


#: A wiki's page name as its title: "LundyNews/MsOldenburg2026" (MoinMoin), "ParnuMoleRepair2026 <
#: News < Pärnu Sailors Wiki" (Foswiki's topic, web and site), "News/2026-03-25-electric-ferry" (Trac),
#: "Norðurland Hikers Wiki: HlidarfjallSeasonExtended" (WikkaWiki), and a note's file name:
#: "2026-04-01-horni-namesti-bez-aut" (Obsidian Publish).
WIKI_PAGE_TITLE = re.compile(
    rf"\s*(?:[^:<]{{2,60}}:\s+)?(?:{WIKI_PAGE_PATH.pattern}|[\w.-]+(?:/[\w.-]+)+|[\da-z]+(?:[-_][\da-z]+){{3,}})"
    r"(?:\s+<\s+[^<]+)*"
    rf"(?:{SEPARATOR.pattern}[^–—|]+)?"
)
MIN_WIKI_HEADLINE_WORDS = 3

#: A title that is all one quotation.
POST_IN_QUOTES = re.compile(r"[\"“„«](?P<text>[^\"“”„«»]{2,300})[\"”»]")
#: A copy's note on itself after the outlet's name closing the title: "(full text)".
COPY_NOTE = re.compile(
    r"\s+\((?:full (?:text|story|article)|translated|in english|english version|paywall[- ]free|no paywall)\)$",
    re.IGNORECASE,
)
#: A code host's title after a discussion's or an issue's: "· owner/repo · Discussion #214" (GitHub's),
#: "· Issue #12 · owner/repo".
CODE_HOST_SUFFIX = re.compile(
    r"(?:\s+·\s+(?:(?:Discussion|Issue|Pull Request|Merge Request) #\d+|[\w.-]+/[\w.-]+)){2}\s*$",
    re.IGNORECASE,
)
#: A name after a middle dot closing the title: "… · GitHub".
DOTTED_SUFFIX = re.compile(r"\s+·\s+(?P<name>[^·]{2,40})$")
#: A podcast's episode number before the episode's title: "Ep. 48 – ", "Episode 12: ".
EPISODE_PREFIX = re.compile(
    r"^(?:Ep\.?|Episode|Folge|Épisode|Episodio)\s*#?\d{1,4}\s*[:–—|-]\s+(?=\S)", re.IGNORECASE
)
#: A print view's mark before the headline (WP-Print's "Print » "); after a colon it may head a
#: headline of its own ("Print: the library opens a 3D workshop").
PRINT_PREFIX = re.compile(r"^(?:Print|Printer[- ]friendly(?: version)?)\s*[»|]\s+(?=\S)", re.IGNORECASE)
#: A print view's mark closing the title, after any separator: "… (NRC) » Print" (WP-Print's).
PRINT_SUFFIX = re.compile(
    r"\s+[»|–—-]\s+(?:Print|Printer[- ]friendly(?: version)?|Print version|Printable version)$", re.IGNORECASE
)
#: A pictograph opening a post's text: "🧵 " (a thread), "📢 ".
OPENING_PICTOGRAPH = re.compile(r"^[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s+(?=\w)")
#: Where a post's first line ends when the description runs its lines together: a sentence's
#: end, a pictograph opening the next, a hashtag, the thread's counter.
POST_LINE_END = re.compile(r"[.!?](?=\s|$)|\s+(?=[\u2600-\u27bf\U0001f300-\U0001faff#]|\d{1,2}/\d{1,2}\b)")
#: At most this many words of a cut post's first line are taken from its description.
MAX_CUT_WORDS = 12


#: A platform's title for a post that has none: "Post by İzmir Daily (EN)" (Takahē, GoToSocial).
POSTED_BY = re.compile(r"(?:Post|Toot|Status|Note) by .{2,60}")
#: A headline is a few words and no sentence.
MIN_HEADLINE_WORDS = 4
MAX_HEADLINE_WORDS = 20
#: A page's name is a few words ("North Beach changing cabins"); a slug of more is a headline's.
MAX_PAGE_NAME_WORDS = 5
#: The lines a note of the copy's may take before the headline over the text.
HEADLINE_LINES = 3
#: Words shared by an issue's subject and its lead story's headline ("a floating pool on the Pasta
#: sala" and "Jelgava: a floating pool will open on the Pasta sala this summer").
MIN_SHARED_ISSUE_WORDS = 2


def _is_headline(line: str) -> bool:
    return (
        MIN_HEADLINE_WORDS <= len(line.split()) <= MAX_HEADLINE_WORDS and line.rstrip()[-1:] not in ".!?…:,;"
    )


def _names_the_page(title: str, draft: Draft) -> bool:
    """The title is the page's name as its address spells it ("Local news" on /local-news/,
    "Eigg Notes ~ news ~ ferry timetable" on /news/2026/ferry-timetable/), not a headline."""
    slug = _page_slug(draft)
    last = re.split(r"\s[~|–—:»·-]\s", title)[-1]
    return len(slug) > 3 and len(last.split()) <= MAX_PAGE_NAME_WORDS and squash(last) == squash(slug)


def _headline_line(draft: Draft) -> int | None:
    """Where the headline stands over the text, among its first lines: the page's first h2, or a
    headline holding the words of the page's address in order (XWiki's page
    "prague-night-trams-every-20-minutes" over "Prague night trams will run every 20 minutes …")."""
    first_lines = list(enumerate(draft.lines[:HEADLINE_LINES]))
    heading = draft.meta.first_h2
    if heading and _is_headline(heading):
        found = next((i for i, line in first_lines if line == heading), None)
        if found is not None:
            return found
    slug = [word for word in re.split(r"[\W_]+", _page_slug(draft).casefold()) if word]
    if len(slug) < MIN_HEADLINE_WORDS:
        return None
    return next(
        (i for i, line in first_lines if _is_headline(line) and _in_order(slug, line.casefold().split())),
        None,
    )


def _in_order(words: list[str], line_words: list[str]) -> bool:
    """Each of `words` opens a word of the line, in order ("every-20-minutes" in "… run every 20 minutes")."""
    remaining = iter(line_words)
    return all(any(word_of_line.startswith(word) for word_of_line in remaining) for word in words)


def _page_slug(draft: Draft) -> str:
    """The last folder of the page's address: its own name ("prague-night-trams-every-20-minutes")."""
    return urlsplit(draft.meta.url).path.rstrip("/").rsplit("/", 1)[-1]


def _opening_post_line(draft: Draft) -> int | None:
    """The post's first line where it is a headline ("📰 İzmir: the Kordon will have …")."""
    if draft.lines and _is_headline(OPENING_PICTOGRAPH.sub("", draft.lines[0])):
        return 0
    return None


def _issue_of(title: str, h1: str) -> bool:
    """The title is a newsletter's issue ("Jelgava Weekly #12 – a floating pool on the Pasta sala")
    whose subject is the story its h1 heads."""
    issue = ISSUE_PREFIX.match(title)
    if not issue or not _is_headline(h1):
        return False
    words = set(re.findall(r"\w{4,}", title[issue.end() :].casefold()))
    return len(words & set(re.findall(r"\w{4,}", h1.casefold()))) >= MIN_SHARED_ISSUE_WORDS


def _whole_post_line(cut: str, description: str | None) -> str | None:
    """The post's first line of which the title is the cut start, as the description has it."""
    if not description or not description.startswith(cut) or len(cut.split()) < 3:
        return None
    rest = description[len(cut) :]
    end = POST_LINE_END.search(rest)
    whole = (cut + rest[: end.start() if end else len(rest)]).strip()
    return whole if 0 < len(whole.split()) - len(cut.split()) <= MAX_CUT_WORDS else None


#: A mailing list's tag before the subject: "[Verona Expats] Fwd: …".
SITE_TAG_PREFIX = re.compile(r"^\[(?P<name>[^\[\]]{2,60})\]\s+(?=\S)")
#: A mail's or a forum post's reply and forward marks before the subject: "Fwd: …", "Re: …",
#: "AW: WG: …", "Re[2]: …".
MAIL_PREFIXES = re.compile(r"^(?:(?:Re|RE|Fwd|FWD|Fw|FW|AW|WG|TR|RV)(?:\[\d{1,3}\])?:\s+)+(?=\S)")


#: A newsletter's name and issue number before the lead story's headline: "Fortaleza Weekly #112: ".
ISSUE_PREFIX = re.compile(
    r"^(?P<name>[^:–—|]{2,40}?(?:#\s?|\b(?:No|Nr|Issue|Edition|Vol)\.?\s)\d{1,4})\s*[:–—|]\s+(?=\S)"
)
#: An issue's number closing a newsletter's name: "#112", "No. 58".
ISSUE_NUMBER_CLOSING = re.compile(r"\s*(?:#\s?|\b(?:No|Nr|Issue|Edition|Vol)\.?\s)\d{1,4}$")
#: A mailing list's archive, where a title's opening "[tag]" is the list's whatever it says:
#: Pipermail's, Sympa's, HyperKitty's, MHonArc's addresses, or a lists. host.
LIST_ARCHIVE_ADDRESS = re.compile(
    r"^https?://lists?\.|/(?:pipermail|sympa/arc|hyperkitty|mhonarc)/", re.IGNORECASE
)
#: A message's subject among its header rows, as a list archive shows them.
MESSAGE_SUBJECT = re.compile(r"^(?:[-•*]\s+)?Subject:\s*(?P<subject>\S.{2,200})$")
MESSAGE_HEADER = re.compile(r"^(?:[-•*]\s+)?(?:From|Date|To):\s*\S")


def _message_subject(lines: list[str]) -> str | None:
    """The subject of the message whose header rows the text holds (a Subject: beside a From:,
    To: or Date:), not a list's description."""
    for index, line in enumerate(lines):
        if (subject := MESSAGE_SUBJECT.match(line)) and any(
            MESSAGE_HEADER.match(other) for other in lines[max(index - 2, 0) : index + 3]
        ):
            return subject["subject"].strip()
    return None


#: A forum's name in a "::" trail before the headline.
FORUM_PREFIX = re.compile(r"^(?P<name>[^:–—|]{2,40}?)\s+::\s+(?=\S)")
#: A site's short name in capitals before the headline, as Moodle writes a course's ("SSC: …").
INITIALS_PREFIX = re.compile(r"^(?P<name>[A-Z]{2,6}):\s+(?=\S)")


def _initials(name: str) -> str:
    return "".join(word[0] for word in re.findall(r"\w+", name) if word[0].isupper())


#: The number a platform puts before a folder's name: "104263-news".
NUMBERED_FOLDER = re.compile(r"^\d+-(?=\D)")


def _address_folders(draft: Draft) -> set[str]:
    """The folders of the page's address, squashed: a blog's or a section's name
    ("/alpes-news/2026/03/17/…"), also without the number before it ("/stream/104263-news/", Zulip's)."""
    folders = urlsplit(draft.meta.url).path.split("/")[:-1]
    return {squash(name) for folder in folders for name in (folder, NUMBERED_FOLDER.sub("", folder))} - {""}


def _strip_mail_marks(title: str, draft: Draft, domain_label: str, removed: list[str]) -> str:
    """The title without a mailing list's tag of the site's name or of a folder of its address
    ("[bodo-news]" under /arc/bodo-news/), nor a mail's reply and forward marks."""
    tag = SITE_TAG_PREFIX.match(title)
    if tag and (
        is_site_name(tag["name"], site_names(draft), domain_label)
        or squash(tag["name"]) in _address_folders(draft)
        or LIST_ARCHIVE_ADDRESS.search(draft.meta.url)
    ):
        title = title[tag.end() :]
        removed.append(f"the mailing list's tag [{tag['name']}] before the subject")
    if marks := MAIL_PREFIXES.match(title):
        title = title[marks.end() :]
        removed.append(f"the mail's marks {marks.group(0).strip()!r} before the subject")
    return title


def _place_in_headline(title: str, name: str, draft: Draft) -> bool:
    """The name before a colon is the headline's lead-in, a place that also names the address
    ("Kuressaare: Roomassaare harbour …" on kuressaare.weblog.lol): the page's h1 shows it so, and
    the site declares no such name of its own."""
    declared = {
        draft.meta.site_name,
        draft.meta.site.name,
        draft.meta.site_heading,
        *draft.meta.page.site_names,
    }
    return (
        title.strip() == draft.meta.h1
        and title[len(name) :].lstrip().startswith(":")
        and squash(name) not in {squash(declared_name) for declared_name in declared if declared_name}
    )


def strip_site_prefix(title: str, draft: Draft, site_name: str | None = None) -> tuple[str, list[str]]:
    """The title without the site's name before the headline (as it is, as a mailing list's tag,
    or as its initials: `site_name` is the one the title closed with), a section named by a folder
    of the address, a newsletter's issue, nor a mail's reply and forward marks; and in the page's
    declared headline (JSON-LD headline, else og:title) when the rest of the title is that headline
    after a lead-in ("Bremerhaven: ") or differs from it only in case ("la Línea" after a colon,
    "La Línea" as declared). What was removed is said."""
    removed = []
    domain_label = _host_label(draft)
    title = _strip_mail_marks(title, draft, domain_label, removed)
    prefix = SITE_PREFIX.match(title)
    if prefix and _place_in_headline(title, prefix["name"], draft):
        pass
    elif prefix and (
        is_site_name(prefix["name"], site_names(draft), domain_label)
        or (site_name and squash(prefix["name"]) == squash(site_name))
    ):
        title = title[prefix.end() :]
        removed.append(f"the site's name {prefix['name'].strip()!r} before the headline")
        # A forum's trail after it: "Saigon Expat Board :: Vietnam News :: Headline" (Phorum's).
        while prefix.group(0).rstrip().endswith("::") and (forum := FORUM_PREFIX.match(title)):
            title = title[forum.end() :]
            removed.append(f"the forum's name {forum['name'].strip()!r} before the headline")
    elif (
        prefix
        and prefix["name"].strip() in draft.meta.byline_parts
        and len(title[prefix.end() :].split()) >= 3
    ):
        # A social network's post titled by its poster ("Kuching Daily (EN): Headline" on Friendica).
        title = title[prefix.end() :]
        removed.append(
            f"the poster's name {prefix['name'].strip()!r} (the page's byline) before the headline"
        )
    elif (
        prefix
        and not prefix.group(0).rstrip().endswith(":")
        and squash(prefix["name"]) in _address_folders(draft) - {squash(_page_slug(draft))}
        and len(title[prefix.end() :].split()) >= 3
    ):
        title = title[prefix.end() :]
        removed.append(
            f"the section {prefix['name'].strip()!r} (a folder of the page's address) before the headline"
        )
    elif (
        (initials := INITIALS_PREFIX.match(title)) and site_name and initials["name"] == _initials(site_name)
    ):
        title = title[initials.end() :]
        removed.append(f"the site's short name {initials['name']!r} ({site_name}) before the headline")
    if removed:
        # The list's name may stand before its tag ("bodo-news - [bodo-news] …", Sympa's).
        title = _strip_mail_marks(title, draft, domain_label, removed)
    if (printed := PRINT_PREFIX.match(title)) and len(title[printed.end() :].split()) >= MIN_HEADLINE_WORDS:
        title = title[printed.end() :]
        removed.append(f"the print view's mark {printed.group(0).strip(' »:|–—-')!r} before the headline")
    if (episode := EPISODE_PREFIX.match(title)) and len(title[episode.end() :].split()) >= MIN_HEADLINE_WORDS:
        title = title[episode.end() :]
        removed.append(f"the episode's number {episode.group(0).strip(' –—:|-')!r} before its title")
    if (issue := ISSUE_PREFIX.match(title)) and title[issue.end() :] == draft.meta.h1:
        title = title[issue.end() :]
        removed.append(
            f"the newsletter's issue {issue['name'].strip()!r} before the lead story's headline (its h1)"
        )
    page = draft.meta.page
    # The page's one <h1> where it declares no headline (PmWiki's "News / Headline" under its h1).
    headline = page.headline or page.og_title or draft.meta.h1
    if not headline or headline == title:
        return title, removed
    if headline.casefold() == title.casefold():
        return headline, [*removed, f"the title written as the page's declared headline {headline!r}"]
    lead_in = title[: -len(headline)] if title.endswith(headline) else ""
    if LEAD_IN.fullmatch(lead_in):
        return headline, [*removed, f"the lead-in {lead_in.strip()!r} before the page's declared headline"]
    return title, removed


@register
class TitleStage(Stage):
    name = "title"

    def __init__(self, context: StageContext, discovery: str = "discovery.yaml"):
        self.outlets = context.outlets
        #: Names outlets the registry lacks, when the page's signals agree (outlet_discovery.py).
        self.discovery = OutletDiscovery(context.path(discovery))

    def _unknown_outlet(self, segment: str, draft: Draft, prefix: bool = False) -> Finding | None:
        """The outlet a title segment names though the registry lacks it, confirmed by the page."""
        if draft.original["outlet"] is not None:
            return None
        return self.discovery.confirm_segment(segment, draft, site_names(draft), needs_domain=prefix)

    @staticmethod
    def _record_unknown(draft: Draft, finding: Finding) -> None:
        draft.original.update(finding.as_original())
        draft.original.setdefault("evidence", []).extend(finding.evidence)

    def _copied_site_name(self, draft: Draft) -> Outlet | None:
        """The outlet whose name the page's og:site_name is, when that outlet is another site: the
        farm copied the original's meta tags with its text ("Blesk.cz" on czechnewshub.com)."""
        outlet = self.outlets.named(draft.meta.site_name) if draft.meta.site_name else None
        host = site_domain(draft.meta.host)
        if outlet is None or not host or self.outlets.by_domain(host) is outlet:
            return None
        if squash(draft.meta.site_name) == squash(host):
            return None  # the site's own domain read as one word ("Telegraph" on telegra.ph)
        # The outlet's own site under a domain the registry does not list ("derspiegel.de",
        # "nationalpost.ca") is no copy.
        own_labels = {squash(outlet.domain.split(".")[0]), squash(outlet.name)}
        return None if squash(host.split(".")[0]) in own_labels else outlet

    def _is_republisher(self, segment: str, draft: Draft, copied: Outlet | None) -> bool:
        """The segment is the farm's name: its domain's first label, also without the digits farms
        add to it ("Nordic News Digest" on nordicnewsdigest24.blogspot.com), the domain read as one
        word ("Telegraph" on telegra.ph), its og:site_name unless that is the original's, or the text
        of its link to its home page ("Lowlands Expat Forum" on lowlandsexpats.com)."""
        domain = site_domain(draft.meta.host)
        domain_label = squash(site_label(domain))
        without_digits = domain_label.rstrip("0123456789")
        names = {domain_label, squash(domain), "" if copied else squash(draft.meta.site_name or "")}
        # On a platform, the creator's handle ("Harare in English" on buymeacoffee.com/harareinenglish/…).
        if len(handle := squash(draft.meta.creator_handle)) >= MIN_LABEL_WITHOUT_DIGITS:
            names.add(handle)
        # A masthead a farm copied with the page links home under the outlet's name: not the farm's.
        names.update(
            squash(text)
            for text in draft.meta.home_link_texts
            if (outlet := self.outlets.find(text)) is None or outlet.domain == domain
        )
        if len(without_digits) >= MIN_LABEL_WITHOUT_DIGITS:
            names.add(without_digits)
        return squash(segment) in names - {""}

    def __call__(self, draft: Draft) -> None:
        title = draft.title
        removed = []
        if (
            LIST_ARCHIVE_ADDRESS.search(draft.meta.url)
            and (subject := _message_subject(draft.lines))
            and squash(SITE_TAG_PREFIX.sub("", subject)) not in squash(title)
        ):
            # Sympa titles a message's page with its service's name ("Breizh Wire - arc").
            removed.append(f"the archive's title {title.strip()!r} for the message's subject")
            title = subject
        for pattern in draft.meta.site.title_patterns:
            match = pattern.search(title)
            if match and match.group(0).strip() != title.strip():
                title = (title[: match.start()] + title[match.end() :]).strip()
                removed.append(f"the site's title pattern {pattern.pattern!r} ({match.group(0).strip()!r})")
        if (dotted := DOTTED_SUFFIX.search(title)) and is_site_name(
            dotted["name"], site_names(draft), _host_label(draft)
        ):
            title = title[: dotted.start()]
            removed.append(f"the site's name {dotted['name']!r} after a middle dot")
        if printed := PRINT_SUFFIX.search(title):
            title = title[: printed.start()]
            removed.append(f"the print view's mark {printed.group(0).strip(' »|–—-')!r} after the headline")
        if code_host := CODE_HOST_SUFFIX.search(title):
            title = title[: code_host.start()]
            removed.append(f"the code host's {code_host.group(0).strip(' ·')!r}")
        bracketed_site = SITE_IN_BRACKETS.search(title)
        own_names = site_names(draft) if bracketed_site else set()
        if bracketed_site and any(
            is_site_name(bracketed_site["name"], own_names, squash(label))
            for label in site_domain(draft.meta.host).split(".")[:-1]
        ):
            title = title[: bracketed_site.start()]
            removed.append(f"the site's name {bracketed_site['name']!r} in brackets")
        copied = self._copied_site_name(draft)
        republisher_name = None if copied else _account_or_site_name(draft)
        name_removed = False
        #: The segment before the site's name that no signal confirmed as an outlet.
        unconfirmed: str | None = None
        while True:
            # An outlet's page title may follow any separator ("… :: First interactive multimedia portal, MMC RTV Slovenia").
            page_title = self.outlets.page_title_suffix(title)
            if (
                page_title
                and len(page_title[1]) < len(title)
                and draft.original["outlet"] in (None, page_title[0].name)
            ):
                outlet, written = page_title
                draft.original.update(outlet.as_original())
                draft.original.setdefault("evidence", []).append(
                    f"{outlet.name}'s page title {written!r} in the title"
                )
                removed.append(f"the page title of {outlet.name} {written!r}")
                title = title[: -len(written)].rstrip(" –—|-:")
                continue
            separators = list(SEPARATOR.finditer(title))
            if not separators:
                break
            last = separators[-1]
            # The copy's note on what it is after the name: "— The Spokesman-Review (full text)".
            segment = COPY_NOTE.sub("", title[last.end() :].strip())
            outlet = self.outlets.find(segment)
            if self._is_republisher(segment, draft, copied):
                republisher_name = republisher_name or segment
                name_removed = True
                removed.append(f"republisher suffix {segment!r}")
            elif outlet is None and self.discovery.is_platform_name(segment):
                # The software's name as a site's default title ("… - Finnish Wire - Redmine").
                removed.append(f"the platform's name {segment!r}")
            elif outlet is not None and outlet.domain == site_domain(draft.meta.host):
                break  # the outlet's own page ("… - SN.at" on sn.at): its site name, no source
            elif outlet is not None and draft.original["outlet"] in (None, outlet.name):
                self._take_outlet_suffix(outlet, segment, draft, removed)
            elif outlet is None and (finding := self._unknown_outlet(segment, draft)):
                self._record_unknown(draft, finding)
                removed.append(f"outlet suffix {segment!r} (not in the registry, confirmed by the page)")
            elif draft.original["outlet"] is not None and DATE_SEGMENT.fullmatch(segment):
                removed.append(f"date segment {segment!r}")
            elif (
                draft.original["outlet"] is not None
                and len(separators) > 1
                and SECTION_SEGMENT.fullmatch(segment)
                and DATE_SEGMENT.fullmatch(title[separators[-2].end() : last.start()].strip())
            ):
                removed.append(f"date and section segments {title[separators[-2].end() :].strip()!r}")
                title = title[: separators[-2].start()].rstrip()
                continue
            else:
                if outlet is None and name_removed and draft.original["outlet"] is None:
                    unconfirmed = segment
                break
            title = title[: last.start()].rstrip()
        title = self._strip_page_number_and_outlet(title, draft, removed)
        title, site_parts = strip_site_parts(title, draft, name_removed, self.discovery.section_words)
        removed.extend(site_parts)
        if site_parts:
            # They may have followed the page number ("… (La Voix du Nord) (Page 1) — Local news — Forum").
            title = self._strip_page_number_and_outlet(title, draft, removed)
        if site_parts and (split := last_segment(title)):
            # The site's name followed the outlet's ("… - L'Unione Sarda · Sardinia Daily").
            head, segment = split
            outlet = self.outlets.find(segment)
            if self._names_the_original(outlet, draft):
                self._take_outlet_suffix(outlet, segment, draft, removed)
                title = head
            elif outlet is None and draft.original["outlet"] is None:
                unconfirmed = segment
        draft.title_outlet_segment = unconfirmed
        prefix = PREFIX.match(title)
        outlet = self.outlets.find(prefix["name"]) if prefix else None
        if outlet and draft.original["outlet"] in (None, outlet.name):
            draft.original.update(outlet.as_original())
            draft.original.setdefault("evidence", []).append(f"title prefix {prefix['name']!r}")
            removed.append(f"outlet prefix {prefix['name']!r} ({outlet.domain})")
            title = title[prefix.end() :]
        elif (
            prefix
            and outlet is None
            and (finding := self._unknown_outlet(prefix["name"], draft, prefix=True))
        ):
            self._record_unknown(draft, finding)
            removed.append(f"outlet prefix {prefix['name']!r} (not in the registry, confirmed by the page)")
            title = title[prefix.end() :]
        title, site_prefix = strip_site_prefix(title, draft, republisher_name)
        removed.extend(site_prefix)
        if site_prefix and (quoted := POST_IN_QUOTES.fullmatch(title)):
            # A social network titles a post with its poster and its text in quotes (Mastodon,
            # GoToSocial, Akkoma: 'Norrbotten News in English: "Luleå: the ice road …"').
            # The platform cuts a long post's text short with an ellipsis.
            title = quoted["text"].rstrip(" …")
            removed.append("the quotes around the post's text")
            if quoted["text"].endswith("…") and (
                whole := _whole_post_line(title, draft.meta.page.description)
            ):
                title = whole
                removed.append("the post's first line in full, as the page's description has it")
            if opening := OPENING_PICTOGRAPH.match(title):
                title = title[opening.end() :]
                removed.append(f"the post's opening {opening.group(0).strip()!r}")
        self._og_title_suffix(draft)
        if copied is not None and draft.original["outlet"] is None:
            draft.original.update(copied.as_original())
            draft.original.setdefault("evidence", []).append(
                f"the page's og:site_name {draft.meta.site_name!r} is {copied.name}'s, not this site's"
            )
        if QUOTE_DASH.match(title):
            title = QUOTE_DASH.sub("", title, count=1)
            removed.append("leading quote dash (the headline is a quotation)")
        if (
            (h1 := draft.meta.h1)
            and WIKI_PAGE_TITLE.fullmatch(title)
            and len(h1.split()) >= MIN_WIKI_HEADLINE_WORDS
        ):
            removed.append(f"the wiki's page name {title.strip()!r} for the page's h1 {h1!r}")
            title = h1
        elif (h1 := draft.meta.h1) and _shortened(title, h1):
            removed.append(f"the page's h1 {h1!r} in full, which the title cut short")
            title = h1
        headline_line = None
        if (h1 := draft.meta.h1) and _issue_of(title, h1):
            removed.append(f"the newsletter's issue {title.strip()!r} for its lead story's headline (its h1)")
            title = h1
            # …which the issue shows over the story, under the sender's note.
            headline_line = next(
                (i for i, line in enumerate(draft.lines[:HEADLINE_LINES]) if line == h1), None
            )
        elif _names_the_page(title, draft) and (headline_line := _headline_line(draft)) is not None:
            removed.append(f"the page's name {title.strip()!r} for the headline over the text")
            title = draft.lines[headline_line]
        elif POSTED_BY.fullmatch(title) and (headline_line := _opening_post_line(draft)) is not None:
            removed.append(f"the platform's {title.strip()!r} for the post's first line")
            title = OPENING_PICTOGRAPH.sub("", draft.lines[headline_line])
        host = site_domain(draft.meta.host)
        draft.republisher = {
            "name": republisher_name
            or _home_link_name(draft)
            or _title_part_name(draft)
            or site_label(host).capitalize()
            or None,
            "domain": host or None,
        }
        if removed:
            draft.set_title(title, self.name, "removed " + ", ".join(removed))
        if headline_line is not None:
            reasons = {headline_line: "the headline over the text, now the title"}
            page_name = squash(_page_slug(draft))
            for index in range(headline_line):
                if squash(draft.lines[index]) == page_name:
                    reasons[index] = "the page's name as its address spells it, over the headline"
            draft.remove_lines(set(reasons), self.name, reasons)
        self._drop_repeated_headline(draft)

    def _strip_page_number_and_outlet(self, title: str, draft: Draft, removed: list[str]) -> str:
        """The title without a page number closing it, nor a registered outlet in brackets after the
        headline ("… (La Voix du Nord)"), which names the original."""
        if page_number := PAGE_NUMBER_SUFFIX.search(title):
            removed.append(f"the page number {page_number.group(0).strip()!r}")
            title = title[: page_number.start()]
        bracketed = BRACKETED_SUFFIX.search(title)
        outlet = self.outlets.find(bracketed["name"]) if bracketed and bracketed.start() > 0 else None
        if self._names_the_original(outlet, draft):
            draft.original.update(outlet.as_original())
            draft.original.setdefault("evidence", []).append(f"title suffix ({bracketed['name']})")
            removed.append(f"outlet suffix ({bracketed['name']}) ({outlet.domain})")
            title = title[: bracketed.start()].rstrip()
        return title

    @staticmethod
    def _names_the_original(outlet: Outlet | None, draft: Draft) -> bool:
        """A registry outlet named in the title is the original unless it is the site itself or
        the page already names another."""
        return (
            outlet is not None
            and outlet.domain != site_domain(draft.meta.host)
            and draft.original["outlet"] in (None, outlet.name)
        )

    @staticmethod
    def _take_outlet_suffix(outlet: Outlet, segment: str, draft: Draft, removed: list[str]) -> None:
        draft.original.update(outlet.as_original())
        draft.original.setdefault("evidence", []).append(f"title suffix {segment!r}")
        removed.append(f"outlet suffix {segment!r} ({outlet.domain})")

    def _og_title_suffix(self, draft: Draft) -> None:
        """A farm may take the outlet out of its <title> and leave it in og:title ("… | NU.nl"),
        which it copied with the rest: the outlet's name closing it names the original."""
        og_title = draft.meta.page.og_title
        if draft.original["outlet"] is not None or not og_title or og_title == draft.title_raw:
            return
        split = last_segment(og_title)
        if split is None:
            return
        segment = split[1]
        outlet = self.outlets.find(segment)
        if outlet is not None and outlet.domain != site_domain(draft.meta.host):
            draft.original.update(outlet.as_original())
            draft.original.setdefault("evidence", []).append(f"og:title suffix {segment!r}")

    def _drop_repeated_headline(self, draft: Draft) -> None:
        """Extraction sometimes keeps the page's headline as the body's first line, or as the
        second under its kicker ("Hallenbad am Stadtpark"): both are the page's header. A line
        that ends like a sentence is the article's first paragraph, whatever the title says,
        unless it is the text of the page's h1 and of no paragraph ("… She lost 400 thousand!")."""
        if not draft.lines:
            return
        header = "a heading of the page's header above the headline"
        at = draft.meta.h1_line
        if (
            at is not None
            and at < len(draft.lines)
            and draft.lines[at] == draft.meta.h1
            and all(_is_header_line(line) for line in draft.lines[:at])
        ):
            reasons = {
                i: header
                if _is_short_heading(line)
                else "the post's date line in the page's header, above the headline"
                for i, line in enumerate(draft.lines[:at])
            }
            reasons[at] = (
                "the page's headline (its h1) repeated as the first line of the body"
                if at == 0
                else "the page's headline (its h1) repeated in the body under the header's headings"
            )
            draft.remove_lines(set(reasons), self.name, reasons)
            return
        leading = 0
        while (
            leading < min(len(draft.lines) - 1, HEADER_HEADING_LINES)
            and draft.lines[leading] in draft.meta.header_headings
            and _is_short_heading(draft.lines[leading])
        ):
            leading += 1
        if leading:
            draft.remove_lines(set(range(leading)), self.name, dict.fromkeys(range(leading), header))
        if draft.lines[0].rstrip()[-1:] in ".!?…":
            return
        kicker = draft.lines[0]
        in_breadcrumb = kicker in draft.meta.breadcrumb
        if (
            len(draft.lines) > 1
            and (in_breadcrumb or _is_short_heading(kicker))
            and squash(draft.lines[1]) in {squash(draft.title), squash(draft.title_raw)}
            and squash(draft.title)
        ):
            draft.remove_lines(
                {0, 1},
                self.name,
                {
                    0: "the page's breadcrumb above the headline, repeated in the body"
                    if in_breadcrumb
                    else "the kicker above the headline repeated in the body",
                    1: "the headline repeated in the body",
                },
            )
            return
        first = squash(draft.lines[0])
        if first and first in {squash(draft.title), squash(draft.title_raw)}:
            draft.remove_lines({0}, self.name, {0: "the headline repeated as the first line of the body"})
        elif first and squash(draft.title_raw).startswith(first) and squash(draft.title) in first:
            draft.remove_lines(
                {0}, self.name, {0: "the headline (with its outlet suffix) repeated as the first line"}
            )
