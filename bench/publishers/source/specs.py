"""The publisher pages, written by hand: each story, its page's metadata and what a reader of
the page takes as its title, day of publication and authors (`headline`, `day`, `authors`).

The outlets, people and stories are invented; the domains are under `.example`.
"""

from local import LOCAL

PAGES: list[dict] = []


def page(slug, cc, lang, skin, url, site, title_tag, headline, published, authors, paras, hard, **extra):
    menu, teasers, more = LOCAL[lang]
    PAGES.append(
        {
            "slug": slug, "cc": cc, "lang": lang.split("-")[0], "skin": skin, "url": url, "site": site,
            "title_tag": title_tag, "headline": headline, "published": published, "authors": authors,
            "paras": paras, "hard": hard, "day": extra.pop("day", published[:10]),
            "menu": menu, "teasers": teasers, "more": more, **extra,
        }
    )


def time_el(iso: str, shown: str, cls: str = "published") -> str:
    return f'<time class="{cls}" datetime="{iso}">{shown}</time>'


# ---------------------------------------------------------------- United States
page(
    "us-lakevalley-water-rates", "US", "en", "drupal",
    "https://lakevalleytribune.example/news/local/article_5f2c9e1a.html",
    "Lake Valley Tribune",
    "Water rates to rise 6% in January after utility board vote | Local News | lakevalleytribune.example",
    "Water rates to rise 6% in January after utility board vote",
    "2026-11-18T17:42:00-06:00", ["Dana Whitfield"],
    [
        "Lake Valley homeowners will pay about $4 more a month for water starting in January after the utility board voted 4-1 on Tuesday to raise rates by 6%.",
        "Board chair Luis Ortega said the increase will pay for replacing cast-iron mains on the east side, some of which date to the 1950s. The utility recorded 212 main breaks last year, up from 148 the year before.",
        "The lone vote against came from board member Patricia Gale, who asked that the increase be phased in over two years. Residents who qualify for the senior discount will see no change.",
    ],
    "section and domain in the title; meta author; BLOX-style",
    ld=None, meta_author="Dana Whitfield", section="Local News",
    byline='<span class="tnt-byline">By Dana Whitfield <span class="staff">Staff Writer</span></span>',
    dateline=time_el("2026-11-18T17:42:00-06:00", "Nov 18, 2026"),
    credit="Dana Whitfield / Lake Valley Tribune", caption="A crew repairs a water main on Fifth Street.",
)
page(
    "us-capital-ledger-transit", "US", "en", "arc",
    "https://www.capitalledger.example/local/transportation/2026/10/02/metro-night-service-returns/",
    "The Capital Ledger",
    "Metro brings back late-night rail service on weekends - The Capital Ledger",
    "Metro brings back late-night rail service on weekends",
    "2026-10-02T06:00:12.000Z", ["Marisol Vega", "Ethan Brooks"],
    [
        "Trains on all six Metro lines will again run until 2 a.m. on Fridays and Saturdays starting next month, the transit agency said Wednesday, ending a late-night gap that began during the pandemic.",
        "The agency's board approved $9.4 million to cover the extra hours through June. General manager Rhonda Keyes said ridership after 10 p.m. has recovered to 81 percent of its 2019 level.",
        "Restaurant owners along the Green Line welcomed the change. \"Our staff had been paying for rideshares home,\" said Tom Okafor, who runs two bars near the waterfront.",
    ],
    "Arc XP: JSON-LD author list, byline 'By X and Y', ISO date in UTC",
    byline='<div class="byline">By <a href="/people/marisol-vega/">Marisol Vega</a> and <a href="/people/ethan-brooks/">Ethan Brooks</a></div>',
    dateline=time_el("2026-10-02T06:00:12.000Z", "October 2, 2026 at 2:00 a.m. EDT"),
    section="Transportation",
)
page(
    "us-harbor-radio-ferry", "US", "en", "brightspot",
    "https://www.harborpublicradio.example/news/2026-09-14/ferry-terminal-seismic-retrofit",
    "Harbor Public Radio",
    "Ferry terminal closes for seismic retrofit | Harbor Public Radio",
    "Ferry terminal closes for seismic retrofit",
    "2026-09-14T15:05:00-07:00", ["Keiko Tanaka"],
    [
        "The Pier 9 ferry terminal will close for eight months beginning Oct. 1 so crews can strengthen its foundations against earthquakes, the port authority announced Monday.",
        "Passengers on the island route will board at a temporary float two blocks north. Port engineer Samuel Reyes said the 1962 terminal would likely suffer major damage in a magnitude 7 quake on the nearby fault.",
        "The $31 million project is paid for mostly by a federal resilience grant. Commuters told Harbor Public Radio they worry about the longer walk in winter rain.",
    ],
    "Brightspot: JSON-LD Person with url, date only in JSON-LD and <time>",
    meta_date=False,
    byline='<div class="ArtP-authors"><a class="Link" href="/people/keiko-tanaka">Keiko Tanaka</a></div>',
    dateline=time_el("2026-09-14T15:05:00-07:00", "Published September 14, 2026 at 3:05 PM PDT"),
    modified="2026-09-15T09:12:00-07:00",
)
page(
    "us-mesa-courier-library", "US", "en", "wordpress",
    "https://mesacourier.example/2026/08/21/library-bond-passes/",
    "Mesa Courier",
    "Library bond passes with 58% of the vote - Mesa Courier",
    "Library bond passes with 58% of the vote",
    "2026-08-21T21:15:33+00:00", ["Ruth Castellano"],
    [
        "Voters in the Mesa Unified library district approved a $22 million bond on Tuesday, clearing the 55% threshold with room to spare, according to unofficial results from the county clerk.",
        "The money will build a branch in the fast-growing south end and renovate the central library, which has had a leaking roof since 2019. Library director Owen Pratt called the result a vote of confidence.",
        "Opponents had argued the district should wait for interest rates to fall. The average homeowner will pay about $38 a year.",
    ],
    "WordPress with Yoast: @graph, Article author by @id, rel=author byline",
    ld="graph",
    byline='<span class="byline">by <a class="url fn n" rel="author" href="/author/rcastellano/">Ruth Castellano</a></span>',
    dateline=time_el("2026-08-21T21:15:33+00:00", "August 21, 2026", "entry-date published"),
    section="Politics", modified="2026-08-22T08:01:10+00:00",
)
page(
    "us-prairie-gazette-ap", "US", "en", "drupal",
    "https://www.prairiegazette.example/news/state/wheat-harvest-record/article_88d1.html",
    "Prairie Gazette",
    "Kansas wheat harvest sets record despite late freeze | State | prairiegazette.example",
    "Kansas wheat harvest sets record despite late freeze",
    "2026-07-30T11:20:00-05:00", ["John Hanley"],
    [
        "WICHITA, Kan. (AP) — Kansas farmers harvested a record 412 million bushels of wheat this summer, state agriculture officials said Wednesday, even after a late April freeze damaged fields in the southwest.",
        "Timely rain in May helped the crop recover, said agronomist Lisa Brandt of the state extension service. Yields averaged 53 bushels an acre, three more than the previous record set in 2016.",
        "Prices have not kept pace. Several growers said they would store grain on the farm and wait for a better bid.",
    ],
    "wire story on a regional site: 'By X Associated Press', photo credit (AP Photo) is not an author",
    ld="article", ld_authors=["John Hanley"], section="State",
    byline='<div class="byline">By JOHN HANLEY Associated Press</div>',
    dateline=time_el("2026-07-30T11:20:00-05:00", "Jul 30, 2026"),
    credit="(AP Photo/Charlie Riedel)", caption="A combine harvests wheat near Kingman, Kan.",
)

# ---------------------------------------------------------------- United Kingdom and Ireland
page(
    "uk-albion-news-rail", "GB", "en", "euro",
    "https://www.albionnews.example/news/uk-68212345",
    "Albion News",
    "Rail fares to rise by 4.6% in March - Albion News",
    "Rail fares to rise by 4.6% in March",
    "2026-11-26T10:31:04.000Z", ["Sarah Pike"],
    [
        "Regulated rail fares in England will rise by 4.6% from 1 March, the government has confirmed, the smallest increase for three years.",
        "The rise is capped below July's retail price index figure. Passenger groups said it would still add more than £200 a year to some season tickets between commuter towns and London.",
        "The transport secretary said the cap was a fair balance between passengers and taxpayers, who meet a third of the railway's running costs.",
    ],
    "BBC-like: JSON-LD author is the organisation, the byline names the reporter",
    ld_type="ReportageNewsArticle", ld_authors=[("org", "Albion News")],
    byline='<div class="byline"><span class="name">By Sarah Pike</span><span class="role">Transport correspondent, Albion News</span></div>',
    dateline=time_el("2026-11-26T10:31:04.000Z", "26 November 2026"),
)
page(
    "uk-sentinel-housing", "GB", "en", "euro",
    "https://www.thesentinel.example/society/2026/nov/09/councils-temporary-housing-bill",
    "The Sentinel",
    "Councils' temporary housing bill tops £2bn for first time | Housing | The Sentinel",
    "Councils' temporary housing bill tops £2bn for first time",
    "2026-11-09T00:01:00+00:00", ["Aisha Rahman"],
    [
        "Councils in England spent more than £2bn on temporary accommodation for homeless households in the last financial year, an increase of 27%, according to figures obtained by the Sentinel.",
        "Bed and breakfast placements for families with children have doubled in two years. Several coastal councils said housing costs now take up a fifth of their budgets.",
        "The Local Government Association said councils were being pushed to the brink and called for a long-term plan for social housing.",
    ],
    "section and site after the headline, rel=author link, meta author",
    ld=None, meta_author="Aisha Rahman", section="Housing",
    byline='<address class="byline"><a rel="author" href="/profile/aisha-rahman">Aisha Rahman</a> Social affairs correspondent</address>',
    dateline=time_el("2026-11-09T00:01:00+00:00", "Mon 9 Nov 2026 00.01 GMT"),
)
page(
    "uk-evening-post-tram", "GB", "en", "arc",
    "https://www.eveningpost-mcr.example/news/greater-manchester-news/tram-line-stockport-extension-30112",
    "Manchester Evening Post",
    "Tram extension to Stockport gets green light after 20-year wait - Manchester Evening Post",
    "Tram extension to Stockport gets green light after 20-year wait",
    "2026-10-21T16:45:00+01:00", ["Ben Hollis", "Chloe Marsh"],
    [
        "A Metrolink extension to Stockport has finally been approved, two decades after it was first promised, with construction due to start in 2028.",
        "The 3.4-mile route will run from East Didsbury to Stockport Interchange. The mayor said it would cut journey times into the city centre to 25 minutes.",
        "Traders on the route have been promised compensation for disruption during the works.",
    ],
    "Reach-like: JSON-LD author list, visible 'By X, Y'",
    byline='<div class="author-byline">By <a href="/authors/ben-hollis/">Ben Hollis</a>, <a href="/authors/chloe-marsh/">Chloe Marsh</a></div>',
    dateline='<span class="date-published">16:45, 21 OCT 2026</span><span class="date-updated">Updated 18:02, 21 OCT 2026</span>',
    modified="2026-10-21T18:02:00+01:00", credit="Image: Manchester Evening Post",
)
page(
    "ie-liffey-times-housing", "IE", "en", "wordpress",
    "https://www.liffeytimes.example/news/ireland/rent-pressure-zones-extended-1.4479123",
    "The Liffey Times",
    "Rent pressure zones extended to whole country – The Liffey Times",
    "Rent pressure zones extended to whole country",
    "2026-06-17T19:00:00+01:00", ["Niamh Gallagher"],
    [
        "Rent pressure zones, which cap annual rent increases at 2 per cent, will be extended to every part of the country from next month, the Minister for Housing has announced.",
        "Until now the rules covered about three quarters of tenancies. Landlord groups warned that more small landlords would sell up, while tenant advocates said the change was overdue.",
        "The Residential Tenancies Board will publish new guidance for landlords in the coming weeks.",
    ],
    "en dash before the site name, date in meta and JSON-LD",
    byline='<p class="byline">Niamh Gallagher</p>',
    dateline=time_el("2026-06-17T19:00:00+01:00", "Wed Jun 17 2026 - 19:00"),
)

# ---------------------------------------------------------------- Canada, Australia, New Zealand
page(
    "ca-national-post-pipeline", "CA", "en", "wordpress",
    "https://nationalpost.example/news/canada/pipeline-hearings-resume",
    "National Post",
    "Pipeline hearings resume as First Nations seek more say | National Post",
    "Pipeline hearings resume as First Nations seek more say",
    "2026-05-12T14:30:00-04:00", ["Graham Leduc"],
    [
        "Federal energy regulators resumed hearings on the Northern Corridor pipeline on Tuesday, with several First Nations asking for an equity stake and a veto over the route near their reserves.",
        "The company behind the project says it has signed agreements with 19 of the 27 communities along the line. Chief Marion Bear of the Sandy Lake Nation told the panel her community had not been consulted in good faith.",
        "A decision is expected next spring.",
    ],
    "Postmedia WordPress: ' | National Post', Yoast graph",
    ld="graph",
    byline='<span class="published-by__author"><a href="/author/gleduc/">Graham Leduc</a></span>',
    dateline='<span class="published-date__since">Published May 12, 2026</span>',
    modified="2026-05-13T07:55:00-04:00",
)
page(
    "ca-prairie-radio-flood", "CA", "en", "brightspot",
    "https://www.prairieradio.example/news/canada/manitoba/red-river-flood-forecast-1.7145521",
    "Prairie Radio News",
    "Red River flood risk lower than last year, forecasters say | Prairie Radio News",
    "Red River flood risk lower than last year, forecasters say",
    "2026-02-27T13:10:00-06:00", ["Jade Kowalchuk"],
    [
        "Manitoba's first flood outlook of the year puts the risk of major flooding along the Red River at low to moderate, thanks to a dry fall and a thin snowpack.",
        "Forecasters warned that a wet March could still change the picture. The province has already begun cutting ice on the river north of Winnipeg to prevent jams.",
        "Communities in the Interlake region, which flooded badly two years ago, are keeping sandbag supplies on hand.",
    ],
    "CBC-like: author only in JSON-LD and a plain byline, date in JSON-LD and meta",
    byline='<span class="authorText">Jade Kowalchuk · Prairie Radio News</span>',
    dateline=time_el("2026-02-27T13:10:00-06:00", "Posted: Feb 27, 2026 1:10 PM CST"),
)
page(
    "au-harbour-herald-sharks", "AU", "en", "arc",
    "https://www.harbourherald.example/national/nsw/shark-nets-to-be-replaced-by-drones-20261104-p5kq2.html",
    "The Harbour Herald",
    "Shark nets to be replaced by drones at Sydney beaches",
    "Shark nets to be replaced by drones at Sydney beaches",
    "2026-11-04T05:00:00+11:00", ["Liam O'Connell"],
    [
        "Shark nets will be removed from 12 Sydney beaches by next summer and replaced with drone patrols and listening stations, the NSW government has announced.",
        "Marine scientists have long argued the nets kill turtles, dolphins and rays while doing little to protect swimmers. Surf lifesaving clubs will operate the drones from their towers.",
        "The Opposition said the change was being rushed and called for a trial at a few beaches first.",
    ],
    "title without site name; a morning date in Australia is the previous day in UTC",
    og_title="Nets out, drones in: the end of an era at Sydney beaches",
    byline='<span class="byline">By <a href="/by/liam-oconnell-p537">Liam O\'Connell</a></span>',
    dateline=time_el("2026-11-04T05:00:00+11:00", "November 4, 2026 — 5.00am"),
)
page(
    "au-southern-news-bushfire", "AU", "en", "euro",
    "https://www.southernnews.example/news/2026-01-09/bushfire-warning-gippsland/103299116",
    "Southern Broadcasting News",
    "Emergency warning for bushfire in East Gippsland - Southern Broadcasting News",
    "Emergency warning for bushfire in East Gippsland",
    "2026-01-09T14:22:00+11:00", ["Tom Baxter", "Priya Nair"],
    [
        "Residents of Buchan and surrounding towns in East Gippsland have been told it is too late to leave as a fast-moving bushfire burns towards them.",
        "The fire has burnt more than 4,000 hectares since it was sparked by lightning on Wednesday night. Strong northerly winds are expected to push it further south this afternoon.",
        "A relief centre has opened at the Bairnsdale showgrounds.",
    ],
    "ABC-like: 'By X and Y' with a <time>, JSON-LD author list",
    byline='<div class="byline">By <a href="/news/tom-baxter/1234">Tom Baxter</a> and <a href="/news/priya-nair/5678">Priya Nair</a></div>',
    dateline=time_el("2026-01-09T14:22:00+11:00", "Posted Fri 9 Jan 2026 at 2:22pm"),
    credit="Supplied: CFA", caption="Smoke over the Buchan valley.",
)
page(
    "nz-kiwi-daily-housing", "NZ", "en", "drupal",
    "https://www.kiwidaily.example/nz-news/350112233/auckland-house-prices-fall-again",
    "Kiwi Daily",
    "Auckland house prices fall for sixth month in a row | Kiwi Daily",
    "Auckland house prices fall for sixth month in a row",
    "2026-09-03T12:00:00+12:00", ["Hannah Rewi"],
    [
        "Auckland house prices dropped again in August, the sixth monthly fall in a row, leaving the average value 4.2 per cent below where it was a year ago.",
        "Economists put the slide down to high mortgage rates and a rise in listings as investors sell. First-home buyers made up almost a third of purchases, a record share.",
        "Prices in Christchurch and Queenstown held steady over the same period.",
    ],
    "Stuff-like: meta author, no JSON-LD, date only in meta and text",
    ld=None, meta_author="Hannah Rewi",
    byline='<span class="sics-component__byline">Hannah Rewi</span>',
    dateline='<span class="date">12:00, Sep 03 2026</span>',
)

# ---------------------------------------------------------------- India, Africa, Asia (English)
page(
    "in-times-bharat-metro", "IN", "en", "arc",
    "https://timesofbharat.example/city/pune/metro-line-3-trial-run/articleshow/118223344.cms",
    "The Times of Bharat",
    "Pune Metro Line 3 trial run to begin next week | Pune News - The Times of Bharat",
    "Pune Metro Line 3 trial run to begin next week",
    "2026-10-15T09:12:00+05:30", ["Rohit Deshpande"],
    [
        "PUNE: Trial runs on the Hinjewadi–Shivajinagar Metro Line 3 will begin next week, officials of the metropolitan region development authority said on Wednesday.",
        "The 23-km elevated line has 23 stations and is expected to carry about 2.5 lakh passengers a day once fully open. Commercial services are planned from March.",
        "IT employees who commute to Hinjewadi said the line could cut their daily travel time by half.",
    ],
    "TOI-like: city section and site after the headline",
    byline='<div class="byline">Rohit Deshpande / TNN / Updated: Oct 15, 2026, 09:12 IST</div>',
    section="Pune News",
)
page(
    "in-dainik-samachar-rain", "IN", "hi", "portal",
    "https://www.dainiksamachar.example/national/mumbai-heavy-rain-alert-2026-07-08",
    "दैनिक समाचार",
    "मुंबई में भारी बारिश का अलर्ट, स्कूल बंद - दैनिक समाचार",
    "मुंबई में भारी बारिश का अलर्ट, स्कूल बंद",
    "2026-07-08T07:45:00+05:30", ["अमित शर्मा"],
    [
        "मौसम विभाग ने मुंबई और ठाणे के लिए अगले 48 घंटों तक भारी बारिश का रेड अलर्ट जारी किया है। नगर निगम ने एहतियात के तौर पर सभी स्कूलों को बुधवार को बंद रखने का आदेश दिया है।",
        "अंधेरी और कुर्ला के निचले इलाकों में पानी भर गया है और लोकल ट्रेनें देरी से चल रही हैं। आपदा प्रबंधन दल को तटीय इलाकों में तैनात किया गया है।",
        "अधिकारियों ने लोगों से बिना जरूरत घर से बाहर न निकलने की अपील की है।",
    ],
    "Hindi: site name in Devanagari after the headline",
    byline='<span class="author">अमित शर्मा, मुंबई</span>',
    ld_authors=["अमित शर्मा"],
    dateline='<span class="time">अपडेटेड: 08 जुलाई 2026, 07:45 AM IST</span>',
)
page(
    "in-coastal-chronicle-port", "IN", "en", "wordpress",
    "https://coastalchronicle.example/2026/03/kochi-port-cruise-terminal/",
    "Coastal Chronicle",
    "Coastal Chronicle: Kochi port's new cruise terminal ready for the season",
    "Kochi port's new cruise terminal ready for the season",
    "2026-03-19T18:40:00+05:30", ["Anjali Menon", "Joseph Varghese"],
    [
        "Kochi's new international cruise terminal on Willingdon Island is ready and will receive its first ship next month, the port trust said on Thursday.",
        "The terminal can handle ships carrying up to 5,000 passengers and has 40 immigration counters. Tour operators expect the number of cruise calls to double this season.",
        "Traders in Fort Kochi have been asked to register with the tourism department to set up stalls at the terminal.",
    ],
    "'Site: headline' prefix; Yoast graph with two authors",
    ld="graph",
    byline='<div class="td-post-author-name">By <a href="/author/anjali/">Anjali Menon</a> &amp; <a href="/author/joseph/">Joseph Varghese</a></div>',
    dateline=time_el("2026-03-19T18:40:00+05:30", "March 19, 2026", "entry-date updated td-module-date"),
)
page(
    "za-veld24-loadshedding", "ZA", "en", "arc",
    "https://www.veld24.example/news24/southafrica/news/eskom-load-shedding-suspended-20260612",
    "Veld24",
    "Eskom suspends load shedding as new units come online | Veld24",
    "Eskom suspends load shedding as new units come online",
    "2026-06-12T13:05:00+02:00", ["Thandeka Mokoena"],
    [
        "Eskom has suspended load shedding until further notice after two units at Kusile power station returned to service ahead of schedule.",
        "The utility said its reserve margin was the healthiest it had been in three winters. Energy analysts cautioned that breakdowns at older stations could still force cuts in July.",
        "Businesses in Gauteng welcomed the announcement but said they would keep their generators on standby.",
    ],
    "News24-like: JSON-LD author, photo credit 'Gallo Images' is not an author",
    byline='<div class="article__author">Thandeka Mokoena</div>',
    dateline='<p class="article__date">Friday, 12 June 2026 13:05</p>',
    credit="Gallo Images/Getty Images", caption="Kusile power station.",
)
page(
    "ng-lagos-punchline-fuel", "NG", "en", "wordpress",
    "https://lagospunchline.example/fuel-queues-return-to-lagos/",
    "Lagos Punchline",
    "Fuel queues return to Lagos as depots raise prices - Lagos Punchline",
    "Fuel queues return to Lagos as depots raise prices",
    "2026-04-02T08:17:00+01:00", ["Chinedu Okeke"],
    [
        "Long queues returned to filling stations across Lagos on Wednesday after depot owners raised the price of petrol by N45 a litre.",
        "Motorists at stations in Ikeja and Lekki said they had waited for more than three hours. Some independent marketers sold above N1,100 a litre.",
        "The petroleum regulator said supply was adequate and urged residents not to panic buy.",
    ],
    "WordPress Yoast graph, visible 'By X' and the date only as text",
    ld="graph",
    byline='<div class="post-author">By Chinedu Okeke</div>',
    dateline='<div class="post-date">2nd April 2026</div>',
)
page(
    "ke-daily-nation-maize", "KE", "en", "drupal",
    "https://nation-daily.example/kenya/news/maize-prices-drop-4471230",
    "Nation Daily",
    "Maize prices drop as harvest floods markets - Nation Daily",
    "Maize prices drop as harvest floods markets",
    "2026-08-05T10:00:00+03:00", ["Wanjiru Kamau"],
    [
        "The price of a 90-kilogramme bag of maize has fallen to Sh3,200 in North Rift markets, down from Sh4,500 in June, as farmers bring in a bumper harvest.",
        "Farmers in Uasin Gishu asked the government to buy more grain through the National Cereals and Produce Board to stop prices falling further.",
        "Millers said the price of flour should follow within weeks.",
    ],
    "no JSON-LD; rel=author byline; date in article:published_time",
    ld=None,
    byline='<p class="article-byline">By <a rel="author" href="/authors/wkamau">Wanjiru Kamau</a></p>',
    dateline=time_el("2026-08-05T10:00:00+03:00", "Wednesday, August 05, 2026"),
)
page(
    "ph-manila-wire-typhoon", "PH", "en", "brightspot",
    "https://www.manilawire.example/nation/typhoon-signal-no-3-bicol",
    "Manila Wire",
    "Manila Wire | Signal No. 3 raised over Bicol as typhoon nears",
    "Signal No. 3 raised over Bicol as typhoon nears",
    "2026-10-27T16:00:00+08:00", [],
    [
        "The weather bureau raised Tropical Cyclone Wind Signal No. 3 over parts of Albay, Sorsogon and Catanduanes on Tuesday afternoon as Typhoon Ramon moved closer to land.",
        "More than 40,000 residents of coastal villages were moved to evacuation centres. Sea travel in the Bicol region was suspended and several domestic flights were cancelled.",
        "The typhoon is expected to make landfall on Wednesday morning.",
    ],
    "site name before the headline; no author anywhere",
    byline="",
    dateline=time_el("2026-10-27T16:00:00+08:00", "October 27, 2026 4:00 PM"),
)
page(
    "il-jerusalem-herald-water", "IL", "en", "arc",
    "https://www.jerusalemherald.example/israel-news/article-812233",
    "The Jerusalem Herald",
    "Israel opens fifth desalination plant in the Galilee | The Jerusalem Herald",
    "Israel opens fifth desalination plant in the Galilee",
    "2026-07-14T12:34:00+03:00", ["Noa Friedman"],
    [
        "Israel's fifth large desalination plant began operating on Tuesday near the Western Galilee, adding about 200 million cubic metres of drinking water a year.",
        "The Water Authority said part of the output would be pumped into the Sea of Galilee during dry years. Environmental groups asked for more study of the brine discharge.",
        "The plant was built by a consortium of Israeli and Spanish firms.",
    ],
    "og:site_name with a domain suffix; JSON-LD author; byline with a job title",
    og_site="The Jerusalem Herald | JHerald.example",
    byline='<div class="author">By NOA FRIEDMAN</div>',
    dateline='<div class="date">JULY 14, 2026 12:34</div>',
)

# ---------------------------------------------------------------- Germany, Austria, Switzerland
page(
    "de-weser-bote-hafen", "DE", "de", "euro",
    "https://www.weser-bote.example/lokales/bremerhaven/neues-terminal-im-hafen-eroeffnet-92384.html",
    "Weser-Bote",
    "Bremerhaven: Neues Terminal im Hafen eröffnet | Weser-Bote",
    "Neues Terminal im Hafen eröffnet",
    "2026-12-03T14:10:00+01:00", ["Jana Petersen"],
    [
        "Im Bremerhavener Überseehafen ist am Donnerstag ein neues Terminal für Autotransporte in Betrieb gegangen. Es bietet Platz für 18.000 Fahrzeuge.",
        "Hafensenatorin Birte Lüders sprach von einer wichtigen Investition in den Standort. Rund 120 Arbeitsplätze sollen entstehen.",
        "Der Umschlag von Autos war im vergangenen Jahr um acht Prozent zurückgegangen.",
        "Die Betreibergesellschaft rechnet damit, dass sich der Markt im kommenden Jahr erholt. Vor allem Elektroautos aus Asien sollen künftig über Bremerhaven nach Skandinavien und Großbritannien verschifft werden, sagte ein Sprecher bei der Eröffnung.",
        "Umweltverbände kritisierten, dass für das Terminal eine Wiese am Rand des Hafens versiegelt wurde. Die Stadt verweist auf Ausgleichsflächen an der Geeste.",
    ],
    "place prefix before the headline ('Bremerhaven: …'); 'Von X'; date only as '3. Dezember 2026'",
    ld=None, meta_date=False, og_title="Neues Terminal im Hafen eröffnet",
    byline='<p class="c-article__author">Von Jana Petersen</p>',
    dateline='<p class="c-article__date">3. Dezember 2026, 14:10 Uhr</p>',
)
page(
    "de-spiegel-like-bahn", "DE", "de", "euro",
    "https://www.derspiegel.example/wirtschaft/deutsche-bahn-puenktlichkeit-sinkt-a-4f2d1c8e",
    "DER SPIEGEL",
    "Deutsche Bahn: Pünktlichkeit im Fernverkehr sinkt weiter - DER SPIEGEL",
    "Pünktlichkeit im Fernverkehr sinkt weiter",
    "2026-11-11T16:02:00+01:00", ["Lena Hartmann", "Felix Bauer"],
    [
        "Die Deutsche Bahn hat im Oktober nur 58,2 Prozent ihrer Fernzüge pünktlich ans Ziel gebracht. Das ist der schlechteste Wert seit Beginn der Aufzeichnungen.",
        "Als Gründe nennt der Konzern Baustellen und Störungen an Stellwerken. Fahrgastverbände fordern Entschädigungen schon ab 30 Minuten Verspätung.",
        "Die Bahn will bis 2027 wieder auf 70 Prozent kommen.",
    ],
    "topic prefix 'Deutsche Bahn:' (kept out of the headline), JSON-LD author list, 'Von X und Y'",
    ld_headline="Pünktlichkeit im Fernverkehr sinkt weiter", og_title="Deutsche Bahn: Pünktlichkeit im Fernverkehr sinkt weiter",
    h1="Pünktlichkeit im Fernverkehr sinkt weiter",
    byline='<div class="author">Von <a href="/impressum/autor-1">Lena Hartmann</a> und <a href="/impressum/autor-2">Felix Bauer</a></div>',
    dateline=time_el("2026-11-11T16:02:00+01:00", "11.11.2026, 16.02 Uhr"),
)
page(
    "de-rheinpost-dpa", "DE", "de", "drupal",
    "https://rheinpost.example/nrw/landtag-beschliesst-schulgesetz_aid-118822",
    "Rheinpost",
    "Landtag beschließt neues Schulgesetz | Rheinpost",
    "Landtag beschließt neues Schulgesetz",
    "2026-09-24T18:31:00+02:00", ["dpa"],
    [
        "Der nordrhein-westfälische Landtag hat am Mittwoch ein neues Schulgesetz beschlossen. Künftig sollen Grundschulen ab Klasse drei Englisch verbindlich unterrichten.",
        "Die Opposition kritisierte, dass für die zusätzlichen Stunden keine Lehrkräfte vorhanden seien. Die Schulministerin verwies auf 2.000 neue Stellen im Haushalt.",
        "Das Gesetz tritt zum kommenden Schuljahr in Kraft.",
    ],
    "agency byline 'dpa' only; photo credit 'Foto: Marius Becker/dpa' is not an author",
    ld_authors=[("org", "dpa")],
    byline='<span class="author">dpa</span>',
    dateline=time_el("2026-09-24T18:31:00+02:00", "24. September 2026 um 18:31 Uhr"),
    credit="Foto: Marius Becker/dpa", caption="Blick in den Plenarsaal des Landtags.",
)
page(
    "de-woche-online-wald", "DE", "de", "arc",
    "https://www.woche-online.example/wissen/umwelt/2026-05/waldzustand-bericht-fichte",
    "WOCHE ONLINE",
    "Waldzustandsbericht: Nur noch jeder fünfte Baum ist gesund | WOCHE ONLINE",
    "Nur noch jeder fünfte Baum ist gesund",
    "2026-05-20T12:15:00+02:00", ["Miriam Schulte"],
    [
        "Dem deutschen Wald geht es weiter schlecht: Nur 20 Prozent der Bäume haben nach dem neuen Waldzustandsbericht keine sichtbaren Schäden an ihren Kronen.",
        "Besonders betroffen ist die Fichte, die unter Trockenheit und dem Borkenkäfer leidet. Das Landwirtschaftsministerium kündigte zusätzliches Geld für den Umbau zu Mischwäldern an.",
        "Forstverbände halten die Mittel für unzureichend.",
    ],
    "Zeit-like: topic before a colon, JSON-LD headline has no topic, date modified later",
    h1="Nur noch jeder fünfte Baum ist gesund",
    byline='<div class="byline">Von <a href="/autoren/S/Miriam_Schulte/index">Miriam Schulte</a></div>',
    dateline=time_el("2026-05-22T08:00:00+02:00", "Aktualisiert am 22. Mai 2026, 8:00 Uhr", "metadata__date"),
    modified="2026-05-22T08:00:00+02:00",
)
page(
    "de-ostsee-kurier-faehre", "DE", "de", "portal",
    "https://www.ostsee-kurier.example/mv/faehre-nach-hiddensee-faellt-aus-LX7QW2.html",
    "Ostsee-Kurier",
    "Fähre nach Hiddensee fällt wegen Sturm aus – Ostsee-Kurier",
    "Fähre nach Hiddensee fällt wegen Sturm aus",
    "2026-02-14T09:05:00+01:00", ["Kai Lorenz"],
    [
        "Wegen des Sturmtiefs fallen am Sonnabend alle Fährverbindungen von Schaprode nach Hiddensee aus. Das teilte die Reederei am Morgen mit.",
        "Die Insel ist damit vorerst nur für Notfälle per Hubschrauber erreichbar. Der Deutsche Wetterdienst erwartet an der Küste Böen von bis zu 110 Kilometern pro Stunde.",
        "Am Sonntag soll der Betrieb wieder aufgenommen werden.",
    ],
    "meta author, date only in JSON-LD",
    meta_date=False, meta_author="Kai Lorenz", ld_authors=[],
    byline='<span class="author">Kai Lorenz</span>',
    dateline='<span class="pubdate">14.02.2026</span>',
)
page(
    "at-sn-festspiele", "AT", "de", "euro",
    "https://www.salzburger-nachrichten.example/salzburg/kultur/festspiele-neue-intendanz-132233445",
    "SN.at",
    "Festspiele stellen neue Intendanz vor - SN.at",
    "Festspiele stellen neue Intendanz vor",
    "2026-10-08T11:30:00+02:00", ["Clemens Auer"],
    [
        "Die Salzburger Festspiele haben am Donnerstag ihre neue Intendantin vorgestellt. Die Wiener Regisseurin übernimmt die Leitung im Herbst 2027.",
        "Das Kuratorium entschied sich einstimmig. Die bisherige Leitung hatte den Vertrag nicht verlängert.",
        "Erste Pläne für das Programm sollen im Frühjahr präsentiert werden.",
    ],
    "' - SN.at' with og:site_name SN.at on another domain",
    byline='<div class="article-author">Clemens Auer</div>',
    dateline=time_el("2026-10-08T11:30:00+02:00", "08. Oktober 2026 11:30 Uhr"),
)
page(
    "at-presse-budget", "AT", "de", "arc",
    "https://www.diepresse.example/1822334/regierung-einigt-sich-auf-budget",
    "DiePresse.com",
    "Regierung einigt sich auf Budget für 2027 – DiePresse.com",
    "Regierung einigt sich auf Budget für 2027",
    "2026-10-14T17:48:00+02:00", ["Theresa Wallner", "Georg Pichler"],
    [
        "Die Bundesregierung hat sich in der Nacht auf Dienstag auf den Budgetentwurf für 2027 geeinigt. Das Defizit soll auf 3,1 Prozent des BIP sinken.",
        "Gespart wird vor allem bei Förderungen. Die Opposition spricht von einem Sparpaket auf Kosten der Gemeinden.",
        "Der Finanzminister hält die Budgetrede kommende Woche im Nationalrat.",
    ],
    "' – DiePresse.com' with an en dash, JSON-LD author list",
    byline='<p class="article__author">von Theresa Wallner und Georg Pichler</p>',
    dateline=time_el("2026-10-14T17:48:00+02:00", "14.10.2026 um 17:48"),
)
page(
    "at-standard-lawine", "AT", "de", "drupal",
    "https://www.derstandard.example/story/3000000231245/lawinengefahr-in-tirol-steigt",
    "DER STANDARD",
    "Lawinengefahr in Tirol steigt auf Stufe vier - Panorama - derStandard.at",
    "Lawinengefahr in Tirol steigt auf Stufe vier",
    "2026-01-22T07:58:00+01:00", [],
    [
        "Nach ergiebigen Schneefällen herrscht in weiten Teilen Tirols große Lawinengefahr. Der Lawinenwarndienst hat die Warnstufe auf vier von fünf angehoben.",
        "Mehrere Straßen im Außerfern und im Ötztal sind gesperrt. Skitourengeher werden dringend gebeten, im gesicherten Skiraum zu bleiben.",
        "Erst am Wochenende soll es wieder aufklaren.",
    ],
    "section twice and the domain in the title; APA agency note is not a byline; no author",
    ld_authors=[], section="Panorama",
    byline='<p class="article-origins">(APA, red)</p>',
    dateline=time_el("2026-01-22T07:58:00+01:00", "22. Jänner 2026, 07:58"),
)
page(
    "ch-zuercher-anzeiger-tram", "CH", "de", "arc",
    "https://www.zuercher-anzeiger.example/neue-tramlinie-durch-das-hardquartier-734512243212",
    "Zürcher Anzeiger",
    "Neue Tramlinie durch das Hardquartier | Zürcher Anzeiger",
    "Neue Tramlinie durch das Hardquartier",
    "2026-06-03T05:30:00+02:00", ["Nadine Frei", "Urs Meier"],
    [
        "Die Stadt Zürich will ab 2030 eine neue Tramlinie durch das Hardquartier führen. Der Stadtrat hat am Mittwoch das Projekt vorgestellt.",
        "Die Strecke soll 2,4 Kilometer lang werden und sechs neue Haltestellen erhalten. Die Kosten werden auf 180 Millionen Franken geschätzt.",
        "Das Quartier wächst seit Jahren stark, die Busse sind zu Stosszeiten überfüllt.",
    ],
    "Tamedia-like: <time> and JSON-LD, two authors in a list",
    byline='<div class="ContentMetaInfo_author">Nadine Frei, Urs Meier</div>',
    dateline=time_el("2026-06-03T05:30:00+02:00", "Publiziert: 03.06.2026, 05:30"),
)
page(
    "ch-blitz-lawinen", "CH", "fr", "euro",
    "https://www.blitz.example/fr/suisse/le-valais-renforce-sa-surveillance-des-glaciers-id1834422.html",
    "Blitz",
    "Le Valais renforce sa surveillance des glaciers - Blitz",
    "Le Valais renforce sa surveillance des glaciers",
    "2026-07-29T10:45:00+02:00", ["Sophie Rochat"],
    [
        "Le canton du Valais va installer des radars sur six glaciers jugés instables, a annoncé mercredi le Conseil d'Etat.",
        "Ces appareils doivent permettre d'alerter la population plusieurs heures avant un éboulement. Un village du val de Bagnes avait dû être évacué en juin.",
        "Le coût du dispositif est estimé à 4 millions de francs.",
    ],
    "Ringier-like: meta author, published vs modified, 'Publié: … / Mis à jour: …'",
    meta_author="Sophie Rochat", modified="2026-07-30T08:15:00+02:00",
    byline='<span class="author">Sophie Rochat</span>',
    dateline='<span>Publié: 29.07.2026, 10:45 heures</span> <span>Mis à jour: 30.07.2026, 08:15 heures</span>',
)

# ---------------------------------------------------------------- France, Belgium, Netherlands
page(
    "fr-le-quotidien-retraites", "FR", "fr", "euro",
    "https://www.lequotidien-national.example/politique/article/2026/12/02/reforme-des-retraites-le-senat-vote_6412233_823448.html",
    "Le Quotidien national",
    "Réforme des retraites : le Sénat adopte le texte en première lecture",
    "Réforme des retraites : le Sénat adopte le texte en première lecture",
    "2026-12-02T21:04:00+01:00", ["Claire Dubois", "Hugo Lefèvre"],
    [
        "Le Sénat a adopté mardi soir, par 195 voix contre 112, le projet de réforme des retraites, qui doit maintenant revenir devant l'Assemblée nationale.",
        "Les sénateurs ont ajouté un article sur les carrières longues. Les syndicats appellent à une nouvelle journée de mobilisation la semaine prochaine.",
        "Le gouvernement espère une adoption définitive avant la fin de l'année.",
    ],
    "Le Monde-like: the headline itself has ' : ', no site name; 'Par X et Y', 'Publié le …'",
    byline='<span class="author__name">Par Claire Dubois et Hugo Lefèvre</span>',
    dateline='<span class="meta__date">Publié le 02 décembre 2026 à 21h04, modifié hier à 07h12</span>',
    modified="2026-12-03T07:12:00+01:00",
)
page(
    "fr-ouest-matin-halles", "FR", "fr", "drupal",
    "https://www.ouest-matin.example/bretagne/rennes-35000/rennes-les-halles-centrales-rouvrent-8c3e2a10",
    "Ouest Matin",
    "Rennes. Les halles centrales rouvrent après deux ans de travaux | Ouest Matin",
    "Rennes. Les halles centrales rouvrent après deux ans de travaux",
    "2026-04-11T06:45:00+02:00", ["Yann Le Goff"],
    [
        "Fermées depuis le printemps 2024, les halles centrales de Rennes rouvrent ce samedi matin avec 42 commerçants, dont une quinzaine de nouveaux.",
        "La rénovation a coûté 14 millions d'euros. Les étals ont été redessinés et une verrière laisse désormais entrer la lumière.",
        "Le marché des Lices, qui avait accueilli certains commerçants pendant les travaux, garde ses horaires habituels.",
    ],
    "Ouest-France-like: the town with a full stop is part of the headline",
    byline='<span class="signature">Yann Le Goff</span>',
    dateline=time_el("2026-04-11T06:45:00+02:00", "Publié le 11/04/2026 à 06h45"),
)
page(
    "fr-courrier-sud-afp", "FR", "fr", "wordpress",
    "https://www.courrierdusud.example/2026/09/08/incendie-dans-les-corbieres/",
    "Le Courrier du Sud",
    "Incendie dans les Corbières : 900 hectares brûlés - Le Courrier du Sud",
    "Incendie dans les Corbières : 900 hectares brûlés",
    "2026-09-08T13:20:00+02:00", ["AFP"],
    [
        "Un incendie a parcouru environ 900 hectares de garrigue dans les Corbières, dans l'Aude, où plus de 500 pompiers étaient mobilisés lundi.",
        "Une cinquantaine d'habitants de deux hameaux ont été évacués par précaution. Le feu, attisé par la tramontane, n'était pas fixé en début d'après-midi.",
        "La circulation est coupée sur plusieurs routes départementales.",
    ],
    "agency byline 'AFP', Yoast graph naming AFP as the author",
    ld="graph",
    byline='<span class="author vcard">AFP</span>',
    dateline=time_el("2026-09-08T13:20:00+02:00", "8 septembre 2026"),
    credit="Photo AFP / Idriss Bigou-Gilles",
)
page(
    "be-schelde-haven", "BE", "nl", "arc",
    "https://www.deschelde.example/antwerpen/haven-van-antwerpen-verwerkt-recordvolume~a4b2c1d0/",
    "De Schelde",
    "Haven van Antwerpen verwerkt recordvolume containers | De Schelde",
    "Haven van Antwerpen verwerkt recordvolume containers",
    "2026-01-15T11:02:00+01:00", ["Pieter Claes"],
    [
        "De haven van Antwerpen-Brugge heeft vorig jaar 14,2 miljoen containers verwerkt, een record. Dat maakte het havenbedrijf donderdag bekend.",
        "De groei komt vooral uit Azië. Het totale goederenverkeer daalde wel licht door minder overslag van steenkool en olie.",
        "Het havenbedrijf wil de komende vijf jaar 2 miljard euro investeren in nieuwe kaaien.",
    ],
    "Flemish: byline with a job title after a comma, <time>",
    byline='<p class="byline">Pieter Claes, redacteur</p>',
    dateline=time_el("2026-01-15T11:02:00+01:00", "15 januari 2026, 11:02"),
)
page(
    "nl-polder-dagblad-dijken", "NL", "nl", "euro",
    "https://www.polderdagblad.example/binnenland/dijken-in-friesland-worden-versterkt~b82a31f5/",
    "Het Polder Dagblad",
    "Dijken in Friesland worden versterkt | Binnenland | Het Polder Dagblad",
    "Dijken in Friesland worden versterkt",
    "2026-03-05T15:30:00+01:00", ["Sanne de Vries"],
    [
        "Het Wetterskip Fryslân gaat de komende tien jaar 60 kilometer dijk langs het IJsselmeer versterken. Dat kost ongeveer 400 miljoen euro.",
        "Uit metingen blijkt dat een groot deel van de dijken niet voldoet aan de nieuwe normen. Bewoners kunnen volgende maand inspraakavonden bezoeken.",
        "De werkzaamheden beginnen in 2028 bij Stavoren.",
        "Het waterschap verwacht dat de dijken op sommige plekken twee meter breder worden. Daarvoor moeten enkele boerderijen grond afstaan, die de eigenaren vergoed krijgen.",
        "Volgens de dijkgraaf is er geen acuut gevaar, maar moeten de dijken klaar zijn voor een hoger waterpeil in het IJsselmeer en zwaardere stormen.",
    ],
    "section between headline and site, date only as text '5 maart 2026'",
    ld=None, meta_date=False, section="Binnenland", meta_author="Sanne de Vries",
    byline='<span class="artstyle__byline">Sanne de Vries</span>',
    dateline='<span class="artstyle__date">5 maart 2026, 15:30</span>',
)
page(
    "nl-nro-woningbouw", "NL", "nl", "brightspot",
    "https://nro.example/artikel/2544112-woningbouw-blijft-achter-bij-doel",
    "NRO",
    "Woningbouw blijft ver achter bij doel van kabinet | NRO",
    "Woningbouw blijft ver achter bij doel van kabinet",
    "2026-02-18T19:45:00+01:00", [],
    [
        "Er zijn vorig jaar 71.000 nieuwe woningen gebouwd, ver onder de 100.000 die het kabinet zich als doel had gesteld. Dat blijkt uit cijfers van het CBS.",
        "Bouwbedrijven wijzen op lange vergunningsprocedures en de stikstofregels. Gemeenten zeggen dat er te weinig geld is voor infrastructuur in nieuwe wijken.",
        "De minister wil met een spoedwet procedures inkorten.",
    ],
    "NOS-like: no author, JSON-LD author is the organisation",
    ld_authors=[("org", "NRO")], byline="",
    dateline=time_el("2026-02-18T19:45:00+01:00", "18 februari 2026, 19:45"),
)

# ---------------------------------------------------------------- Nordic countries
page(
    "no-fjordposten-ntb", "NO", "nb", "arc",
    "https://www.fjordposten.example/nyheter/i/Xq3wE7/regjeringen-vil-stramme-inn-stroemstoette",
    "Fjordposten",
    "Regjeringen vil stramme inn strømstøtten – Fjordposten",
    "Regjeringen vil stramme inn strømstøtten",
    "2026-11-30T12:44:00+01:00", ["NTB"],
    [
        "Regjeringen foreslår å senke kompensasjonsgraden i strømstøtten fra 90 til 80 prosent fra nyttår. Det opplyste energiministeren på en pressekonferanse mandag.",
        "Forslaget vil spare staten for rundt 3 milliarder kroner neste år. Opposisjonen mener husholdninger i Sør-Norge blir hardest rammet.",
        "Stortinget skal behandle saken før jul.",
    ],
    "Schibsted-like: agency byline NTB, photo credit 'Foto: Lise Åserud / NTB'",
    ld_authors=[("org", "NTB")],
    byline='<div class="byline"><span class="name">NTB</span></div>',
    dateline=time_el("2026-11-30T12:44:00+01:00", "Publisert 30.11.2026 12:44"),
    credit="Foto: Lise Åserud / NTB", caption="Energiministeren under pressekonferansen.",
)
page(
    "no-bergens-avis-bybane", "NO", "nb", "portal",
    "https://www.bergensavis.example/nyheter/bybanen-til-asane-blir-forsinket/s/5-8-2112233",
    "Bergens Avis",
    "Bybanen til Åsane blir forsinket",
    "Bybanen til Åsane blir forsinket",
    "2026-08-12T06:00:00+02:00", ["Ingrid Solheim", "Magnus Vik"],
    [
        "Byggingen av bybanen til Åsane blir minst ett år forsinket, opplyser Bybanen Utbygging. Årsaken er funn av kvikkleire langs traseen ved Eidsvåg.",
        "Prosjektet er allerede 1,2 milliarder kroner dyrere enn planlagt. Byrådet vil likevel ikke endre traseen.",
        "Åpningen er nå ventet i 2032.",
    ],
    "Amedia-like: no site name in the title, authors only in JSON-LD and meta",
    meta_author="Ingrid Solheim, Magnus Vik",
    byline='<div class="authors"><span>Ingrid Solheim</span> <span>Magnus Vik</span></div>',
    dateline='<span class="published">12. august 2026 kl. 06:00</span>',
)
page(
    "no-kystradio-ferje", "NO", "nb", "euro",
    "https://www.kystradio.example/vestland/ferjekaia-i-halhjem-stengt-1.17123456",
    "Kystradio",
    "Ferjekaia i Halhjem stengt etter påkjørsel – Kystradio Vestland – Lokale nyheter, TV og radio",
    "Ferjekaia i Halhjem stengt etter påkjørsel",
    "2026-10-19T08:21:00+02:00", ["Eirik Haugland"],
    [
        "Ferjekaia i Halhjem er stengt etter at ei ferje kjørte inn i kaia tidlig søndag morgen. Ingen personer ble skadd.",
        "Ferjeselskapet setter inn ekstra avganger fra Sandvikvåg. Statens vegvesen skal undersøke skadene på kaia i løpet av dagen.",
        "Reisende må regne med lange køer utover formiddagen.",
    ],
    "NRK-like: site, region and a slogan after the headline",
    byline='<span class="author__name">Eirik Haugland</span>',
    dateline=time_el("2026-10-19T08:21:00+02:00", "Publisert 19. okt. 2026 kl. 08.21"),
)
page(
    "se-morgonposten-skatt", "SE", "sv", "arc",
    "https://www.morgonposten.example/ekonomi/regeringen-sanker-skatten-pa-arbete/",
    "Morgonposten",
    "Regeringen sänker skatten på arbete | Morgonposten",
    "Regeringen sänker skatten på arbete",
    "2026-09-16T07:00:00+02:00", ["Karin Lindqvist"],
    [
        "Regeringen föreslår skattesänkningar på arbete för 14 miljarder kronor i höstbudgeten. Det beskedet gav finansministern på onsdagsmorgonen.",
        "Störst blir sänkningen för pensionärer och personer med låga inkomster. Oppositionen kritiserar att pengar inte går till välfärden.",
        "Budgeten överlämnas till riksdagen nästa vecka.",
    ],
    "Bonnier-like: JSON-LD author, date in JSON-LD and <time>",
    byline='<div class="byline__author">Karin Lindqvist</div>',
    dateline=time_el("2026-09-16T07:00:00+02:00", "16 september 2026 07:00"),
)
page(
    "se-kvallsbladet-tt", "SE", "sv", "brightspot",
    "https://www.kvallsbladet.example/nyheter/tagtrafiken-stoppad-i-norrland/",
    "Kvällsbladet",
    "Tågtrafiken stoppad i Norrland efter snöoväder | Kvällsbladet",
    "Tågtrafiken stoppad i Norrland efter snöoväder",
    "2026-12-01T10:12:00+01:00", ["TT"],
    [
        "All tågtrafik mellan Umeå och Luleå är inställd efter kraftiga snöfall under natten. Trafikverket räknar med att banan är stängd hela dagen.",
        "Flera hundra resenärer satt fast på ett nattåg vid Bastuträsk i över sex timmar. SJ ordnar bussar för de strandsatta.",
        "SMHI varnar för mer snö under onsdagen.",
    ],
    "agency TT as byline with a text date '1 december 2026'",
    ld_authors=[("org", "TT")], meta_date=False, ld_date=False,
    byline='<span class="byline">TT</span>',
    dateline='<span class="date">Publicerad 1 december 2026 kl 10.12</span>',
)
page(
    "dk-jyllands-bladet-vindmoller", "DK", "da", "drupal",
    "https://jyllands-bladet.example/indland/ECE17223344/havvindmoellepark-ved-thyboroen-udskydes/",
    "Jyllands-Bladet",
    "Havvindmøllepark ved Thyborøn udskydes | Jyllands-Bladet",
    "Havvindmøllepark ved Thyborøn udskydes",
    "2026-05-06T14:40:00+02:00", ["Ritzau"],
    [
        "Opførelsen af en havvindmøllepark ud for Thyborøn bliver udskudt med to år, oplyser Energistyrelsen onsdag.",
        "Ingen selskaber bød på projektet i det første udbud. Regeringen vil nu ændre betingelserne og udbyde parken igen til efteråret.",
        "Lokale fiskere har protesteret mod placeringen.",
    ],
    "agency Ritzau as author in meta and byline",
    meta_author="Ritzau", ld=None,
    byline='<p class="article-byline">/ritzau/</p>',
    dateline=time_el("2026-05-06T14:40:00+02:00", "6. maj 2026 kl. 14:40"),
)
page(
    "fi-helsingin-aamu-metro", "FI", "fi", "arc",
    "https://www.helsinginaamu.example/kaupunki/art-2000011224455.html",
    "Helsingin Aamu",
    "Länsimetron jatke avautuu joulukuussa | Helsingin Aamu",
    "Länsimetron jatke avautuu joulukuussa",
    "2026-03-26T16:05:00+02:00", ["Aino Virtanen"],
    [
        "Länsimetron toinen vaihe Matinkylästä Kivenlahteen avautuu matkustajille joulukuun puolivälissä, kertoi Länsimetro Oy torstaina.",
        "Uusia asemia on viisi. Avaaminen on viivästynyt alkuperäisestä aikataulusta lähes kolme vuotta.",
        "Espoon bussilinjoja muutetaan samaan aikaan.",
    ],
    "Finnish: JSON-LD author, <time> in Finnish",
    byline='<span class="byline">Aino Virtanen HA</span>',
    ld_authors=["Aino Virtanen"],
    dateline=time_el("2026-03-26T16:05:00+02:00", "26.3.2026 16:05"),
)

# ---------------------------------------------------------------- Southern and Eastern Europe
page(
    "pl-gazeta-wislana-most", "PL", "pl", "euro",
    "https://wiadomosci.gazetawislana.example/wiadomosci/7,114883,31234567,nowy-most-na-wisle.html",
    "Gazeta Wiślana",
    "Nowy most na Wiśle otwarty dla kierowców - Wiadomości - Gazeta Wiślana",
    "Nowy most na Wiśle otwarty dla kierowców",
    "2026-11-20T13:00:00+01:00", ["Tomasz Nowak"],
    [
        "Nowy most na Wiśle w Warszawie został w piątek otwarty dla ruchu samochodowego. Przeprawa łączy Bielany z Tarchominem.",
        "Budowa trwała cztery lata i kosztowała ponad miliard złotych. Po moście pojedzie też tramwaj, ale dopiero od wiosny.",
        "Kierowcy mogą się spodziewać utrudnień na dojazdach przez pierwsze tygodnie.",
    ],
    "section between headline and site; meta author; date only in meta",
    ld=None, meta_author="Tomasz Nowak", section="Wiadomości",
    byline='<span class="article__author">Tomasz Nowak</span>',
    dateline='<span class="article__date">20 listopada 2026 | 13:00</span>',
)
page(
    "cz-izpravy-dalnice", "CZ", "cs", "portal",
    "https://www.izpravy.example/zpravy/domaci/dalnice-d35-otevrena.A261102_101122_domaci",
    "iZprávy.cz",
    "Dálnice D35 u Litomyšle je otevřená | iZprávy.cz",
    "Dálnice D35 u Litomyšle je otevřená",
    "2026-11-02T10:11:00+01:00", ["Jana Dvořáková"],
    [
        "Ředitelství silnic a dálnic v pondělí otevřelo další úsek dálnice D35 mezi Litomyšlí a Janovem. Měří 11 kilometrů.",
        "Řidiči se tak vyhnou průjezdu několika obcemi. Stavba stála 4,3 miliardy korun.",
        "Celá dálnice má být hotová do roku 2030.",
    ],
    "site with a domain as name, JSON-LD author",
    byline='<div class="authors"><span itemprop="name">Jana Dvořáková</span></div>',
    dateline=time_el("2026-11-02T10:11:00+01:00", "2. listopadu 2026 10:11"),
)
page(
    "it-corriere-nord-ansa", "IT", "it", "euro",
    "https://www.corrieredelnord.example/cronaca/26_ottobre_06/alluvione-in-emilia-evacuati-1500-residenti-a1b2c3.shtml",
    "Corriere del Nord",
    "Alluvione in Emilia, evacuati 1.500 residenti- Corriere del Nord",
    "Alluvione in Emilia, evacuati 1.500 residenti",
    "2026-10-06T08:50:00+02:00", ["Redazione Online"],
    [
        "Circa 1.500 persone sono state evacuate nella notte in provincia di Ravenna dopo l'esondazione di due fiumi. Lo ha comunicato la prefettura.",
        "Le scuole restano chiuse in dieci comuni. La protezione civile ha diramato l'allerta rossa fino a martedì sera.",
        "Il governo valuta lo stato di emergenza.",
    ],
    "Corriere-like: dash without a space before the site ('residenti- Corriere'); desk byline",
    byline='<div class="writer">Redazione Online</div>',
    dateline=time_el("2026-10-06T08:50:00+02:00", "6 ottobre 2026 (modifica il 6 ottobre 2026 | 12:15)"),
    modified="2026-10-06T12:15:00+02:00",
)
page(
    "it-mattino-sud-porto", "IT", "it", "wordpress",
    "https://www.ilmattinodelsud.example/napoli/porto-di-napoli-nuovo-terminal-crociere",
    "Il Mattino del Sud",
    "Porto di Napoli, nuovo terminal per le crociere | Il Mattino del Sud",
    "Porto di Napoli, nuovo terminal per le crociere",
    "2026-04-24T17:25:00+02:00", ["Giulia Esposito"],
    [
        "Il porto di Napoli avrà un nuovo terminal per le navi da crociera entro il 2028. Lo ha annunciato l'Autorità portuale presentando il piano triennale.",
        "Il progetto costa 65 milioni di euro e prevede anche un collegamento pedonale con piazza Municipio. Gli operatori turistici si aspettano due milioni di passeggeri l'anno.",
        "I lavori partiranno la prossima primavera.",
    ],
    "WordPress Yoast graph, 'di Giulia Esposito' byline",
    ld="graph",
    byline='<span class="author">di <a rel="author" href="/autore/giulia-esposito/">Giulia Esposito</a></span>',
    dateline=time_el("2026-04-24T17:25:00+02:00", "24 Aprile 2026"),
)
page(
    "es-diario-iberico-sequia", "ES", "es", "arc",
    "https://diarioiberico.example/espana/2026-06-25/la-sequia-obliga-a-restringir-el-riego.html",
    "EL DIARIO IBÉRICO",
    "La sequía obliga a restringir el riego en el Segura | España | EL DIARIO IBÉRICO",
    "La sequía obliga a restringir el riego en el Segura",
    "2026-06-25T05:40:00+02:00", ["Lucía Fernández"],
    [
        "La Confederación Hidrográfica del Segura ha aprobado reducir un 30% las dotaciones de riego para el verano ante el bajo nivel de los embalses.",
        "Los regantes de Murcia y Alicante califican la medida de insuficiente y piden más agua del trasvase. Los embalses de la cuenca están al 18% de su capacidad.",
        "El Gobierno estudia ayudas para los agricultores afectados.",
    ],
    "El País-like: section and site in capitals after the headline",
    section="España",
    byline='<div class="a_md_a"><a href="/autor/lucia-fernandez/">Lucía Fernández</a></div>',
    dateline=time_el("2026-06-25T05:40:00+02:00", "Murcia - 25 jun 2026 - 05:40 CEST"),
)
page(
    "es-pisuerga-wordpress-fiestas", "ES", "es", "wordpress",
    "https://norteextremeno.example/2026/08/14/plasencia-fiestas-martes-mayor/",
    "Norte Extremeño",
    "Plasencia se prepara para el Martes Mayor – Norte Extremeño",
    "Plasencia se prepara para el Martes Mayor",
    "2026-08-14T10:00:00+02:00", ["Redacción"],
    [
        "Plasencia celebra el próximo martes su tradicional Martes Mayor, la fiesta de interés turístico regional que llena la plaza de puestos de productos de la comarca.",
        "El Ayuntamiento espera más de 40.000 visitantes. Habrá autobuses lanzadera desde el recinto ferial y se cortará el tráfico en el casco histórico.",
        "La programación incluye conciertos y un concurso de quesos.",
    ],
    "small WordPress site: date only as text '14 de agosto de 2026', desk byline",
    ld=None, meta_date=False,
    byline='<span class="author">Redacción</span>',
    dateline='<span class="posted-on">14 de agosto de 2026</span>',
)
page(
    "es-veinte-min-metro", "ES", "es", "brightspot",
    "https://www.veinteminutos.example/noticia/5512233/0/metro-madrid-linea-11/",
    "20 minutos",
    "El metro de Madrid amplía la línea 11 hasta Conde de Casal - 20 minutos",
    "El metro de Madrid amplía la línea 11 hasta Conde de Casal",
    "2026-03-02T12:00:00+01:00", ["Marta García", "Pablo Ruiz"],
    [
        "La Comunidad de Madrid ha adjudicado las obras de ampliación de la línea 11 de metro hasta Conde de Casal, con tres nuevas estaciones.",
        "La obra costará 450 millones de euros y durará cinco años. Vecinos de Moratalaz llevaban años reclamando la conexión.",
        "La línea 11 es una de las menos utilizadas de la red.",
    ],
    "site name with a number, two authors joined by 'y'",
    byline='<span class="article-author">Marta García y Pablo Ruiz</span>',
    dateline=time_el("2026-03-02T12:00:00+01:00", "02.03.2026 - 12:00H"),
)
page(
    "pt-publico-norte-metro", "PT", "pt", "euro",
    "https://www.publiconorte.example/2026/07/09/local/noticia/metro-do-porto-linha-rosa-2088112",
    "Público Norte",
    "Linha Rosa do Metro do Porto abre em setembro – Público Norte",
    "Linha Rosa do Metro do Porto abre em setembro",
    "2026-07-09T19:00:00+01:00", ["Rita Carvalho"],
    [
        "A Linha Rosa do Metro do Porto, entre São Bento e a Casa da Música, vai abrir aos passageiros em setembro, anunciou a empresa nesta quinta-feira.",
        "A obra sofreu atrasos por causa de achados arqueológicos junto ao Hospital de Santo António. O custo final ronda os 330 milhões de euros.",
        "A nova linha terá quatro estações.",
    ],
    "Portuguese: JSON-LD author, <time>, en dash before the site",
    byline='<span class="byline">Rita Carvalho</span>',
    dateline=time_el("2026-07-09T19:00:00+01:00", "9 de Julho de 2026, 19:00"),
)
page(
    "tr-anadolu-postasi-deprem", "TR", "tr", "arc",
    "https://www.anadolupostasi.example/gundem/malatyada-deprem-tatbikati-2911223",
    "Anadolu Postası",
    "Malatya'da büyük deprem tatbikatı yapıldı - Anadolu Postası",
    "Malatya'da büyük deprem tatbikatı yapıldı",
    "2026-10-30T11:15:00+03:00", ["Anadolu Ajansı"],
    [
        "Malatya'da AFAD koordinasyonunda kentin tamamını kapsayan büyük bir deprem tatbikatı gerçekleştirildi. Tatbikata 5 bin kişi katıldı.",
        "Okullarda ve kamu binalarında tahliye senaryoları uygulandı. Arama kurtarma ekipleri yıkılmış bir binada enkaz çalışması yaptı.",
        "Vali, tatbikatın her yıl tekrarlanacağını söyledi.",
    ],
    "Turkish agency byline, JSON-LD author Organization",
    ld_authors=[("org", "Anadolu Ajansı")],
    byline='<span class="source">Anadolu Ajansı</span>',
    dateline=time_el("2026-10-30T11:15:00+03:00", "30 Ekim 2026 11:15"),
)

# ---------------------------------------------------------------- Latin America
page(
    "mx-heraldo-azteca-agua", "MX", "es", "arc",
    "https://www.heraldoazteca.example/metropoli/cdmx-recortes-de-agua-en-iztapalapa",
    "El Heraldo Azteca",
    "CDMX anuncia recortes de agua en Iztapalapa | El Heraldo Azteca",
    "CDMX anuncia recortes de agua en Iztapalapa",
    "2026-04-15T21:40:00-06:00", ["Alejandra Hernández"],
    [
        "El gobierno de la Ciudad de México anunció recortes en el suministro de agua para 42 colonias de Iztapalapa durante las próximas dos semanas.",
        "Los recortes se deben a trabajos de mantenimiento en el Sistema Cutzamala. Se enviarán pipas gratuitas a las zonas afectadas.",
        "Vecinos de la colonia Santa Martha protestaron frente a la alcaldía.",
    ],
    "an evening date in Mexico is the next day in UTC",
    byline='<span class="author">Alejandra Hernández</span>',
    dateline=time_el("2026-04-15T21:40:00-06:00", "15 de abril de 2026 — 21:40"),
)
page(
    "mx-milenario-futbol", "MX", "es", "brightspot",
    "https://www.milenario.example/deportes/futbol/liga-mx-final-monterrey-tigres",
    "Grupo Milenario",
    "Monterrey y Tigres jugarán la final del Apertura - Grupo Milenario",
    "Monterrey y Tigres jugarán la final del Apertura",
    "2026-11-29T23:55:00-06:00", ["Jorge Salinas"],
    [
        "Por primera vez en seis años, la final del torneo Apertura será un clásico regio entre Monterrey y Tigres, después de que ambos eliminaran a sus rivales el sábado.",
        "La ida se jugará el jueves en el Estadio Universitario y la vuelta el domingo en el Estadio BBVA. La liga reforzará la seguridad en ambos partidos.",
        "Los boletos se agotaron en menos de una hora.",
    ],
    "Milenio-like: JSON-LD author, date near midnight",
    byline='<span class="nd-author">Jorge Salinas</span>',
    dateline=time_el("2026-11-29T23:55:00-06:00", "29.11.2026 23:55:00"),
    credit="Foto: Mexsport",
)
page(
    "ar-voz-del-plata-tren", "AR", "es", "euro",
    "https://www.vozdelplata.example/sociedad/vuelve-el-tren-a-mar-del-plata_0_aBcD1234.html",
    "La Voz del Plata",
    "Vuelve el tren a Mar del Plata con nuevos horarios - La Voz del Plata",
    "Vuelve el tren a Mar del Plata con nuevos horarios",
    "2026-12-01T09:30:00-03:00", ["Federico Acosta"],
    [
        "El servicio de trenes entre Constitución y Mar del Plata volverá a funcionar desde el 15 de diciembre con cuatro frecuencias diarias, informó la operadora estatal.",
        "El viaje durará unas seis horas. Los pasajes se podrán comprar desde este lunes en las boleterías y en la web.",
        "La temporada de verano suele duplicar la demanda.",
    ],
    "Clarín-like: date in JSON-LD and as text '01/12/2026', none in meta tags",
    meta_date=False,
    byline='<div class="author">Federico Acosta</div>',
    dateline='<span class="publishedDate">01/12/2026 09:30</span>',
)
page(
    "co-tiempo-andino-vias", "CO", "es", "drupal",
    "https://www.tiempoandino.example/colombia/otras-ciudades/via-al-llano-cerrada-por-derrumbe-812233",
    "El Tiempo Andino",
    "Vía al Llano, cerrada por derrumbe en el kilómetro 18 - Colombia - El Tiempo Andino",
    "Vía al Llano, cerrada por derrumbe en el kilómetro 18",
    "2026-05-28T06:35:00-05:00", ["Carlos Rojas"],
    [
        "La vía que comunica a Bogotá con Villavicencio permanece cerrada desde la madrugada por un derrumbe en el kilómetro 18, informó la concesionaria.",
        "No se reportan heridos. Los transportadores calculan pérdidas de más de 10.000 millones de pesos por cada día de cierre.",
        "La ruta alterna por Guayabetal solo permite vehículos livianos.",
    ],
    "section between headline and site; 'Por Carlos Rojas'",
    section="Colombia",
    byline='<div class="author-name">Por Carlos Rojas</div>',
    dateline=time_el("2026-05-28T06:35:00-05:00", "28 de mayo 2026, 06:35 a. m."),
)
page(
    "br-g9-minas-chuva", "BR", "pt", "portal",
    "https://g9.example/mg/minas-gerais/noticia/2026/01/12/chuva-deixa-cidades-em-alerta.ghtml",
    "g9",
    "Chuva deixa 30 cidades de MG em alerta | Minas Gerais | g9",
    "Chuva deixa 30 cidades de MG em alerta",
    "2026-01-12T14:03:00-03:00", ["Ana Paula Souza"],
    [
        "A Defesa Civil de Minas Gerais colocou 30 cidades em alerta máximo por causa das chuvas fortes que atingem o estado desde o fim de semana.",
        "Em Juiz de Fora, o rio Paraibuna subiu mais de dois metros. Cerca de 300 famílias deixaram suas casas.",
        "A previsão é de mais chuva até quarta-feira.",
    ],
    "g1-like: state section and site after the headline, 'Por X, g9 Minas'",
    section="Minas Gerais",
    byline='<p class="content-publication-data__from">Por Ana Paula Souza, g9 Minas</p>',
    dateline=time_el("2026-01-12T14:03:00-03:00", "12/01/2026 14h03"),
)
page(
    "br-folha-paulista-juros", "BR", "pt", "euro",
    "https://www1.folhapaulista.example/mercado/2026/12/copom-mantem-juros.shtml",
    "Folha Paulista",
    "Copom mantém juros em 11,25% ao ano - 02/12/2026 - Mercado - Folha Paulista",
    "Copom mantém juros em 11,25% ao ano",
    "2026-12-02T18:35:00-03:00", ["Eduardo Lima"],
    [
        "O Comitê de Política Monetária do Banco Central manteve nesta quarta-feira a taxa básica de juros em 11,25% ao ano, como esperava o mercado.",
        "No comunicado, o comitê disse que a inflação de serviços segue elevada. Economistas esperam cortes apenas no segundo trimestre do próximo ano.",
        "Foi a quarta manutenção seguida.",
    ],
    "Folha-like: date and section in the title after the headline",
    section="Mercado",
    byline='<div class="c-signature"><strong class="c-signature__author">Eduardo Lima</strong> <span>São Paulo</span></div>',
    dateline=time_el("2026-12-02T18:35:00-03:00", "2.dez.2026 às 18h35"),
)
page(
    "cl-emol-like-metro", "CL", "es", "wordpress",
    "https://www.nacionchile.example/nacional/2026/10/10/metro-de-santiago-linea-7/",
    "Nación Chile",
    "Nación Chile: la Línea 7 del Metro de Santiago entra en pruebas",
    "La Línea 7 del Metro de Santiago entra en pruebas",
    "2026-10-10T15:20:00-03:00", [],
    [
        "Metro de Santiago comenzó este viernes las marchas blancas de la Línea 7, que unirá Renca con Vitacura a lo largo de 26 kilómetros.",
        "La empresa espera abrir la línea al público a mediados del próximo año. Se estima que transportará 300.000 pasajeros diarios.",
        "Las obras comenzaron en 2020.",
    ],
    "site name before a lowercase headline; no author",
    ld="graph", ld_headline="La Línea 7 del Metro de Santiago entra en pruebas", og_title="La Línea 7 del Metro de Santiago entra en pruebas",
    byline="",
    dateline=time_el("2026-10-10T15:20:00-03:00", "10 de octubre de 2026"),
)

# ---------------------------------------------------------------- East Asia
page(
    "jp-nihonkai-shinbun-snow", "JP", "ja", "portal",
    "https://www.nihonkai-shinbun.example/news/local/20261203/123456.html",
    "日本海新聞",
    "鳥取で初雪　平年より8日遅く：日本海新聞",
    "鳥取で初雪　平年より8日遅く",
    "2026-12-03T09:10:00+09:00", ["山本 健太"],
    [
        "鳥取地方気象台は3日、鳥取市で初雪を観測したと発表した。平年より8日、昨年より2日遅い。",
        "市内では朝から冷たい雨が雪に変わり、通勤の人たちが傘をさして足早に駅へ向かった。気象台によると、4日にかけて山沿いを中心に積雪の恐れがある。",
        "県は路面の凍結に注意するよう呼びかけている。",
    ],
    "full-width colon before the site name; date as '2026年12月3日'; author in meta only",
    ld=None, meta_date=False, meta_author="山本 健太",
    byline='<p class="writer">山本 健太</p>',
    dateline='<p class="date">2026年12月3日 9時10分</p>',
)
page(
    "jp-hokuriku-tv-ferry", "JP", "ja", "euro",
    "https://www.hokuriku-tv.example/news/20261114/k10014512345.html",
    "北陸放送ニュース",
    "能登の港で定期船が運航再開 | 北陸放送ニュース",
    "能登の港で定期船が運航再開",
    "2026-11-14T18:22:00+09:00", [],
    [
        "地震で被害を受けた能登半島の港で、離島を結ぶ定期船の運航が14日、約10か月ぶりに再開された。",
        "岸壁の復旧工事が終わり、島の住民らが朝の便で本土へ向かった。運航会社によると、当面は1日2往復で運航する。",
        "島の住民は「ようやく病院に通いやすくなる」と話していた。",
    ],
    "NHK-like: no author; JSON-LD author is the broadcaster",
    ld_authors=[("org", "北陸放送")], byline="",
    dateline=time_el("2026-11-14T18:22:00+09:00", "2026年11月14日 18時22分"),
)
page(
    "kr-hangang-ilbo-subway", "KR", "ko", "portal",
    "https://www.hangangilbo.example/news/articleView.html?idxno=712233",
    "한강일보",
    "서울 지하철 9호선 4단계 연장 착공 - 한강일보",
    "서울 지하철 9호선 4단계 연장 착공",
    "2026-09-09T14:30:00+09:00", ["김민준"],
    [
        "서울 지하철 9호선 4단계 연장 구간이 9일 착공했다. 중앙보훈병원역에서 고덕강일지구까지 4.1㎞ 구간에 정거장 4곳이 새로 생긴다.",
        "서울시는 2031년 개통을 목표로 하고 있다. 개통되면 고덕강일지구에서 강남까지 이동 시간이 20분가량 줄어들 것으로 예상된다.",
        "총사업비는 약 5천억 원이다.",
        "공사 구간에는 한강 지하를 지나는 터널도 포함돼 있어 안전 관리가 중요하다. 시는 공사 기간 소음과 교통 불편을 줄이기 위해 주민 설명회를 열고 야간 작업을 최소화하겠다고 밝혔다.",
        "인근 주민들은 오랫동안 기다려 온 사업이라며 환영했다. 다만 일부 상인들은 공사 기간 매출이 줄어들까 걱정하고 있다. 서울시는 상인 지원 방안도 함께 마련하기로 했다.",
    ],
    "Korean: byline '김민준 기자' with a job title; date as '입력 2026.09.09 14:30'",
    ld=None, meta_date=False, meta_author="김민준 기자",
    byline='<span class="writer">김민준 기자</span>',
    dateline='<span class="date">입력 2026.09.09 14:30</span>',
)
page(
    "kr-naver-like-exports", "KR", "ko", "portal",
    "https://n.news.portal.example/mnews/article/001/0014523344",
    "뉴스포털",
    "반도체 수출 석 달 연속 증가 : 뉴스포털",
    "반도체 수출 석 달 연속 증가",
    "2026-11-01T09:00:00+09:00", ["이서연"],
    [
        "지난달 반도체 수출이 1년 전보다 18% 늘어 석 달 연속 증가세를 이어갔다고 산업통상자원부가 1일 밝혔다.",
        "인공지능 서버용 고대역폭 메모리 수요가 증가를 이끌었다. 전체 수출은 5.2% 늘었고 무역수지는 흑자를 기록했다.",
        "정부는 연간 수출이 사상 최대를 기록할 것으로 내다봤다.",
    ],
    "Naver-like: ' : portal' suffix, og:article:author with the agency, '이서연 기자'",
    meta_author="이서연 기자", ld_authors=["이서연 기자"],
    og_site="뉴스포털", ld_publisher="연합통신",
    byline='<em class="media_end_head_journalist_name">이서연 기자</em>',
    dateline='<span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="2026-11-01 09:00:00">2026.11.01. 오전 9:00</span>',
)
page(
    "cn-huadong-underscore", "CN", "zh", "portal",
    "https://news.huadongwang.example/society/2026-08-18/doc-inhxyz1234.shtml",
    "华东网",
    "杭州地铁10号线北延段开通_社会新闻_华东网",
    "杭州地铁10号线北延段开通",
    "2026-08-18T10:20:00+08:00", ["陈静"],
    [
        "8月18日上午，杭州地铁10号线北延段正式开通运营。新线全长6.1公里，设车站4座。",
        "开通后，城北居民前往市中心的时间将缩短约15分钟。地铁集团表示，开通初期行车间隔为6分钟。",
        "当天上午，不少市民专程前来体验。",
    ],
    "Sina-like: headline_section_site; byline '记者 陈静'; date '2026年08月18日'",
    ld=None, meta_date=False,
    byline='<span class="source">来源：华东网</span> <span class="author">记者 陈静</span>',
    meta_author="陈静",
    dateline='<span class="date">2026年08月18日 10:20</span>',
)
page(
    "tw-zhongtai-typhoon", "TW", "zh-Hant", "euro",
    "https://www.zhongtai-daily.example/news/story/7266/8123456",
    "中台日報",
    "颱風逼近 台中山區預防性撤離 | 地方 | 中台日報",
    "颱風逼近 台中山區預防性撤離",
    "2026-09-28T19:05:00+08:00", ["林怡君"],
    [
        "中颱逼近，台中市政府28日下午對和平區山區部落啟動預防性撤離，共撤離約400人。",
        "市府表示，已開設6處避難收容所，並備妥物資。中央氣象署預估颱風將於29日清晨最接近台灣。",
        "台中市明天停止上班上課。",
    ],
    "UDN-like: section and site after the headline; JSON-LD author",
    section="地方",
    byline='<span class="article-content__author">記者林怡君／台中報導</span>',
    dateline=time_el("2026-09-28T19:05:00+08:00", "2026-09-28 19:05"),
)
