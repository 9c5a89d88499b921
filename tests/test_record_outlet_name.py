"""The record names a registry outlet as it names itself, without the place the registry adds
to tell it from a word or another outlet of its name ("Makedonia (Thessaloniki)")."""

from republished.cleaning import clean_page

PARAGRAPHS = [
    "The metro of Thessaloniki will run until two at night on Fridays and Saturdays from next month.",
    "The operator said the trial would last until the end of the summer and cost about a million euros.",
    "Passengers asked for the longer hours since the two lines opened, the transport minister said.",
]


def page(source_link: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in PARAGRAPHS)
    return (
        "<html><head><title>Thessaloniki metro will run until 2 at night – Thess Go</title></head>"
        f"<body><article>{paragraphs}<p>Source: {source_link}</p></article></body></html>"
    )


def test_a_registry_outlet_with_its_place_in_brackets_is_named_without_it():
    link = '<a href="https://www.makthes.gr/metro-thessalonikis-812345">makthes.gr</a>'
    record = clean_page(page(link), "https://www.thessgo.app/news/thessaloniki-metro")
    assert (record["original"]["outlet"], record["original"]["domain"]) == ("Makedonia", "makthes.gr")
    assert record["original"]["method"] == "registry"
