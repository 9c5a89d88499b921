"""Find the outlet an article was copied from, and say how it was found.

Evidence, strongest first: the title suffix (set by the title stage), JSON-LD
isBasedOn, rel=canonical or og:url pointing to the outlet, an attribution line
in the body ("Source: VG", "(NTB) –", "According to SPIEGEL information"),
links to the outlet's domain, the URL slug ("…-vg/"). Registry matches come
first (`original.method` "registry"). When sources disagree, the title wins,
then the most often named outlet; all evidence is kept in `original.evidence`.
An outlet the registry lacks is named only when the page's signals agree
(`original.method` "page", see cleaning/outlet_discovery.py).
"""

import re
from collections import Counter
from functools import cached_property
from urllib.parse import urlsplit

from republished.cleaning.bylines import credited_outlet, is_name, text_credit
from republished.cleaning.draft import Draft
from republished.cleaning.language import detect_language
from republished.cleaning.names import fold_diacritics, is_given_name, is_ordinary_word
from republished.cleaning.outlet_discovery import (
    SOURCE_LINE,
    WHOLE_SOURCE_LINES,
    Finding,
    OutletDiscovery,
    host_of,
    is_story_url,
)
from republished.cleaning.outlets import Outlet, OutletRegistry
from republished.cleaning.registry import Stage, StageContext, register
from republished.cleaning.stages.title import BRACKETED_SUFFIX, COPY_NOTE, last_segment

#: Lines that name where the copy comes from (outlet_discovery's: "Source: VG", "(Source:
#: rtvslo.si)", "(NTB) –", "first published by iDNES.cz"), and mentions inside a sentence.
ATTRIBUTIONS = (
    *SOURCE_LINE,
    re.compile(r"\b(?i:according to) (?P<name>[A-Z][\w ]{1,25}?)(?:’s|'s)? information\b"),
    re.compile(r"\b(?i:first|originally) (?:published|reported) (?:in|by|on) (?P<name>[A-Za-z][\w ]{1,25}?(?:\.[a-z]{2,6})?)[.,]"),
    # The outlet's claim to its own finding, as papers write it ("como ha podido saber EL MUNDO",
    # "kako saznaje Blic", "jak ustalił Fakt") and engines render it, in either word order: "as EL
    # MUNDO has been able to know", "as Blic learns", "As established Fakt".
    re.compile(
        r"\b(?i:as) (?P<name>[A-Z][\w .-]{1,30}?) (?:(?:has|have|had) )?"
        r"(?:been able to (?:know|learn|confirm|find out)|learn(?:s|ed|t)|established|found out)\b"
    ),
    re.compile(
        r"\b(?i:as) (?:(?:has|have|had) )?(?:learn(?:ed|t)|established|found out) (?:the )?"
        r"(?P<name>[A-Z][\w.-]*(?:[ -][A-Z][\w.-]*){0,3})\b"
    ),
    # A newsletter's pointer to its lead story's source: "Today's lead story comes from the Manchester
    # Evening News".
    re.compile(
        r"\b(?i:story|article|report) (?:comes|came|is taken|was taken) from (?:the )?"
        r"(?P<name>[A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,4})"
    ),
    # …and on its own: "Taifa Leo has learned that …".
    re.compile(r"\b(?P<name>[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3}) (?:has|have) (?:learned|learnt|established|found out) that\b"),
)  # fmt: skip
#: Up to four capitalised words, an outlet's name and what may follow it ("La Tercera Minister …").
OUTLET_WORDS = r"(?P<name>[A-Z][\w.-]*(?:[ -][A-Z][\w.-]*){0,3})"
#: …or a domain written as its name ("reports cmjornal.pt").
OUTLET_OR_DOMAIN = (
    r"(?P<name>[A-Z0-9][\w.-]*(?:[ -][A-Z][\w.-]*){0,3}|[a-z0-9][\w-]*(?:\.[\w-]+)*\.[a-z]{2,6})"
)
#: The verbs a copy cites its outlet with ("says … to Jyllands-Posten").
SPEECH_VERB = r"\b(?:says|said|confirms|confirmed|explains|explained|declares|declared|states|stated)"
#: …then, if anyone, the speaker: roles, a name and its connectors, a party, an apposition, the
#: last word before "to" a name's ("says Minister of Justice Gunnar Strömmer (M) to", "confirmed
#: to"); not "said on Monday it would move its work to", whose "to" is no one's.
SPEAKER_THEN_TO = r"(?: (?:[\w'’.-]+,? ){0,9}?[A-ZÀ-Þ][\w.'’-]*(?: \([^()]{1,30}\))?(?:, [a-z][^,.!?]{0,60},)?)? to (?:the )?"
#: Phrases that cite the outlet a person spoke to or that reports the story, as engines render
#: the original's: a quote closed with it, as Nordic and German papers close theirs ("sier X til
#: Jyllands-Posten": "says light rail director Jens Bonde to Jyllands-Posten.", "sagte … dem
#: Tagesspiegel"); a sentence closed with it ("…, according to El País."); the interview it ran
#: ("In conversation with La Tercera, …", "in an interview with Ukrainian Truth", Ukrainska
#: Pravda, "Speaking to SÖZCÜ, …"); its report ("As reported by Il Mattino, …"). English papers cite each other so: only
#: an outlet of another language than English is taken, never an agency.
CITES_OUTLET = (
    re.compile(rf"{SPEECH_VERB}\b[^.!?\"“”]{{0,80}}? to (?:the )?{OUTLET_WORDS}\.(?:\s|$)"),
    # A sentence closed with the outlet that wrote it, as Nordic, Baltic and Portuguese papers close
    # theirs ("…, rašo 15min": "…, writes 15min."; "…, reports cmjornal.pt."; "…, kertoo Turun
    # Sanomat": "…, tells Turun Sanomat.").
    re.compile(
        rf",? (?:writes|wrote|reports|reported|informs|informed|tells|told) (?:the )?{OUTLET_OR_DOMAIN}\.(?:\s|$)"
    ),
    re.compile(rf"\b(?i:according to) (?:the )?{OUTLET_WORDS}\.(?:\s|$)"),
    re.compile(
        rf"\b(?i:in (?:an )?(?:interview|conversation) with|as (?:reported|revealed|written|first reported) by"
        rf"|speaking to|talking to)"
        rf" (?:the )?{OUTLET_WORDS}"
    ),
    # The verb, the outlet, then the speaker, as engines keep the Czech and Greek order: "…,” said
    # for iDNES.cz the deputy mayor" ("řekl pro iDNES.cz"), "said to EfSyn the deputy mayor".
    re.compile(
        r"\b(?:says|said|told|stated|declared|explained|confirmed|admitted) (?:to|for) (?:the )?"
        rf"{OUTLET_OR_DOMAIN}(?=,? (?:the |a |an )?[a-z])"
    ),
    # "…, said in response to Doshin’s interview" (Japanese papers' 道新の取材に対し).
    re.compile(
        rf"\b(?i:in (?:response|reply|answer) to) (?:the )?{OUTLET_WORDS}['’]s"
        r" (?:interview|questions?|inquiry|enquiry|request)\b"
    ),
)
#: An untranslated Russian or Ukrainian copy cites the outlet that interviewed the speaker or
#: reported the story in guillemets, in the case the verb wants: "Как рассказали «Фонтанке» в
#: комитете …" (as the committee told Fontanka), "сообщили «Новой газете»", "пишет «Медуза»",
#: "розповіли «Українській правді»".
INFLECTED_CITATION = re.compile(
    r"(?i:\b(?:рассказал|сообщил|заявил|сказал|пояснил|подтвердил|ответил|уточнил|признал|пишет|сообщает"
    r"|переда[её]т|розповів|розповіл|повідомив|повідомил|заявив|сказав|пояснив|підтвердив|пише|повідомляє)\w*"
    r"|\bпо (?:данным|информации|сведениям)|\bза (?:даними|інформацією))"
    r"\s+(?:[\w-]+\s+){0,2}?[«„](?P<name>[^«»„“\n]{2,40})[»“]"
)
#: A sentence that cites an outlet by its name translated word for word, right after the verb:
#: "…, the prefecture confirmed to South West." (Sud Ouest), "according to The Parisian,", "told
#: the Morning Paper." (Jutarnji list), "As revealed by The Parisian,".
RENDERED_CITATION = re.compile(
    r"\b(?i:(?:says|said|confirms|confirmed|explains|explained|declares|declared|states|stated|according) to|told"
    r"|(?:revealed|reported|written|published) by|(?:interview|conversation) with)"
    r" (?:the )?(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})(?:[.,]|(?= [a-z]))"
)
#: …or after the speaker, closing the sentence: "…, says councillor Tone Eng (Ap) to Class
#: Struggle." (Klassekampen).
RENDERED_CITATION_AFTER_SPEAKER = re.compile(
    rf"{SPEECH_VERB}{SPEAKER_THEN_TO}(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,3}})\.(?:\s|$)"
)
#: A dateline opening the article, an agency's: "WASHINGTON (AP) —", "KYIV, Ukraine (AP) —", and the
#: city and day as Lusa, ANSA or EFE write them: "Lisbon, 12 Mar (Lusa) -", "Valencia, 14 Mar (EFE).-";
#: or a paper's, as Saudi papers write theirs: "JEDDAH (Okaz) —".
DATELINE = re.compile(
    r"^(?:[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,30}(?:, [A-Z][\w .]{1,30})?"
    r"|[A-ZÀ-Þ][\w .'’-]{1,30}, (?:\d{1,2} [A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.? \d{1,2}))"
    r"\s\((?P<code>[A-Z][A-Za-z]{1,20})\)\.?\s*[–—-]\s"
)
#: A byline that credits an outlet's newsroom: "By Hürriyet staff", "Reuters Staff", "AFP newsroom"
#: (a byline that is a newspaper's or broadcaster's name, "By Corriere della Sera", credits it too).
STAFF_BYLINE = re.compile(
    r"^(?:by\s+)?(?P<name>.{2,60}?)\s+(?:staff(?: writers?| reporters?)?|newsroom|news desk|editorial (?:staff|team|board)"
    r"|digital|online|redacción|redação|redazione|rédaction|redaktion|redactie)$"
    # …or the newsroom first, as Spanish, Portuguese and Italian sign ("Redacción La República",
    # and as engines render it, "By Newsroom La República").
    r"|^(?:by\s+)?(?:newsroom|editorial staff|the editorial office|redacción|redação|redazione|rédaction)\s+(?P<after>.{2,60})$"
    # "Staff Reporter, Anandabazar Patrika · Kolkata, 20 January 2026 · translated …": the place
    # and date after a dot are the dateline's.
    r"|^(?:by\s+)?(?:staff (?:reporter|writer|correspondent)|special correspondent),\s+(?P<staff>[^·|,]{2,60}?)\s*(?:[·|].{0,200})?$",
    re.I,
)
#: A photo credit closing a caption that names a site by its domain: "… in Athens. © eleftherostypos.gr".
DOMAIN_CREDIT = re.compile(
    r"(?:©|\b(?:photo|foto|image|picture|source)\s*:)\s*(?:www\.)?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\.?$",
    re.I,
)
#: A credit closing a caption, photographer / outlet: "(Photo: Dimas Maulana/Jawa Pos)", or the
#: outlet's own credit style, outlet: photographer: "(Foto Prensa Libre: Óscar Rivas)", or the outlet
#: alone ("Photo: Kwayedza").
PHOTOGRAPHER_OUTLET_CREDIT = re.compile(
    r"\(?\b(?:photo|foto|picture|image)\s*:\s*[^()/:]{2,60}/\s*(?P<name>[^()/:]{2,60}?)\)?\.?$"
    r"|\((?:photo|foto)\s+(?P<own>[A-ZÀ-Þ][^():]{1,40}):\s*[^():]{2,60}\)\.?$"
    # …or the outlet alone: "Photo: Kwayedza".
    r"|\(?\b(?:photo|foto|picture|image)\s*:\s*(?P<whole>[^()/:]{2,60}?)\)?\.?$",
    re.I,
)
#: French's "droits réservés" in a photo credit: no outlet, not DR (Danmarks Radio).
RIGHTS_RESERVED = re.compile(r"D\.?\s?R\.?")
#: A byline that credits the person's work for an outlet: "By Elena Sanz for Heraldo de Aragón".
BYLINE_FOR = re.compile(
    r"^(?:by\s+)?(?P<person>.{3,40}?)\s+(?:for|para|per|für|pour|voor|dla|za)\s+(?P<name>.{2,60})$", re.I
)
#: A reporter's sign-off with an address at the newsroom, as Korean papers close every story:
#: "Reporter Kim Ji-hoon kjh@busan.com", "Kim Ji-hoon, reporter (kjh@busan.com)".
SIGN_OFF_EMAIL = re.compile(
    r"^(?:(?:reporter|correspondent|journalist|written by|by)\s+[^\W\d][\w.'’ -]{2,40}?"
    r"|[^\W\d][\w.'’ -]{2,40}?,?\s+(?:reporter|correspondent|journalist))"
    r",?\s*[(<]?[\w.+-]+@(?:www\.)?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})[)>]?\.?$",
    re.I,
)
#: The paragraphs a dateline may open (a standfirst may come first).
DATELINE_LINES = 2
SLUG_SEPARATOR = re.compile(r"[^a-z0-9]+")
#: Characters that make urlsplit drop them or raise, and non-ASCII hosts it checks: a link
#: holding one is always split.
URL_SPLIT_SPECIAL = ("\t", "\r", "\n", "[", "]")
#: A run of URL characters between the delimiters of its parts: the host urlsplit finds in a
#: URL (after "//" or "@", before ":", "/", "?", "#" or the end) is one such run.
URL_RUN = re.compile(r"[^/?#@:]+")


def _slug(text: str) -> str:
    """As a URL slug writes a name: "Dagens Næringsliv" → "dagens-naeringsliv"."""
    return SLUG_SEPARATOR.sub("-", fold_diacritics(text).casefold()).strip("-")


@register
class ProvenanceStage(Stage):
    name = "provenance"

    def __init__(self, context: StageContext, discovery: str = "discovery.yaml"):
        self.outlets: OutletRegistry = context.outlets
        self.domains = frozenset(outlet.domain for outlet in self.outlets.outlets)
        #: The outlets' renderings as a sentence writes them, without "The" ("the Parisian").
        self.rendering_words = tuple(
            {
                rendering.removeprefix("The ")
                for outlet in self.outlets.outlets
                for rendering in outlet.renderings
            }
        )
        self.discovery = OutletDiscovery(context.path(discovery))

    def warm_up(self) -> None:
        self.slugs  # noqa: B018  (a cached property)

    @cached_property
    def slugs(self) -> dict[str, Outlet]:
        """A slug ending in "-" + key names the key's outlet; of two keys it ends with, the longer.
        Built on first use: it reads the English word list."""
        slugs = {}
        for outlet in self.outlets.outlets:
            for name in (outlet.name, outlet.domain, *outlet.aliases):
                key = _slug(name)
                # "-focus" or "-stern" ends many English slugs; "-focus-de" and "-vg" do not.
                if len(key) >= 2 and ("-" in key or not is_ordinary_word(key)):
                    slugs[key] = outlet
        return slugs

    def _may_be_outlet_link(self, url: str) -> bool:
        """False for a link whose host cannot be an outlet's: no run of the lower-cased URL
        between "/", "?", "#", "@" and ":" is an outlet's domain or a subdomain of one (the
        host is such a run). Splitting every link of a page was half the stage's time, and a
        regex of every domain grew with the registry (25 ms a page at 700 outlets)."""
        if not url.isascii() or any(char in url for char in URL_SPLIT_SPECIAL):
            return True
        for run in URL_RUN.findall(url.lower()):
            while "." in run:  # as OutletRegistry.by_domain walks a host: "www.vg.no", "vg.no"
                if run in self.domains:
                    return True
                run = run.partition(".")[2]
        return False

    def _from_urls(self, draft: Draft) -> list[tuple[Outlet, str, str | None]]:
        found = []
        for url in draft.meta.based_on:
            if outlet := self.outlets.by_domain(host_of(url)):
                found.append((outlet, f"JSON-LD isBasedOn {url}", url))
        declared = (
            ("rel=canonical", draft.meta.canonical_url),
            ("og:url", draft.meta.og_url),
            *draft.meta.declared_sources,
        )
        for label, url in declared:
            if url and (outlet := self.outlets.by_domain(host_of(url))):
                found.append((outlet, f"{label} points to {url}", url if is_story_url(url) else None))
        republisher = draft.republisher.get("domain") or ""
        for handle in draft.meta.social_handles:
            if (outlet := self.outlets.by_handle(handle)) and outlet.domain not in republisher:
                found.append(
                    (
                        outlet,
                        f"the head names the outlet's account {handle} (twitter:site, twitter:creator or article:publisher)",
                        None,
                    )
                )
        return found

    def _rendered(self, name: str) -> Outlet | None:
        """The outlet whose translated name the capitalised words are, or open where the rest is a
        speaker's name, an initial or a given name ("told the Lithuanian Morning T. Oak"; "said to
        South West France voters" cites no Sud Ouest)."""
        words = name.split()
        for end in range(len(words), 0, -1):
            rest = words[end:]
            if rest and not (len(rest[0]) == 1 or is_given_name(rest[0])):
                continue
            opening = " ".join(words[:end])
            if outlet := self.outlets.by_rendering(opening) or self.outlets.by_rendering(f"The {opening}"):
                return outlet
        return None

    def _from_text(self, draft: Draft) -> list[tuple[Outlet, str, str | None]]:
        found = []
        for line in draft.lines:
            if named := self._named_by(line, ATTRIBUTIONS):
                outlet, match = named
                found.append((outlet, f"attribution in the body: {match.group(0).strip()!r}", None))
        for line in draft.lines:
            for pattern in CITES_OUTLET:
                for match in pattern.finditer(line):
                    outlet = self._named_at_start(match["name"])
                    if outlet and not outlet.agency and outlet.language != "en":
                        found.append((outlet, f"the text cites the outlet: {match.group(0).strip()!r}", None))
        for line in draft.lines:
            if "«" not in line and "„" not in line:
                continue
            for match in INFLECTED_CITATION.finditer(line):
                outlet = self.outlets.named(match["name"]) or self.outlets.inflected(match["name"])
                if outlet and not outlet.agency:
                    found.append((outlet, f"the text cites the outlet: {match.group(0).strip()!r}", None))
        for line in draft.lines:
            # A substring test first: the regex on every line cost more than all the others.
            if not any(rendering in line for rendering in self.rendering_words):
                continue
            # A name the two patterns both read is one citation.
            citations: dict[int, re.Match] = {}
            for pattern in (RENDERED_CITATION, RENDERED_CITATION_AFTER_SPEAKER):
                for match in pattern.finditer(line):
                    citations.setdefault(match.start("name"), match)
            for match in citations.values():
                outlet = self._rendered(match["name"])
                if outlet and outlet.language != "en":
                    found.append(
                        (
                            outlet,
                            f"the text cites the outlet by its translated name: {match.group(0).strip()!r}",
                            None,
                        )
                    )
        found += self._datelines(draft)
        for author in draft.meta.authors:
            if outlet := self._staff_outlet(author.strip()):
                found.append((outlet, f"the byline credits the outlet's staff: {author!r}", None))
            elif (outlet := self.outlets.find(author)) and not outlet.agency:
                # Publishers sign the agency copy they run with the agency's name: no copy.
                found.append((outlet, f"the byline is the outlet's name: {author!r}", None))
        for line in draft.lines:
            if outlet := self._byline_line_outlet(line, draft):
                found.append((outlet, f"a byline in the text credits the outlet: {line!r}", None))
            elif outlet := self._staff_outlet(line):
                found.append((outlet, f"a byline in the text credits the outlet's desk: {line!r}", None))
        for line in draft.lines:
            match = "@" in line and SIGN_OFF_EMAIL.match(line.strip())
            outlet = match and self.outlets.by_domain(match["domain"].lower())
            if outlet and outlet.domain not in (draft.republisher.get("domain") or ""):
                found.append(
                    (outlet, f"the reporter's sign-off is an address at the outlet: {line.strip()!r}", None)
                )
        # The captions the page marks up, those the text still holds too (the captions stage moves them later).
        for caption in [*draft.captions, *sorted(draft.meta.captions_in_text)]:
            match = DOMAIN_CREDIT.search(caption)
            if match and (outlet := self.outlets.by_domain(match["domain"].lower())) and not outlet.agency:
                found.append((outlet, f"the photo credit names the outlet's site: {match.group(0)!r}", None))
            match = PHOTOGRAPHER_OUTLET_CREDIT.search(caption)
            credited = match and (match["name"] or match["own"] or match["whole"])
            # A credit of two capitals alone is French's "droits réservés" ("Photo: DR") as often.
            outlet = (
                credited and not RIGHTS_RESERVED.fullmatch(credited.strip()) and self.outlets.named(credited)
            )
            # An English outlet's photo in an English text is a photo, not the copy's source.
            if outlet and not outlet.agency and outlet.language != "en":
                found.append(
                    (outlet, f"the photo credit names the outlet's photographer: {match.group(0)!r}", None)
                )
        for part in draft.meta.byline_parts:
            # "RNZ political reporter": the outlet's name before the job; "Elena Sanz for Heraldo
            # de Aragón": after the person's.
            match = BYLINE_FOR.match(part)
            if match and is_name(match["person"]):
                outlet = self.outlets.named(match["name"])
            else:
                outlet = self._staff_outlet(part) or self._named_at_start(part)
            if outlet and not outlet.agency and outlet.domain not in (draft.republisher.get("domain") or ""):
                found.append((outlet, f"the byline credits the outlet: {part!r}", None))
        return found

    def _byline_line_outlet(self, line: str, draft: Draft) -> Outlet | None:
        """The outlet a line of the text that is a byline credits (`credited_outlet`), or whose
        text it credits ("Text: Ming Pao | Translated and edited by …"), never the site's."""
        words = credited_outlet(line)
        outlet = self.outlets.named(words) if words else None
        if outlet is None and (name := text_credit(line)):
            outlet = self.outlets.named(name)
        if outlet is None or outlet.agency or outlet.domain in (draft.republisher.get("domain") or ""):
            return None
        return outlet

    def _staff_outlet(self, byline: str) -> Outlet | None:
        """The registry's outlet a byline crediting its newsroom names (STAFF_BYLINE)."""
        match = STAFF_BYLINE.match(byline)
        return self.outlets.named(match["name"] or match["after"] or match["staff"]) if match else None

    def _named_at_start(self, words: str) -> Outlet | None:
        """The registry's outlet the capitalised words start with, the longest name first ("La
        Tercera Minister Cordero" → La Tercera)."""
        parts = words.rstrip(".-").split()
        return next(
            (outlet for n in range(len(parts), 0, -1) if (outlet := self.outlets.named(" ".join(parts[:n])))),
            None,
        )

    def _named_by(self, line: str, patterns) -> tuple[Outlet, re.Match] | None:
        """The registry's outlet the first of `patterns` to name one finds in the line, with its
        match: one line is one piece of evidence."""
        for pattern in patterns:
            match = pattern.search(line)
            if match and (outlet := self.outlets.named(match["name"])):
                return outlet, match
        return None

    def _from_left_out(self, draft: Draft) -> list[tuple[Outlet, str, str | None]]:
        """Source lines and links to the original that the extraction left out of the text."""
        found = []
        for line in draft.meta.source_lines:
            if named := self._named_by(line, WHOLE_SOURCE_LINES):
                found.append((named[0], f"source line left out of the text: {line!r}", None))
        for name, header in draft.meta.quoted_sources:
            if outlet := self.outlets.named(name):
                found.append((outlet, f"the story is posted as a quote of the outlet: {header!r}", None))
        url = draft.meta.headline_link
        if url and is_story_url(url) and (outlet := self.outlets.by_domain(host_of(url))):
            found.append((outlet, f"the headline links to the story the post shares: {url}", url))
        for url, label in draft.meta.headline_links:
            outlet = self.outlets.by_domain(host_of(url))
            if (
                outlet
                and outlet.language != "en"
                and is_story_url(url)
                and detect_language(label) == outlet.language
            ):
                found.append(
                    (outlet, f"a link to the outlet's story under a headline in its language: {label!r}", url)
                )
        links = [
            *(
                (url, "a link labelled as the original or in a source line")
                for url in draft.meta.original_links
            ),
            *((url, "a link closing the forum thread's first post") for url in draft.meta.first_post_links),
        ]
        for url, how in links:
            if outlet := self.outlets.by_domain(host_of(url)):
                found.append((outlet, f"{how}: {url}", url if is_story_url(url) else None))
        return found

    def _datelines(self, draft: Draft) -> list[tuple[Outlet, str, None]]:
        """The outlets the datelines opening the text name: an agency by its dateline code ("AP")
        or its name ("Reuters"), in the first lines; a paper by its name ("JEDDAH (Okaz) —"), in
        the first line only, not by letters that may stand for anything ("(DR)"), and only where no
        other line is another paper's dateline (a press review dates each paper's item so)."""
        found = []
        codes = {match["code"] for line in draft.lines if (match := DATELINE.match(line))}
        for index, line in enumerate(draft.lines[:DATELINE_LINES]):
            if not (match := DATELINE.match(line)):
                continue
            outlet = self.outlets.by_dateline(match["code"]) or self.outlets.find(match["code"])
            if outlet is None:
                continue
            if outlet.agency:
                found.append((outlet, f"the agency's dateline: {match.group(0).strip()!r}", None))
            elif index == 0 and len(codes) == 1 and not match["code"].isupper():
                found.append((outlet, f"the dateline: {match.group(0).strip()!r}", None))
        return found

    def _from_links(self, draft: Draft) -> list[tuple[Outlet, str, str | None]]:
        found = []
        for url in draft.meta.links:
            if not self._may_be_outlet_link(url):
                continue
            outlet = self.outlets.by_domain(host_of(url))
            if outlet and outlet.domain not in (draft.republisher.get("domain") or ""):
                found.append(
                    (outlet, f"link to {outlet.domain} in the page", url if is_story_url(url) else None)
                )
        return found

    def _from_slug(self, draft: Draft) -> list[tuple[Outlet, str, str | None]]:
        slug = urlsplit(draft.meta.url).path.rstrip("/").rsplit("/", 1)[-1].casefold()
        # The keys the slug ends with follow its hyphens, the longest the first hyphen: a lookup
        # per hyphen instead of a comparison per key (over a thousand keys).
        hyphen = slug.find("-")
        while hyphen != -1:
            key = slug[hyphen + 1 :]
            if outlet := self.slugs.get(key):
                return [(outlet, f"URL slug ends with '-{key}'", None)]
            hyphen = slug.find("-", hyphen + 1)
        return []

    def __call__(self, draft: Draft) -> None:
        links = self._from_links(draft)
        declared_urls = self._from_urls(draft)
        evidence = [
            *declared_urls,
            *self._from_text(draft),
            *self._from_left_out(draft),
            *links,
            *self._from_slug(draft),
        ]
        if draft.original.get("method") == "page":
            declared = (
                self._declared_original(draft, declared_urls) if draft.original["domain"] is None else None
            )
            if declared is None:
                self._note_unused(draft, evidence)
                return
            rendering = draft.original["outlet"]
            draft.original.update(declared.as_original())
            draft.original.setdefault("evidence", []).append(
                f"the page's {rendering!r} renders the name of {declared.name}, whose story it declares its own"
            )
        chosen = self.outlets.find(draft.original["outlet"] or "")
        if chosen is None:
            chosen = self._most_named(evidence, links)
            if chosen is None:
                if draft.original["outlet"] is None:
                    self._name_from_the_page(draft)
                return
            draft.original.update(chosen.as_original())
        if namesake := self.discovery.namesake(
            chosen.name, chosen.domain, draft
        ) or self.discovery.outlet_under(chosen.domain, draft):
            notes = draft.original.setdefault("evidence", [])
            draft.original.update(namesake.as_original())
            notes.extend(namesake.evidence)
            self._note_unused(draft, evidence)
            return
        notes = draft.original.setdefault("evidence", [])
        for outlet, note, url in evidence:
            if outlet.name != chosen.name:
                notes.append(f"{note} (names {outlet.name}, not used)")
                continue
            notes.append(note)
            if url and draft.original["url"] is None:
                draft.original["url"] = url
        self._strip_short_name(draft, chosen)

    def _strip_short_name(self, draft: Draft, outlet: Outlet) -> None:
        """The outlet's short name closing the title, as its address spells it ("… – Corren" for
        Östgöta Correspondenten at corren.se, "… (AD)" for Algemeen Dagblad at ad.nl), leaves it."""
        label = outlet.domain.split(".")[0].casefold() if outlet.domain else ""
        if not label:
            return
        bracketed = BRACKETED_SUFFIX.search(draft.title)
        split = last_segment(draft.title)
        if bracketed and bracketed.start() > 0 and bracketed["name"].strip().casefold() == label:
            headline, short = draft.title[: bracketed.start()].rstrip(), bracketed["name"].strip()
        elif split and split[1].strip().casefold() == label:
            headline, short = split
        else:
            return
        draft.set_title(headline, self.name, f"removed the outlet's short name {short!r} ({outlet.domain})")

    @staticmethod
    def _declared_original(
        draft: Draft, declared_urls: list[tuple[Outlet, str, str | None]]
    ) -> Outlet | None:
        """The one registry outlet whose story the page declares its own (its canonical URL,
        JSON-LD isBasedOn), where the page names the original by a name without a domain that
        opens with the same word: the engine's rendering ("MTV News" for MTV Uutiset)."""
        declared = {outlet.name: outlet for outlet, _, url in declared_urls if url}
        if len(declared) != 1:
            return None
        (outlet,) = declared.values()
        name = (draft.original["outlet"] or "").split()
        return outlet if name and name[0].casefold() == outlet.name.split()[0].casefold() else None

    def _name_from_the_page(self, draft: Draft) -> None:
        """An outlet the registry lacks, named by the page: where two signals agree, else, as the
        last resort, by a closing source line alone, else by a title segment alone."""
        if finding := self.discovery.from_text(draft) or self.discovery.source_line_alone(draft):
            draft.original.update(finding.as_original())
            draft.original.setdefault("evidence", []).extend(finding.evidence)
            bracketed = BRACKETED_SUFFIX.search(draft.title)
            split = last_segment(draft.title)
            if bracketed and bracketed.start() > 0 and bracketed["name"].strip() == finding.name:
                draft.set_title(
                    draft.title[: bracketed.start()].rstrip(),
                    self.name,
                    f"removed outlet suffix ({finding.name}) (not in the registry; the page names it the original)",
                )
            elif split and COPY_NOTE.sub("", split[1]) == finding.name:
                draft.set_title(
                    split[0],
                    self.name,
                    f"removed outlet suffix {split[1]!r} (not in the registry; the page names it the original)",
                )
        elif finding := self.discovery.title_segment_alone(draft):
            self._take_title_segment(draft, finding)

    def _take_title_segment(self, draft: Draft, finding: Finding) -> None:
        """The title segment names the original: it leaves the title, as the title stage takes a
        registry outlet's name out of it."""
        draft.original.update(finding.as_original())
        draft.original.setdefault("evidence", []).extend(finding.evidence)
        split = last_segment(draft.title)
        if split and split[1] == draft.title_outlet_segment:
            draft.set_title(
                split[0],
                self.name,
                f"removed outlet suffix {finding.name!r} (not in the registry; the only name of the original on the page)",
            )

    def _most_named(self, evidence: list, links: list) -> Outlet | None:
        """The outlet most evidence names, if one leads and more than links name it: publishers
        link to other outlets all the time, so links alone name no source, and an outlet only
        links name ("Partner sites: CRTV") does not stand in another's way; nor does a name other
        outlets share, alone."""
        linked = Counter(outlet.name for outlet, _, _ in links)
        named = Counter(outlet.name for outlet, _, _ in evidence)
        counts = [(name, count) for name, count in named.most_common() if count > linked[name]]
        if not counts or (len(counts) > 1 and counts[0][1] == counts[1][1]):
            return None
        # A name other outlets share ("L'Express" of France and of Mauritius) says which only with
        # an address of its own: a link, a declared URL, a domain written out.
        name = counts[0][0]
        if self.outlets.is_shared_name(name) and not any(
            outlet.name == name and (url or outlet.domain in note) for outlet, note, url in evidence
        ):
            return None
        return self.outlets.find(name)

    @staticmethod
    def _note_unused(draft: Draft, evidence: list[tuple[Outlet, str, str | None]]) -> None:
        """Registry evidence on a page whose title named an outlet the registry lacks: kept, not used."""
        notes = draft.original.setdefault("evidence", [])
        notes.extend(f"{note} (names {outlet.name}, not used)" for outlet, note, _ in evidence)
