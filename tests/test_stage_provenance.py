import pytest


def run(stage, draft):
    stage("title")(draft)
    stage("provenance")(draft)
    return draft


def test_title_suffix_and_a_link_agree(stage, make_draft):
    draft = make_draft(["Text."], title="Storm in the west – NRK – Archyworldys", host="www.archyworldys.com")
    draft.meta.links = ("https://www.nrk.no/vestland/storm-1.15833.html", "https://facebook.com/share")
    run(stage, draft)
    assert draft.original["outlet"] == "NRK"
    assert draft.original["url"] == "https://www.nrk.no/vestland/storm-1.15833.html"
    assert draft.original["evidence"] == ["title suffix 'NRK'", "link to nrk.no in the page"]


def test_attribution_line_names_the_outlet_when_title_does_not(stage, make_draft):
    draft = make_draft(["Prices rose sharply in March.", "Source: Aftenposten"], title="Prices rise")
    run(stage, draft)
    assert draft.original["outlet"] == "Aftenposten"
    assert draft.original["evidence"] == ["attribution in the body: 'Source: Aftenposten'"]


def test_dateline_names_the_agency(stage, make_draft):
    draft = run(stage, make_draft(["(NTB) – The government resigned on Friday."]))
    assert draft.original["outlet"] == "NTB"


def test_according_to_spiegel_information(stage, make_draft):
    draft = run(stage, make_draft(["According to SPIEGEL information, the talks failed."]))
    assert draft.original["outlet"] == "DER SPIEGEL"


def test_two_outlets_named_once_each_is_no_guess(stage, make_draft):
    draft = make_draft(
        ["(NTB) – The government resigned.", "According to SPIEGEL information, talks failed."]
    )
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_json_ld_and_canonical(stage, make_draft):
    draft = make_draft(["Text."], title="Floods in Limburg")
    draft.meta.based_on = ("https://nos.nl/artikel/2388031-floods",)
    draft.meta.canonical_url = "https://nos.nl/artikel/2388031-floods"
    run(stage, draft)
    assert draft.original["outlet"] == "NOS"
    assert draft.original["url"] == "https://nos.nl/artikel/2388031-floods"
    assert len(draft.original["evidence"]) == 2


def test_url_slug(stage, make_draft):
    draft = make_draft(["Text."], title="A story")
    draft.meta.url = "https://www.archyde.com/the-minister-resigns-vg/"
    run(stage, draft)
    assert draft.original["outlet"] == "VG"
    assert draft.original["evidence"] == ["URL slug ends with '-vg'"]


def test_no_evidence_leaves_original_unknown(stage, make_draft):
    draft = make_draft(
        ["According to the police, nobody was hurt.", "Source: police"], title="Fire in Bergen"
    )
    draft.meta.links = ("https://www.archyworldys.com/other-story/",)
    run(stage, draft)
    assert draft.original == {"outlet": None, "domain": None, "language": None, "url": None}


def test_a_slug_ending_in_an_english_word_is_no_evidence(stage, make_draft):
    draft = make_draft(["Text."], title="Business focus")
    draft.meta.url = "https://www.bigbrandsystem.com/business-focus/"
    run(stage, draft)
    assert draft.original["outlet"] is None


def test_link_filter_keeps_every_link_to_an_outlet(stage):
    from urllib.parse import urlsplit

    provenance = stage("provenance")
    links = [
        "https://www.VG.no/nyheter/i/abc",
        "https://user:pw@NRK.no:443/x",
        "http://sub.aftenposten.no",
        "https://example.com/?via=vg.no",
        "https://vg\t.no/tab-in-host",
        "https://xn--ns-eka.no/",
        "https://nrk.no\u2100/",
        "https://[::1]/",
        "https://facebook.com/share",
    ]
    kept = [url for url in links if provenance._may_be_outlet_link(url)]
    for url in links:
        try:
            is_outlet_link = provenance.outlets.by_domain(urlsplit(url).hostname or "") is not None
        except ValueError:  # urlsplit rejects it: a link that names no outlet
            is_outlet_link = False
        assert url in kept or not is_outlet_link, url
    assert "https://facebook.com/share" not in kept


@pytest.mark.parametrize("odd", ["https://nrk.no\u2100/storm/", "https://[::1/storm/"])
def test_a_link_urlsplit_rejects_names_no_outlet_and_the_page_is_still_cleaned(stage, make_draft, odd):
    draft = make_draft(["Text."], title="Storm in the west", host="www.archyworldys.com")
    draft.meta.links = (odd, "https://www.nrk.no/vestland/storm-1.15833.html")
    run(stage, draft)
    assert draft.original["outlet"] == "NRK"
    assert draft.original["url"] == "https://www.nrk.no/vestland/storm-1.15833.html"
    assert draft.original["evidence"] == ["link to nrk.no in the page"]


def test_a_canonical_url_urlsplit_rejects_is_no_evidence(stage, make_draft):
    draft = make_draft(["Text."], title="Storm in the west", host="www.archyworldys.com")
    draft.meta.canonical_url = "https://vg.no\u2100/nyheter/"
    run(stage, draft)
    assert draft.original["outlet"] is None
