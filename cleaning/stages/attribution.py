"""Name the original outlet from an attribution in the text ("…, writes DR.") when the language
the copy was translated from, read from its untranslated words, is that outlet's.

The provenance stage does not take a registry outlet the text only attributes something to: an
article cites other outlets ("according to the Financial Times"), and a wrong original is worse
than none. Once the untranslated stage has read the source language from the words the engine
left ("forsvarsforliget": Danish), an attribution to a newspaper or broadcaster of that language
is a second, independent signal that agrees. It runs after `untranslated`, changes no text, and
names an outlet only when exactly one such outlet is attributed.
"""

from republished.cleaning.draft import Draft
from republished.cleaning.outlet_discovery import OutletDiscovery
from republished.cleaning.outlets import Outlet, OutletRegistry
from republished.cleaning.registry import Stage, StageContext, register
from republished.cleaning.translation import language_family


@register
class AttributionStage(Stage):
    name = "attribution"

    def __init__(self, context: StageContext, discovery: str = "discovery.yaml"):
        self.outlets: OutletRegistry = context.outlets
        self.discovery = OutletDiscovery(context.path(discovery))

    def __call__(self, draft: Draft) -> None:
        original = draft.original
        language = language_family(original.get("language"))
        if original.get("outlet") or not language:
            return
        named: dict[str, tuple[Outlet, str]] = {}
        for attribution in self.discovery.attributions(draft):
            if attribution.source_line:
                continue  # the provenance stage read the source lines
            for name in attribution.names:
                outlet = self.outlets.named(name)
                if outlet and not outlet.agency and language_family(outlet.language) == language:
                    named.setdefault(outlet.name, (outlet, attribution.note))
                    break
        if len(named) != 1:
            return
        [(outlet, note)] = named.values()
        evidence = original.get("evidence", [])
        original.update(outlet.as_original())
        original["evidence"] = [
            *evidence,
            f"{note} in the body, an outlet writing in {outlet.language}, the language of the copy's untranslated words",
        ]
