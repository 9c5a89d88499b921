"""The one decision: weigh each reading of a candidate with names.yaml's weights and choose.

A reading scores its base, the weight of its slot's group and the weights of its supporting
evidence, all for its own kind (a look-alike spelling needs more from the slot than a spelling
family), plus the weights of the evidence against, which hold for every reading. A candidate is
repaired by its best reading when that reaches the threshold and no reading that names someone
else comes within the margin.
"""

from dataclasses import dataclass

from republished.cleaning.names.config import Weights
from republished.cleaning.names.evidence import Candidate, Reading, Role


@dataclass
class Scored:
    reading: Reading
    score: float
    #: (what, weight) for each term, for explanations.
    terms: list[tuple[str, float]]


@dataclass
class Decision:
    repair: bool
    best: Scored | None
    scored: list[Scored]
    why: str


def weigh(reading: Reading, candidate: Candidate, weights: Weights) -> Scored:
    row = weights.readings.get(reading.kind.key, {"base": 0.0, "slots": {}, "evidence": {}})
    terms = [(reading.kind.key, row["base"])]
    if reading.slot is not None:
        slot = reading.slot[0]
        terms.append((f"slot {slot.group}", row["slots"].get(slot.group, 0.0)))
    for evidence in reading.evidence:
        if evidence.kind.role is Role.AGAINST:
            terms.append(
                (
                    evidence.kind.key,
                    weights.against.get(evidence.kind.key, 0.0) + row["evidence"].get(evidence.kind.key, 0.0),
                )
            )
        else:
            terms.append((evidence.kind.key, row["evidence"].get(evidence.kind.key, 0.0)))
    for evidence in candidate.against:
        terms.append(
            (
                evidence.kind.key,
                weights.against.get(evidence.kind.key, 0.0) + row["evidence"].get(evidence.kind.key, 0.0),
            )
        )
    return Scored(reading, sum(w for _, w in terms), terms)


def decide(candidate: Candidate, weights: Weights) -> Decision:
    scored = sorted(
        (weigh(reading, candidate, weights) for reading in candidate.readings), key=lambda s: -s.score
    )
    if not scored:
        return Decision(False, None, [], "no reading names a person of this article")
    best = scored[0]
    if best.score < weights.threshold:
        return Decision(
            False, best, scored, f"the evidence weighs {best.score:.2f}, below {weights.threshold:.2f}"
        )
    rival = next((s for s in scored[1:] if s.reading.target != best.reading.target), None)
    if rival is not None and rival.score >= weights.threshold and best.score - rival.score < weights.margin:
        return Decision(
            False,
            best,
            scored,
            f"it could stand for {best.reading.person!r} or {rival.reading.person!r} "
            f"({best.score:.2f} against {rival.score:.2f})",
        )
    return Decision(
        True, best, scored, f"the evidence weighs {best.score:.2f} (threshold {weights.threshold:.2f})"
    )
