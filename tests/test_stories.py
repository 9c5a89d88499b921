"""dedup.stories: copies of one story translated independently share a story; other stories of
the same event do not; the index keeps its answers across reopening; and its pipeline."""

import pytest
from scrapy.utils.test import get_crawler

from republished.dedup.stories import StoryIndex
from republished.dedup.story_features import (
    StoryFeatures,
    StoryScheme,
    names_and_numbers,
    number_key,
    story_features,
    story_score,
)
from republished.pipelines.stories import StoryPipeline

# One NRK story as two farms' engines rendered it: other words, other order, split sentences,
# a name damaged in one of them.
AVALANCHE = (
    "One dead after avalanche in Lyngen",
    """A man in his 40s has died after being caught in an avalanche in Lyngen in Troms on Saturday.
Three skiers were caught by the avalanche at Kavringen around 13.30. Two of them managed to get out on their own.
– The third was found after about an hour and was flown to the University Hospital of North Norway in Tromsø, where he was pronounced dead, says operations manager Stian Andreassen.
The three are foreign tourists, the police say.
The avalanche warning for Lyngen was at level 3, considerable, on Saturday.""",
)
AVALANCHE_RETRANSLATED = (
    "Skier died in avalanche in Troms",
    """A man in the forties is dead after he was taken by a snow avalanche in Lyngen in Troms Saturday.
Around 13.30 three skiers were caught in the avalanche on Kavringen, and two got out by themselves.
– The third one was found after roughly one hour. He was flown to UNN in Tromso. There he was declared dead, tells operation leader Stian Andreasen.
According to the police, all three are foreign tourists.
Avalanche danger in Lyngen was on Saturday on level 3, considerable.""",
)
# Another story of the same event, the same people and places, other facts.
SECOND_AVALANCHE = (
    "Two rescued after avalanche outside Tromsø",
    """Two skiers were rescued alive after being caught in an avalanche on Kvaløya outside Tromsø on Wednesday.
Both were buried but were dug out by their companions within 15 minutes.
– They are cold but unharmed, says operations manager Stian Andreassen in Troms police district.
This is the second avalanche in the region within a week. On Saturday a man died in Lyngen.
The avalanche danger is now raised to level 4, high, for the Tromsø area.""",
)
NRK = {"outlet": "NRK", "domain": "nrk.no", "language": "nb", "url": None}


def record(story, day="2022-03-05", original=NRK, url="https://farm.example/x"):
    title, text = story
    return {"url": url, "title": title, "text": text, "original": original, "date_published": day}


def features(story, **kwargs) -> StoryFeatures:
    return story_features(record(story, **kwargs))


# -- features ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("100,000", "100000"),
        ("100 000", "100000"),
        ("100.000", "100000"),
        ("12,340", "12340"),
        ("4,5", "4.5"),
        ("4.50", "4.5"),
        ("0.20", "0.2"),
        ("08.12", "8.12"),
        ("1997", "1997"),
    ],
)
def test_numbers_are_spelt_one_way(written, key):
    assert number_key(written) == key


def test_names_survive_damage_and_grammar_capitals_are_no_names():
    names, numbers = names_and_numbers(
        "Prime Minister Jonas Gahr Støre met Andreassen on Friday.\nThe Store said 46.747 were ill. Police came."
    )
    assert names_and_numbers("Bus With 38 Passengers Drove Off the Road at Dombås") == (["dombas"], ["38"])
    assert {"jonas", "gahr", "store", "andreasen"} <= set(names)
    assert "the" not in names and "police" not in names and "friday" not in names
    assert numbers == ["46747"]
    assert names_and_numbers("Andreasen arrived")[0] == names_and_numbers("Andreassen arrived")[0]


def test_copies_score_above_other_stories_of_the_same_event():
    seed = features(AVALANCHE)
    assert story_score(seed, features(AVALANCHE_RETRANSLATED)) > 0.5
    assert story_score(seed, features(SECOND_AVALANCHE)) < 0.35


def test_different_original_outlets_or_urls_are_never_one_story():
    vg = {"outlet": "VG", "domain": "vg.no", "language": "nb", "url": None}
    assert story_score(features(AVALANCHE), features(AVALANCHE, original=vg)) is None
    one = dict(NRK, url="https://www.nrk.no/a-1.2")
    other = dict(NRK, url="https://www.nrk.no/b-3.4")
    assert story_score(features(AVALANCHE, original=one), features(AVALANCHE, original=other)) is None
    assert story_score(features(AVALANCHE, original=one), features(SECOND_AVALANCHE, original=one)) == 1.0


def test_features_survive_storage():
    seed = features(AVALANCHE)
    again = StoryFeatures.load(seed.dumps(), seed.words_bytes(), seed.outlet, seed.original_url, seed.day)
    assert again == seed


def test_band_keys_are_stable_and_shared_by_equal_token_sets():
    scheme = StoryScheme(bands=8, rows=2)
    tokens = features(AVALANCHE).lsh_tokens()
    assert scheme.keys(tokens) == scheme.keys(set(sorted(tokens)))
    assert len(set(scheme.keys(tokens))) == 8
    assert scheme.keys(set()) == []


# -- the index -----------------------------------------------------------------------------


@pytest.fixture
def index(tmp_path):
    with StoryIndex(tmp_path / "stories.sqlite") as index:
        yield index


def test_copies_join_the_first_copy_story(index):
    first = index.add("https://farm-one.example/avalanche", features(AVALANCHE))
    copy = index.add("https://farm-two.example/skier", features(AVALANCHE_RETRANSLATED, day="2022-03-06"))
    other = index.add("https://farm-one.example/rescued", features(SECOND_AVALANCHE, day="2022-03-09"))
    assert (first.story_id, first.joined) == ("https://farm-one.example/avalanche", None)
    assert (copy.story_id, copy.joined) == (first.story_id, first.record_id)
    assert copy.score > 0.5
    assert (other.story_id, other.joined) == ("https://farm-one.example/rescued", None)
    assert len(index) == 3


@pytest.mark.parametrize(
    ("day", "joins"), [("2022-03-08", True), ("2022-03-09", False), ("2022-03-01", False)]
)
def test_a_copy_outside_the_day_window_founds_its_own_story(tmp_path, day, joins):
    with StoryIndex(tmp_path / "s.sqlite", window_days=3) as index:
        index.add("https://a.example/1", features(AVALANCHE))
        copy = index.add("https://b.example/1", features(AVALANCHE_RETRANSLATED, day=day))
    assert copy.story_id == ("https://a.example/1" if joins else "https://b.example/1")


def test_the_earlier_story_wins_a_tie_and_ids_survive_reopening(tmp_path):
    path = tmp_path / "stories.sqlite"
    with StoryIndex(path) as index:
        index.add("https://a.example/first", features(AVALANCHE))
        index.add("https://b.example/same", features(AVALANCHE))
    with StoryIndex(path) as index:
        assert len(index) == 2
        got = index.add("https://c.example/third", features(AVALANCHE_RETRANSLATED))
        assert (got.story_id, got.joined) == ("https://a.example/first", "https://a.example/first")
        assert index.get("https://b.example/same").story_id == "https://a.example/first"
        assert index.get("https://nowhere.example/") is None


def test_adding_again_returns_the_stored_story_and_changed_features_are_reassigned(index):
    index.add("https://a.example/1", features(AVALANCHE))
    index.add("https://b.example/1", features(SECOND_AVALANCHE, day="2022-03-09"))
    copy = index.add("https://c.example/1", features(AVALANCHE_RETRANSLATED))
    assert index.add("https://c.example/1", features(AVALANCHE_RETRANSLATED)) == copy
    moved = index.add("https://c.example/1", features(SECOND_AVALANCHE, day="2022-03-09"))
    assert moved.story_id == "https://b.example/1"
    assert index.get("https://c.example/1") == moved
    # its old bands are gone: a fresh copy of the first story finds only the first record
    again = index.add("https://d.example/1", features(AVALANCHE_RETRANSLATED))
    assert again.joined == "https://a.example/1"


def test_a_record_without_names_or_numbers_founds_its_own_story(index):
    empty = ("", "nothing here that names anything")
    assert index.add("https://a.example/1", features(empty)).story_id == "https://a.example/1"
    assert index.add("https://b.example/1", features(empty)).story_id == "https://b.example/1"


def test_the_band_scheme_is_fixed_when_the_file_is_made(tmp_path):
    path = tmp_path / "s.sqlite"
    StoryIndex(path, scheme=StoryScheme(bands=8, rows=2)).close()
    with pytest.raises(ValueError, match="8 bands of 2 rows"):
        StoryIndex(path, scheme=StoryScheme())
    with StoryIndex(path) as index:
        assert index.scheme == StoryScheme(bands=8, rows=2)


# -- the Scrapy pipeline ------------------------------------------------------------------


def test_pipeline_sets_story_id_across_runs(tmp_path):
    def run(*records):
        crawler = get_crawler(settings_dict={"STORY_INDEX": str(tmp_path / "state" / "stories.sqlite")})
        crawler.stats.open_spider()
        pipeline = StoryPipeline.from_crawler(crawler)
        pipeline.open_spider()
        out = [pipeline.process_item(dict(r)) for r in records]
        pipeline.close_spider()
        return out, crawler.stats

    (first, other), _ = run(
        record(AVALANCHE, url="https://farm-one.example/avalanche"),
        record(SECOND_AVALANCHE, day="2022-03-09", url="https://farm-one.example/rescued"),
    )
    (copy,), stats = run(record(AVALANCHE_RETRANSLATED, url="https://farm-two.example/skier"))
    assert first["story_id"] == copy["story_id"] == "https://farm-one.example/avalanche"
    assert other["story_id"] == "https://farm-one.example/rescued"
    assert stats.get_value("republished/stories/joined") == 1


def test_links_to_one_article_with_tracking_parameters_are_one_original():
    from republished.dedup.story_features import article_url_key, named_score, story_features

    plain = {
        "title": "Wolves",
        "text": "Yle reports a cull of 20 wolves.",
        "original": {"url": "https://yle.fi/a/74-2001"},
    }
    tracked = {**plain, "original": {"url": "https://www.yle.fi/a/74-2001/?origin=rss&utm_source=x#comments"}}
    other = {**plain, "original": {"url": "https://yle.fi/a/74-2002"}}
    assert named_score(story_features(plain), story_features(tracked)) == 1.0
    assert named_score(story_features(plain), story_features(other)) is None
    assert (
        article_url_key("https://news.example/article.php?id=7&utm_medium=rss")
        == "news.example/article.php?id=7"
    )
    assert article_url_key("https://news.example/article.php?id=7") != article_url_key(
        "https://news.example/article.php?id=8"
    )
