import pytest

from republished.cleaning.draft import Draft, PageMeta
from republished.cleaning.pipeline import DEFAULT_PIPELINE, default_cleaner
from republished.cleaning.registry import Stage


@pytest.fixture(scope="session")
def cleaner():
    return default_cleaner()


@pytest.fixture(scope="session")
def stage(cleaner):
    """The configured stage of the bundled pipeline, by name."""

    def get(name: str) -> Stage:
        matches = [s for s in cleaner.stages if s.name == name]
        assert matches, f"no stage {name!r} in {DEFAULT_PIPELINE}"
        return matches[0]

    return get


@pytest.fixture
def make_draft():
    def make(
        lines=(), title="A headline", outlet=None, language="en", host="www.example-farm.com", site_name=None
    ):
        draft = Draft(
            meta=PageMeta(url=f"https://{host}/story/", host=host, site_name=site_name),
            title_raw=title,
            title=title,
            lines=list(lines),
        )
        draft.language = language
        if outlet:
            from republished.cleaning.outlets import OutletRegistry

            registry = OutletRegistry.load(DEFAULT_PIPELINE.parent / "outlets.yaml")
            draft.original.update(registry.find(outlet).as_original())
        return draft

    return make
