"""Score how likely a text is machine-translated, from the signals the stages recorded."""

import math
import re

from republished.cleaning.draft import Draft

DASH_QUOTE = re.compile(r"^[–—]\s")
#: Codes that name the same language for this comparison (Norwegian written standards).
SAME_LANGUAGE = {"nb": "no", "nn": "no"}


def _language_family(code: str | None) -> str | None:
    return SAME_LANGUAGE.get(code, code) if code else None


def machine_translation(
    draft: Draft, threshold: float, translated_outlet_weight: float, dash_quote_weight: float
) -> dict:
    signals = list(draft.mt_signals)
    source, target = _language_family(draft.original.get("language")), _language_family(draft.language)
    if source and target and source != target:
        detail = f"original outlet {draft.original['outlet']} publishes in {draft.original['language']}; text is {draft.language}"
        signals.append(
            {"signal": "translated_from_outlet", "weight": translated_outlet_weight, "detail": detail}
        )
    dash_quotes = sum(1 for line in draft.lines if DASH_QUOTE.match(line))
    if dash_quotes and draft.language == "en":
        detail = f"{dash_quotes} paragraph(s) open with a Scandinavian quote dash in English text"
        signals.append({"signal": "dash_quotes", "weight": dash_quote_weight, "detail": detail})
    score = 1 - math.prod(1 - s["weight"] for s in signals)
    return {"suspected": score >= threshold, "score": round(score, 3), "signals": signals}
