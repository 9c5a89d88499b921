"""Bad configuration gives an error naming the file and the key."""

import shutil
from pathlib import Path

import pytest

from republished.cleaning import Cleaner, ConfigError
from republished.cleaning.pipeline import DEFAULT_PIPELINE
from republished.spiders.sites import SiteConfig


@pytest.fixture
def pipeline_dir(tmp_path):
    for path in DEFAULT_PIPELINE.parent.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def write_pipeline(folder, text):
    path = folder / "pipeline.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_stage_names_file_key_and_known_stages(pipeline_dir):
    path = write_pipeline(pipeline_dir, "stages:\n  - stage: title\n  - stage: spellcheck\n")
    with pytest.raises(ConfigError) as error:
        Cleaner.from_yaml(path)
    message = str(error.value)
    assert str(path) in message and "stages[1].stage" in message
    assert "spellcheck" in message and "names" in message


def test_unknown_stage_option(pipeline_dir):
    path = write_pipeline(pipeline_dir, "stages:\n  - stage: names\n    gazeteer: gazetteer.yaml\n")
    with pytest.raises(ConfigError, match=r"stages\[0\]\.gazeteer: unknown option for stage 'names'"):
        Cleaner.from_yaml(path)


def test_a_stage_file_that_is_no_file_name_says_so(pipeline_dir):
    path = write_pipeline(pipeline_dir, "stages:\n  - stage: residue\n    phrases: 3\n")
    with pytest.raises(ConfigError, match=r"stages\[0\]: stage 'residue': a file name is expected, not 3"):
        Cleaner.from_yaml(path)


def test_invalid_yaml_names_the_file(pipeline_dir):
    path = write_pipeline(pipeline_dir, "stages: [\n")
    with pytest.raises(ConfigError, match="invalid YAML"):
        Cleaner.from_yaml(path)


def test_bad_regex_in_phrase_list(pipeline_dir):
    (pipeline_dir / "residue.yaml").write_text(
        "languages:\n  en:\n    patterns:\n      - {name: broken, regex: '(unclosed'}\n", encoding="utf-8"
    )
    path = write_pipeline(pipeline_dir, "stages:\n  - stage: residue\n")
    with pytest.raises(ConfigError, match=r"residue.yaml: languages.en.patterns\[0\].regex: invalid regex"):
        Cleaner.from_yaml(path)


def test_outlet_missing_domain(pipeline_dir):
    (pipeline_dir / "outlets.yaml").write_text("outlets:\n  - {name: VG, country: 'NO', language: nb}\n")
    path = write_pipeline(pipeline_dir, "stages:\n  - stage: title\n")
    with pytest.raises(ConfigError, match=r"outlets.yaml: outlets\[0\].domain: missing required key"):
        Cleaner.from_yaml(path)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ConfigError, match=r"nowhere\.yaml: cannot read"):
        Cleaner.from_yaml(tmp_path / "nowhere.yaml")


def test_site_config_errors_name_the_key(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text("name: X\ndomains: [x.com]\nlistings: [https://x.com/]\narticle_urls: ['(']\n")
    with pytest.raises(ConfigError, match=r"site.yaml: article_urls\[0\]: invalid regex"):
        SiteConfig.load(path)
    path.write_text("name: X\ndomains: [x.com]\nlistings: [https://y.com/]\narticle_urls: ['.']\n")
    with pytest.raises(ConfigError, match=r"listings\[0\]: 'https://y.com/' is outside the site's domains"):
        SiteConfig.load(path)
    path.write_text("name: X\ndomains: [x.com]\nlistings: [https://x.com/]\narticle_urls: ['.']\nstart: []\n")
    with pytest.raises(ConfigError, match=r"site\.yaml: start: unknown key"):
        SiteConfig.load(path)
    path.write_text("name: X\ndomains: [x.com, No]\nlistings: [https://x.com/]\narticle_urls: ['.']\n")
    with pytest.raises(ConfigError, match=r"site\.yaml: domains\[1\]: expected a string, got bool False"):
        SiteConfig.load(path)
    path.write_text(
        "name: X\ndomains: ['127.0.0.1:8731']\nlistings: [http://127.0.0.1:8731/]\narticle_urls: ['.']\n"
    )
    with pytest.raises(ConfigError, match=r"site\.yaml: domains\[0\]: '127.0.0.1:8731' is not a host name"):
        SiteConfig.load(path)


def test_yaml_is_loaded_safely(tmp_path):
    path = tmp_path / "site.yaml"
    path.write_text("!!python/object/apply:os.system ['echo pwned']\n")
    with pytest.raises(ConfigError, match="invalid YAML"):
        SiteConfig.load(path)


def test_bundled_site_configs_load():
    sites_dir = Path(__file__).resolve().parent.parent / "sites"
    sites = [SiteConfig.load(p) for p in sorted(sites_dir.glob("*.yaml"))]
    assert {s.name for s in sites} == {"Archyworldys", "World Today News", "Newsbeezer"}


def test_a_bare_word_yaml_reads_as_a_boolean_is_named(pipeline_dir):
    """YAML reads a bare On, Off, Yes or No as a boolean: a word list says which entry to quote."""
    names = pipeline_dir / "names.yaml"
    names.write_text(
        names.read_text(encoding="utf-8").replace('[The, A, An, In, "On", At,', "[The, A, An, In, On, At,"),
        encoding="utf-8",
    )
    path = write_pipeline(pipeline_dir, "stages:\n  - stage: names\n")
    with pytest.raises(
        ConfigError, match=r"names\.yaml: leading_non_names\[4\]: expected a string, got bool True: quote it"
    ):
        Cleaner.from_yaml(path)


def test_a_residue_line_that_is_not_a_string_is_named(pipeline_dir):
    (pipeline_dir / "residue.yaml").write_text(
        "languages:\n  en:\n    lines: [Share, No]\n", encoding="utf-8"
    )
    path = write_pipeline(pipeline_dir, "stages:\n  - stage: residue\n")
    with pytest.raises(
        ConfigError, match=r"residue\.yaml: languages\.en\.lines\[1\]: expected a string, got bool"
    ):
        Cleaner.from_yaml(path)
