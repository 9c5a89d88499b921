"""The corruption benchmark explains each missed name with the names stage's own `explain`
(bench/corruption/score.py). The benchmark needs ../shared; this keeps its diagnosis in step
with the stage without it."""

import sys
from pathlib import Path

# Last on the path: bench/dedup.py must not hide the dedup package.
sys.path.append(str(Path(__file__).resolve().parent.parent / "bench"))

from corruption.damage import Line
from corruption.score import diagnose_name

from republished.cleaning import default_cleaner

BODY = [
    "Prime Minister Jonas Gahr Støre said on Monday that the budget would pass.",
    "Critics of Gahr Støre said the budget was too generous.",
    "Mark Bush said the vote was close.",  # a person only by speaking: both words are ordinary
    "Store closures rose sharply in the autumn, shoppers complained.",
]


def test_a_missed_rendering_is_diagnosed_with_the_stage_rules():
    cleaner = default_cleaner()
    names = next(stage for stage in cleaner.stages if stage.name == "names")
    record = cleaner.clean_text("\n".join(BODY), title="Budget passes")
    assert record["text"].split("\n")[3] == BODY[3]  # a plural noun follows: "Store" qualifies it
    line = Line(
        text=BODY[3],
        expected=BODY[3].replace("Store", "Støre"),
        kind="names_word",
        detail={"rendering": "Store", "surname": "Støre"},
    )
    why = diagnose_name(names, record, 3, line)
    # "Store" spells Støre's surname without its diacritics, but a plural noun follows: no name slot.
    assert why.startswith("'Store': left, the evidence weighs")
    assert "spelling_strong → 'Støre'" in why and "slot no slot" in why and "no_slot" in why
