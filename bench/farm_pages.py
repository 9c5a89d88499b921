"""Write the farm pages of bench/outlets.py from the hand-written entries below.

Each entry is one farm copy: the outlet it copied, the headline, the title pattern, the signals
the page carries and the answer a reader gives (outlet, domain, clean title). The expected JSON
is that answer, entered by hand here, never produced by the cleaner. Pages imitate the farms'
WordPress templates (samples/ and ../shared/seeds/). Run once; the pages are committed.

    .venv/bin/python bench/farm_pages.py
"""

import json
import unicodedata
from html import escape
from pathlib import Path

SLUG_FOLDS = str.maketrans({"ø": "o", "æ": "ae", "ł": "l", "ß": "ss", "ı": "i"})
FARMS_DIR = Path(__file__).resolve().parent / "farms"
FARMS = {
    "archyworldys": ("www.archyworldys.com", "Archyworldys", " – "),
    "newsbeezer": ("www.newsbeezer.com", "Newsbeezer", " - "),
    "worldtoday": ("www.world-today-news.com", "World Today News", " | "),
    "archyde": ("www.archyde.com", "Archyde", " | "),
}
STORIES = [
    (
        "Storm leaves thousands without power in {city}",
        [
            "A powerful storm swept across {city} overnight, leaving more than twelve thousand households without electricity by early morning.",
            "Fallen trees blocked several main roads, and the fire brigade was called out more than two hundred times between midnight and six o'clock.",
            "{person}, who leads the regional emergency service, said crews would work through the day to clear the roads and restore power to the worst hit areas.",
            "Schools in three districts stayed closed, and the local train operator cancelled all departures until the lines had been inspected.",
            "Forecasters expect the wind to ease during the afternoon, but they warn that another low pressure system could reach the coast at the weekend.",
        ],
    ),
    (
        "{city} hospital to cut waiting times with new surgery wing",
        [
            "The regional hospital in {city} will open a new surgery wing next spring, a project that should cut waiting times for hip and knee operations by half.",
            "The building has cost around ninety million euros and adds eight operating theatres, forty beds and a new intensive care unit.",
            "{person}, the hospital's medical director, said the lack of operating capacity had been the main reason why patients waited for more than a year.",
            "Nurses' unions welcomed the expansion but warned that the hospital still lacks staff, and that new rooms are of little use without people to work in them.",
            "The regional council will decide in the autumn how many new positions it can finance from next year's budget.",
        ],
    ),
    (
        "Train drivers in {city} announce a three-day strike",
        [
            "Train drivers in {city} will stop work for three days from Monday after talks on wages and working hours broke down late on Thursday.",
            "The union says its members have lost almost a tenth of their purchasing power in two years, while the operator's profits have risen.",
            "{person}, who negotiates for the union, said the drivers had waited long enough and that the operator's last offer was an insult.",
            "The operator expects to run fewer than one in five trains during the strike and has asked commuters to work from home where they can.",
            "A mediator has invited both sides to new talks on Saturday, but neither expects an agreement before the strike begins.",
        ],
    ),
    (
        "House prices in {city} fall for the fourth month in a row",
        [
            "House prices in {city} fell for the fourth month in a row in September, according to new figures from the national association of estate agents.",
            "An average flat now costs about six percent less than at the beginning of the year, and the time it takes to sell a home has almost doubled.",
            "{person}, an economist who follows the housing market, said higher interest rates had made many first-time buyers wait.",
            "Builders have started fewer new homes than in any year since the financial crisis, which could push prices up again once rates come down.",
            "The central bank will publish its next interest rate decision in three weeks, and most analysts expect it to leave rates unchanged.",
        ],
    ),
    (
        "Wildfire forces evacuation of villages near {city}",
        [
            "Several hundred people were evacuated from villages near {city} on Tuesday as a wildfire spread through dry forest in strong wind.",
            "Firefighters from four regions and two water-bombing planes fought the flames through the night, and the fire had burned more than eight hundred hectares by morning.",
            "{person}, who leads the operation, said the fire was not yet under control and that the wind made it hard to predict where it would turn.",
            "No one has been injured, but two holiday homes and a barn have burned down, and the main road to the coast remains closed.",
            "The police are investigating whether the fire was started by a barbecue at a camping site close to where it was first seen.",
        ],
    ),
    (
        "{city} football club sacks its coach after poor start",
        [
            "The football club of {city} sacked its head coach on Sunday after the team won only one of its first nine league matches this season.",
            "The club sits second to last in the table, and the board said it had lost faith that the coach could turn the season around.",
            "{person}, the club's sporting director, thanked the coach for his work and said a successor would be named within a week.",
            "Supporters had protested outside the stadium after Saturday's home defeat, the third in a row, and demanded changes in the club's leadership.",
            "The assistant coach will lead the team in the cup match on Wednesday, when the club meets a side from the second division.",
        ],
    ),
    (
        "City council in {city} approves new tram line",
        [
            "The city council of {city} approved a new tram line on Wednesday evening, ending a debate that has divided local politics for almost ten years.",
            "The line will run eleven kilometres from the central station to the university and the new housing areas in the east, with fourteen stops.",
            "{person}, who chairs the council's transport committee, said the tram would take thousands of cars off the roads every day.",
            "Opponents say the project is far too expensive and that electric buses would have given the same service for a third of the price.",
            "Construction should start in two years, and the first trams could run by the end of the decade if the state pays its share.",
        ],
    ),
    (
        "Record number of tourists visited {city} this summer",
        [
            "More tourists than ever before visited {city} this summer, and hotels in the old town were fully booked for most of July and August.",
            "The number of overnight stays rose by fourteen percent compared with last year, with the biggest increase among visitors from abroad.",
            "{person}, who heads the regional tourist board, said the good weather and new direct flights had drawn many first-time visitors.",
            "Residents of the old town have complained about noise and crowds, and the city is considering a limit on short-term holiday rentals.",
            "The tourist board expects the autumn season to be strong as well, with several large conferences already booked.",
        ],
    ),
]
FORMS = {
    "told": "“We are doing everything we can,” {person} told {name}.",
    "says-to": "– We have never seen anything like it, says {person} to {name}.",
    "reports-after": "The costs could rise further, {name} reports.",
    "reports-before": "{name} reports that the decision was taken unanimously.",
    "according-to": "According to {name}, the final figures will be presented next week.",
    "writes": "{name} writes that the plans had been discussed for months.",
    "writes-newspaper": "This is what the newspaper {name} writes.",
    "reported-by": "The news was first reported by {name} on Monday.",
    "interview": "In an interview with {name}, {person} said the situation was serious.",
    "learned": "{name} has learned that the decision was made already in the spring.",
    "according-daily": "According to the regional daily {name}, the decision was made already in the spring.",
    "source": "Source: {name}",
    "dateline": "({name}) – ",
}
TITLES = {
    "outlet-farm": "{headline}{sep}{outlet}{sep}{farm}",
    "outlet": "{headline} - {outlet}",
    "farm": "{headline}{sep}{farm}",
    "prefix": "{outlet}: {headline}{sep}{farm}",
    "outlet-bar-farm": "{headline} - {outlet} | {farm}",
}


def slug(text: str) -> str:
    """As WordPress writes a slug: accents dropped, lower case, hyphens."""
    folded = unicodedata.normalize("NFKD", text.translate(SLUG_FOLDS))
    ascii_text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return "-".join("".join(ch if ch.isalnum() else " " for ch in ascii_text.casefold()).split())


def page_url(page: dict, host: str, headline: str) -> str:
    """The farm's URL: its slug of the headline, with the outlet's name when the entry says so."""
    path = page.get("slug") or slug(headline)
    if page.get("slug_suffix"):
        path += "-" + slug(page["outlet"])
    return f"https://{host}/{path}/"


def render(page: dict) -> str:
    host, farm_name, sep = FARMS[page["farm"]]
    story_headline, paragraphs = STORIES[page["story"]]
    fill = {"city": page["city"], "person": page["person"]}
    headline = page.get("headline") or story_headline.format(**fill)
    paragraphs = [p.format(**fill) for p in paragraphs]
    outlet_in_title = page.get("title_name", page["outlet"])
    title = TITLES[page["title"]].format(headline=headline, sep=sep, outlet=outlet_in_title, farm=farm_name)
    url = page_url(page, host, headline)
    name = page.get("text_name", page["outlet"])
    for form in page.get("forms", []):
        sentence = FORMS[form].format(name=name, person=page["person"])
        if form == "dateline":
            paragraphs[0] = sentence + paragraphs[0]
        elif form == "source":
            link = page.get("source_link")
            paragraphs.append(f'Source: <a href="{link}">{escape(name)}</a>' if link else escape(sentence))
            continue
        else:
            paragraphs.insert(2, sentence)
    body = "\n".join(p if p.startswith("Source: <a") else f"<p>{escape(p)}</p>" for p in paragraphs)
    if page.get("source_domain_line"):
        body += f"\n<p>Source: {escape(page['source_domain_line'])}</p>"
    if page.get("body_link"):
        body += f'\n<p>Read more: <a href="{page["body_link"]}">{escape(page.get("body_link_text", "the full story"))}</a></p>'
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title.rsplit(sep + farm_name, 1)[0] if page["title"] != "outlet" else title,
        "datePublished": "2023-10-04T08:12:00+00:00",
        "author": {"@type": "Person", "name": f"{farm_name} Desk"},
        "publisher": {"@type": "Organization", "name": farm_name},
    }
    if page.get("based_on"):
        ld["isBasedOn"] = page["based_on"]
    canonical = page.get("canonical", url)
    og_url = page.get("og_url", url)
    related = "".join(
        f'<li><a href="https://{host}/{slug(STORIES[(page["story"] + i) % len(STORIES)][0].format(**fill))}/">'
        f"{escape(STORIES[(page['story'] + i) % len(STORIES)][0].format(**fill))}</a></li>"
        for i in (1, 2)
    )
    if page.get("related_link"):
        related += f'<li><a href="{page["related_link"]}">More regional news</a></li>'
    return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>{escape(title)}</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="{farm_name}">
<meta property="og:title" content="{escape(ld["headline"])}">
<meta property="og:url" content="{og_url}">
<link rel="canonical" href="{canonical}">
<meta property="article:published_time" content="2023-10-04T08:12:00+00:00">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body class="single single-post">
<header class="site-header"><a href="https://{host}/">{farm_name}</a>
<nav><a href="https://{host}/category/news/">News</a> <a href="https://{host}/category/world/">World</a>
<a href="https://www.facebook.com/{page["farm"]}">Facebook</a> <a href="https://twitter.com/{page["farm"]}">Twitter</a></nav></header>
<main>
<article class="post type-post">
<h1 class="entry-title">{escape(title.rsplit(sep + farm_name, 1)[0])}</h1>
<div class="entry-content">
{body}
</div>
<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="https://twitter.com/share">Twitter</a></li><li><a href="https://www.facebook.com/sharer.php">Facebook</a></li></ul></div>
</article>
<section class="related"><h2>Related</h2><ul>{related}</ul></section>
</main>
<footer>© 2023 {farm_name}</footer>
</body>
</html>
"""


def main() -> None:
    entries = json.loads((FARMS_DIR / "entries.json").read_text(encoding="utf-8"))
    for page in entries:
        host = FARMS[page["farm"]][0]
        story_headline = STORIES[page["story"]][0].format(city=page["city"], person=page["person"])
        headline = page.get("headline") or story_headline
        url = page_url(page, host, headline)
        (FARMS_DIR / f"{page['id']}.html").write_text(render(page), encoding="utf-8")
        expected = {
            "url": url,
            "outlet": page["expect_outlet"],
            "domain": page["expect_domain"],
            "title": page.get("expect_title", headline),
            "registered": page["registered"],
            "country": page["country"],
            "evidence": page["note"],
        }
        (FARMS_DIR / f"{page['id']}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
