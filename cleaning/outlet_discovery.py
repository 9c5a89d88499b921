"""Name an outlet the registry does not know, from the page alone, only when signals agree.

Farms copy from outlets everywhere; a registry never knows them all. The page itself names
its source in a title segment ("Headline – Kleine Zeitung – Farm", "Kleine Zeitung: Headline"),
in attributions in the text ("told Kleine Zeitung", "Kleine Zeitung reports", "Source: …"),
in links and declared URLs (JSON-LD isBasedOn, rel=canonical, og:url) to the outlet's domain,
and in the URL slug. Each one alone is weak: a title segment may be a section, an attribution
may cite a rival, a link may be a reference. So a name is accepted only when two independent
kinds of signal agree. These combinations suffice, and no others:

- a title segment after the headline and an attribution in the text naming the same outlet;
- a title segment (after the headline, or an "Outlet:" prefix) and an off-site domain whose name is the segment's (declared URL, link,
  or a domain written in a source line);
- an attribution and a declared URL (isBasedOn, canonical, og:url) on a domain whose name is
  the attribution's;
- a source line ("Source: X", "(X) –", "Originally published in X") and a link to X's domain;
- an attribution and a URL slug ending with the attributed name;
- alone, a statement: a source line naming the outlet by its domain ("Sumber: Pikiran-Rakyat.com"),
  or one site's story the page says it copies (a link "Read the original article", WeChat's
  "阅读原文", the links under "Original article:" or of a line that says where the copy first
  appeared, "Source: <the story's address>", a NewsArticle JSON-LD says the page is based on,
  Google News's original-source tag, the address closing a forum's first post), named by its
  domain or its publisher there;
- alone, as the last resort, when nothing else on the page names the original: a source line
  closing the copy ("Source: Tuva-Online", "(Vijesti)") whose name holds a word only news media
  name themselves with, and reads as no institution's, person's or platform's
  (`source_line_alone`: data-led articles close with "Source: Eurostat"); then a title segment
  between the headline and the site's own name ("Headline – Tatoli | Dili Daily Brief"), if it
  reads as a proper name and none of the site's sections, authors or menu items
  (`title_segment_alone`).

A title segment with only the slug, a prefix with only an attribution (headlines open with
people: "Webb: …"), an attribution with only an ordinary link, two attributions, a link in the prose
labelled "source" (a reference as often), the links of a "Sources:" line, a bare isBasedOn address
(a study's as often) and Dublin Core's source tag are not enough; neither are names of two words joined by "and" ("Russia and Syria"). A name matches a domain when the domain's name label is the
name squashed ("Kleine Zeitung" → kleinezeitung.at), maybe with a suffix of up to three
characters ("La Prensa" → laprensani.com), its initials ("Bergens Tidende" → bt.no) or, from
five letters, its start or end ("Gazeta Wyborcza" → wyborcza.pl).
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources.abc import Traversable
from urllib.parse import unquote, urlsplit

from courlan import extract_domain

from republished.cleaning.draft import Draft
from republished.cleaning.frequency import english_zipf_at_least
from republished.cleaning.language import detect_language
from republished.cleaning.names import fold_diacritics, is_given_name, is_ordinary_word
from republished.cleaning.romanise import romanised
from republished.cleaning.squash import squash
from republished.cleaning.yamlconfig import expect, expect_keys, expect_strings, load_yaml

CONFIG_KEYS = {
    "tld_languages",
    "second_level_labels",
    "not_outlets",
    "articles",
    "name_particles",
    "not_name_words",
    "conjunctions",
    "section_words",
    "institution_words",
    "masthead_words",
    "masthead_last_words",
    "masthead_joined_words",
}
#: Verbs and phrases after which the outlet's name follows ("according to X", "told X",
#: "reports the daily X", "says … to X" as engines render Scandinavian "sier til X"; not into a
#: quote: "said, “We want citizens to know that Kobe …”").
FORWARD = re.compile(
    r"\b(?:according to|told|tells|(?:says|said)\b[^.!?\"“”«»]{0,60}?\bto|reports?|reported(?: by)?|writes|wrote"
    r"|informs|informed|reveals|revealed(?: by)?|publishes|published by|quoted by|cited by"
    r"|(?:an )?interview with|(?:first|originally) (?:published|reported|appeared) (?:in|by|on|at))\b",
    re.I,
)
#: Verbs the outlet's name comes before ("Kleine Zeitung reports", "as El Universal wrote").
BACKWARD = re.compile(
    r"\b(?:reports|reported|writes|wrote|informs|informed|reveals|revealed|has learned|learned|publishes|published)\b"
)
#: The copy called the outlet's story: "Here is Maritsa's article about it".
POSSESSIVE_STORY = re.compile(r"['’]s (?:(?:original|full) )?(?:article|story|report)\b")
#: Lines of their own that declare where the copy comes from, never the start of the article's
#: text: "Source: X" (maybe "+ Agencies"), "First published in X", "Article translated from Le
#: Soir.", "Read the original article in Público", "Culled from The PUNCH" (Nigerian farms'
#: word), "This article has been shown on Kompas.com with the title …" (Kompas's syndication note),
#: "Theo VnExpress", "Via: ORF.at"; the source label also in the languages of copies that keep it ("Sumber:",
#: "Kaynak:", "Nguồn:", "Izvor:", "Источник:", "출처:" …).
#: The word "source" as copies write it before the outlet's name, in their languages.
SOURCE_LABELS = (
    "source|sources|via|kilde|källa|quelle|fuente|fonte|font|iturria|bron|źródło|lähde|forrás|zdroj|sursa|sumber|kaynak"
    "|nguồn|izvor|vir|šaltinis|avots|allikas|წყარო|burimi|աղբյուր|эх сурвалж|pinagmulan|chanzo|manba|mənbə|дереккөз|ምንጭ|источник|джерело|източник|πηγή|المصدر|מקור|출처|出典|引用元|転載元|来源|來源"
    # …and "original article", as copies label the link to it ("Articol original: monitorulcj.ro").
    "|original (?:article|story)|articol original|artículo original|article original|articolo originale"
    "|artigo original|originalartikel|izvorni članak|původní článek|pôvodný článok|oryginalny artykuł"
    "|eredeti cikk|alkuperäinen artikkeli|oprindelig artikel|oorspronkelijk artikel"
)
SOURCE_LABEL_LINE = re.compile(
    # Armenian writes the label's colon as "՝": "Աղբյուր՝ Առավոտ".
    rf"^(?:[-•*]\s+)?[(（]?(?:original(?:\s+(?:{SOURCE_LABELS}))?|{SOURCE_LABELS})\s*[:：՝]\s*"
    r"(?P<name>[^()（）\n]{2,60}?)(?:\s*(?:\+|&|,|\band\b)\s*(?:news |wire )?agencies)?"
    # …and the story's date after the name: "Original: Aamulehti (2 June 2025)", or its site's
    # address: "Lähde: Keskisuomalainen (ksml.fi)".
    r"(?:\s+\((?:(?=[^()]*\d{4}\))[^()]{4,30}|(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})\))?[)）]?[.。]?$",
    re.I,
)
#: The shortest first folder of an address read as a paper's name on its publisher's site.
MIN_FOLDER_NAME_CHARS = 5
#: A newspaper's name in Chinese, Japanese or Korean, which its last characters say it is: "杭州日报"
#: (Hangzhou Daily), "神戸新聞NEXT" (its web edition), "琉球新報", "광주일보"; written in its own
#: script, so no word of it is capitalised.
CJK_MASTHEAD = re.compile(
    r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{1,12}"
    r"(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|都市报|新报|新報|周报|週報|新闻|新聞|新闻网|新聞網|신문|일보)"
    r"(?:[A-Za-z]{2,8})?"
)
#: …or the address of the story itself after the label ("Source: https://punchng.com/lagos-ferry-…/").
SOURCE_ADDRESS_LINE = re.compile(rf"^(?:{SOURCE_LABELS})\s*[:：]\s*(?P<name>https?://\S{{4,300}})$", re.I)
FIRST_PUBLISHED_LINE = re.compile(
    r"^(?:[-•*]\s+)?(?:(?:the|this) (?:article|story|report|text|piece|interview) )?(?:was )?(?:first |originally )"
    # "… first published in Greek by Kathimerini": the language is no outlet; "… originally appeared
    # at https://www.duluthnewstribune.com/…": the story's address, named by its site.
    r"(?:published|appeared)(?: in [a-z]+(?= by\b))? (?:in|by|on|at)\s+(?P<name>https?://\S{4,300}|.{2,60}?)"
    # …and the story's address after the name: "… by The Spokesman-Review: https://www.spokesman.com/…".
    r"(?:\s*[:,–—-]?\s+<?https?://\S+?>?)?\.?$",
    re.I,
)
#: The same note in the languages of copies that keep it untranslated: "Denne artikel blev
#: oprindeligt bragt i Dagbladet Information.", "Dieser Artikel erschien zuerst im Tagesspiegel."
FIRST_PUBLISHED_ELSEWHERE_LINE = re.compile(
    r"^(?:"
    r"(?:denne )?(?:artikel|artiklen|artikkel|artikkelen) (?:blev|er|ble) (?:oprindeligt|opprinnelig|først) "
    r"(?:bragt|udgivet|publiceret|publisert|trykket) i"
    r"|(?:artikeln|texten) (?:publicerades|har publicerats) (?:först|ursprungligen) i"
    r"|(?:dieser|der) (?:artikel|text|beitrag) erschien (?:zuerst|ursprünglich) (?:in|im|bei|auf)"
    r"|(?:dit artikel|deze tekst) verscheen (?:eerder|oorspronkelijk|eerst) (?:in|op|bij)"
    # "Cet article a d’abord été publié dans Le Devoir.", "Este artículo fue publicado originalmente
    # en Milenio.", "Questo articolo è stato pubblicato originariamente su …", "Este artigo foi
    # publicado originalmente no Público."
    r"|(?:cet article|ce texte|l[’']article) a (?:d[’']abord|initialement|originellement|été initialement)"
    r" (?:été )?(?:publié|paru) (?:dans|par|sur)"
    # A blog's note on the article it reposts: "Article paru dans La Provence le 8 avril 2026,
    # reproduit pour information."
    r"|(?:article|texte) (?:paru|publié) (?:dans|par|sur)"
    r"|(?:este|el) (?:artículo|texto) (?:fue|se) (?:publicado|publicó) (?:originalmente|primero|inicialmente) en"
    r"|(?:questo|l[’']) ?(?:articolo|testo) è (?:stato )?(?:pubblicato|uscito) (?:originariamente|per la prima volta|inizialmente) (?:su|in|da)"
    r"|(?:este|o) (?:artigo|texto) foi (?:publicado|divulgado) (?:originalmente|primeiro|inicialmente) (?:no|na|em|pelo|pela)"
    r")\s+(?P<name>.{2,60}?)(?:,? le \d{1,2}(?:er)? [a-zéû]+ \d{4})?(?:,\s*(?:reproduit|repris)\b[^.]{0,60})?\.?$",
    re.I,
)
#: A credit of the text closing the copy, with the farm's note on its translation: "Credit: Diário
#: de Notícias. Translated and adapted by Alfama Daily News." (alone, "Credit:" is a photo's).
CREDIT_TRANSLATED_LINE = re.compile(
    r"^(?:credit|credits|text)\s*:\s*(?P<name>[^.:]{2,60})\.\s+(?:translated|adapted|translation)\b.{0,120}$",
    re.I,
)
TRANSLATED_FROM_LINE = re.compile(
    r"^\(?(?:(?:the|this) )?(?:(?:article|story|text|report) )?(?:was )?(?:(?:machine|automatically|auto)[- ])?"
    r"(?:translated|adapted) from\s+"
    r"(?P<name>[^()]{2,60}?)\.?\)?$",
    re.I,
)
READ_ORIGINAL_LINE = re.compile(
    r"^(?:read the (?:original(?: (?:article|story|text))?|(?:full|whole|complete) (?:article|story|text))"
    r"(?: \(in \w+\))? (?:in|at|on)"
    # …and as copies keep it in the original's language: "Leer la noticia completa en La Nueva España".
    r"|leer (?:la noticia|el artículo|la información) (?:completa|completo|original) en"
    r"|lire l'article (?:complet|original|en entier) (?:sur|dans)"
    r"|leggi l'articolo (?:completo|originale) su"
    r"|lesen sie den (?:ganzen|vollständigen|originalen) artikel (?:auf|bei|im|in))\s+"
    # A button's arrow after the name: "… at Svalbardposten →".
    r"(?P<name>.{2,60}?)\.?(?:\s*[→»›])?$",
    re.I,
)
#: "Story courtesy of The Age.", "Courtesy of Kathimerini".
COURTESY_LINE = re.compile(
    r"^(?:(?:this |the )?(?:story|article|report|text) )?(?:by )?courtesy of\s+(?P<name>[^,;:]{2,60}?)\.?$",
    re.I,
)
CULLED_FROM_LINE = re.compile(r"^culled from\s+(?P<name>.{2,60}?)\.?$", re.I)
#: "Via royalgazette.com": the site the copy came through, by its domain alone.
VIA_DOMAIN_LINE = re.compile(r"^via\s+(?P<name>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\.?$", re.I)
#: Latin American copies close with "Con información de El Tiempo", machine-translated or not.
WITH_INFORMATION_LINE = re.compile(
    r"^(?:with (?:information|reporting|details) (?:from|of|by)|con (?:información|informaciones) de"
    r"|com informaç(?:ão|ões) d[aeo]s?)\s+(?P<name>[^,;:\s][^,;:]{1,58}?)\.?$",
    re.I,
)
#: Vietnamese closes a copied article with "Theo VnExpress" ("according to").
THEO_LINE = re.compile(r"^Theo\s+(?P<name>\S.{1,40}?)\.?$")
SHOWN_ON_LINE = re.compile(
    r"^(?:this|the) (?:article|story|news) (?:has been|was|is) (?:shown|published|aired|posted|broadcast) "
    r"(?:on|in|by)\s+(?P<name>[^,;:\s][^,;:]{1,40}?),? (?:with|under) the (?:title|headline)\b.{0,200}$",
    re.I,
)
#: A note that the copy is shared under an agreement with the original's publisher: "This story
#: is part of a content-sharing agreement with The Globe and Mail."
SHARING_AGREEMENT_LINE = re.compile(
    r"^(?:this|the) (?:article|story|report|piece|content) (?:is|was|appears|is published|is republished)"
    r"(?: here)? (?:as )?(?:part of|under|through|thanks to) (?:a|an|our) (?:content[- ]sharing|news[- ]sharing"
    r"|syndication|republishing|editorial|partnership) (?:agreement|arrangement|partnership|deal) with\s+"
    r"(?P<name>.{2,60}?)\.?$",
    re.I,
)
#: Where the rest of the story is, closing a copy cut short: "Haberin devamı için: cumhuriyet.com.tr",
#: "For the full story: …", "Continue reading at …", "Lire la suite sur …".
CONTINUED_AT_LINE = re.compile(
    r"^(?:haberin devamı için|for the (?:full|rest of the|complete) (?:story|article)"
    r"|(?:continue|keep) reading (?:on|at)|read (?:more|the (?:full|rest of the) (?:story|article)) (?:on|at)"
    # "Read more: TBNewsWatch.com", only before a site's address: before a headline it is a plug.
    r"|read more(?=\s*[:：]\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\.?$)"
    r"|weiterlesen (?:auf|bei)|lire la suite sur|leggi (?:tutto|l'articolo completo) su|sigue leyendo en"
    r"|lees verder (?:op|bij))\s*[:：]?\s*(?P<name>[^\s:].{1,58}?)\.?$",
    re.I,
)
#: "All rights reserved" as copies keep it in the original's language, with the original's name:
#: "© Riproduzione riservata – il Resto del Carlino", "© 2025 Berlingske. Alle rettigheder forbeholdes".
ALL_RIGHTS_RESERVED = (
    "all rights reserved|riproduzione riservata|tutti i diritti riservati|alle rechte vorbehalten"
    "|tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechten voorbehouden"
    "|wszelkie prawa zastrzeżone|všechna práva vyhrazena|alle rettigheter reservert|alle rettigheder forbeholdes"
    "|alla rättigheter förbehållna|kaikki oikeudet pidätetään|minden jog fenntartva|sva prava pridržana"
    "|vse pravice pridržane|tüm hakları saklıdır|visos teisės saugomos|kõik õigused kaitstud"
)
COPYRIGHT = r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?"
RIGHTS_THEN_NAME_LINE = re.compile(
    rf"^{COPYRIGHT}(?:{ALL_RIGHTS_RESERVED})\s*[–—-]\s*(?P<name>[^.,]{{2,60}}?)\.?$", re.I
)
NAME_THEN_RIGHTS_LINE = re.compile(
    rf"^{COPYRIGHT}(?P<name>[^.,©]{{2,60}}?)[.,]?\s*(?:[–—-]\s*)?(?:{ALL_RIGHTS_RESERVED})\.?$", re.I
)
#: The lines whose links lead to the story the copy states it is ("This article first appeared in
#: <a>JN</a>", "Source: https://…"); a "Sources: <a>OECD</a>" line cites as often as it states.
STATING_LINES = (
    SOURCE_ADDRESS_LINE,
    CREDIT_TRANSLATED_LINE,
    FIRST_PUBLISHED_LINE,
    FIRST_PUBLISHED_ELSEWHERE_LINE,
    TRANSLATED_FROM_LINE,
    READ_ORIGINAL_LINE,
    CULLED_FROM_LINE,
    SHOWN_ON_LINE,
    THEO_LINE,
    SHARING_AGREEMENT_LINE,
    CONTINUED_AT_LINE,
)
#: A source line with the story's address after the name: "Source: LSM https://www.lsm.lv/…",
#: "Source: LRT <https://www.lrt.lt/…>" (a mail's link).
SOURCE_NAME_AND_ADDRESS_LINE = re.compile(
    rf"^(?:{SOURCE_LABELS})\s*[:：]\s*(?P<name>[^,()<>:/]{{2,60}}?)[\s,–—-]+<?https?://\S+?>?$", re.I
)
WHOLE_SOURCE_LINES = (
    SOURCE_LABEL_LINE,
    SOURCE_NAME_AND_ADDRESS_LINE,
    *STATING_LINES,
    VIA_DOMAIN_LINE,
    WITH_INFORMATION_LINE,
    COURTESY_LINE,
    RIGHTS_THEN_NAME_LINE,
    NAME_THEN_RIGHTS_LINE,
)
#: The lines that say the text is the named site's ("Sumber: Pikiran-Rakyat.com", "Read the
#: original at dimma.fo"), not only that it came through it ("Via SyndiGate.info").
SOURCE_DECLARING_LINES = (SOURCE_LABEL_LINE, FIRST_PUBLISHED_LINE, READ_ORIGINAL_LINE, CONTINUED_AT_LINE)
#: Lines that declare where the text comes from: the whole lines above, "(Source: X)" closing a
#: paragraph in any of SOURCE_LABELS' languages ("(Bron: HLN)"), "(X) –" opening one, and a Korean or Japanese wire's opening, place = agency:
#: "(Seoul = Yonhap News) Reporter … =".
SOURCE_LINE = (
    *WHOLE_SOURCE_LINES,
    re.compile(rf"\((?:{SOURCE_LABELS})\s*:\s*(?P<name>[^()]{{2,60}})\)\.?$", re.I),
    # …and a source line with a note after the name: "Fonte: La Gazzetta del Mezzogiorno,
    # intervista all'assessore …" (not a second name: "Source: Daily Mail, Reuters").
    re.compile(
        rf"^(?:{SOURCE_LABELS})\s*[:：]\s*(?P<name>[^,()]{{2,60}}?),\s+(?-i:[a-zà-þ])[^()]{{2,120}}$", re.I
    ),
    re.compile(r"^\((?P<name>[^)]{2,40})\)\s*[–—-]"),
    re.compile(r"^\([A-Z][\w .'’-]{1,30}?\s*=\s*(?P<name>[^()=]{2,40}?)\s*\)"),
)
#: The shortest name a domain may write with a short suffix ("laprensa" + "ni").
MIN_SUFFIXED_NAME_CHARS = 6
#: The shortest masthead word read at the end of a compound ("Ålandstidningen"): not "avis".
MIN_COMPOUND_MASTHEAD_CHARS = 5
#: A particle glued to the name it precedes: "d’Andorra", "l'Indépendant".
APOSTROPHE_PARTICLE = re.compile(r"^[dl][’']\w")
#: A lower-case letter followed by a capital: where a CamelCase name joins its words ("SunStar").
CAMEL_JOIN = re.compile(r"(?<=[^\W\d_A-Z])(?=[A-Z][^\W\d_A-Z])")
#: A closing line that is a name in brackets alone, the way agencies credit a story: "(Vijesti)".
BRACKETED_NAME_LINE = re.compile(r"^[(（](?P<name>[^()（）\d]{2,40})[)）]\.?$")
#: The source lines read where extraction left them out: not a copyright notice.
LEFT_OUT_SOURCE_LINE = tuple(
    p for p in SOURCE_LINE if p not in (RIGHTS_THEN_NAME_LINE, NAME_THEN_RIGHTS_LINE)
)
#: Meta tags that name the URL of the story a page was syndicated from (Google News's
#: original-source and syndication-source, Dublin Core's source).
SOURCE_META_NAMES = ("original-source", "syndication-source", "dc.source", "dcterms.source")


def source_meta_label(name: str) -> str:
    """How a page's source tag is named in `PageMeta.declared_sources` and in evidence."""
    return f'<meta name="{name}">'


#: Google News's tags, which name the story a page republishes; Dublin Core's source is as often a
#: journal's or an archive's address.
STATED_SOURCE_META = frozenset(map(source_meta_label, ("original-source", "syndication-source")))
#: The suffixes of governments', universities' and international bodies' domains ("who.int",
#: "bps.go.id", "data.gov.in").
INSTITUTION_SUFFIXES = frozenset({"gov", "go", "gob", "gouv", "gv", "edu", "ac", "int", "mil"})
TOKEN = re.compile(r"\w[\w’'&.\-]*")
SENTENCE_END = re.compile(r"[.!?;:](?:\s|$)|[“”\"«»()]")
HOST = re.compile(r"^(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]+(?:\.[a-z0-9-]+)+)/?$", re.I)
#: At most this many characters around an attribution's verb are searched for the name.
WINDOW = 80
#: The part of a platform a page is, after the platform's name: "sourcehut lists".
PLATFORM_PART = re.compile(r"\s+(?:lists?|forums?|wiki|community|archives?)$", re.IGNORECASE)
#: A newsletter's issue number: "#47", "No. 47", "Issue 47".
ISSUE_NUMBER = re.compile(r"#\s?\d|\b(?:No\.|Issue|Nr\.)\s?\d", re.IGNORECASE)
#: A word this frequent in English (wordfreq's Zipf scale: "oslo" 3.5, "explainer" 2.5; "tatoli" 0,
#: "dnevnik" 1.7) is one a site's own section, series or author names as often as an outlet.
COMMON_ZIPF = 2.5
MAX_NAME_WORDS = 6
MAX_SEGMENT_CHARS = 50
GERMAN_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


@dataclass(frozen=True)
class Domain:
    """An off-site domain the page points to, and how: "declared", "link", "source line" (with
    the domain as the line writes it) or "named link" (a source line's link to a story, with the
    name that is its text)."""

    host: str
    kind: str
    url: str | None
    note: str
    written: str | None = None


@dataclass(frozen=True)
class Attribution:
    """Names an attribution in the text may give, longest first, and whether it is a source line."""

    names: tuple[str, ...]
    source_line: bool
    note: str
    #: It says the copy is the name's story ("Maritsa's article"): a link to a story on a site of
    #: the name confirms it, as for a source line.
    names_its_story: bool = False


@dataclass
class Finding:
    name: str
    domain: str | None
    language: str | None
    url: str | None
    evidence: list[str] = field(default_factory=list)

    def as_original(self) -> dict:
        return {
            "outlet": self.name,
            "domain": self.domain,
            "language": self.language,
            "url": self.url,
            "method": "page",
        }


#: A vowel written twice in a row ("Alaaroye"): a toned long vowel a domain writes once.
DOUBLED_LETTER = re.compile(r"([aeiou])\1")
#: An English romanisation of a Slavic name and the one its domain writes ("Maritsa": marica.bg,
#: "Vecherniy Kharkiv": vecherniy-harkiv).
SLAVIC_SPELLINGS = re.compile(r"ts|ch|sh|zh|kh")
SLAVIC_LETTERS = {"ts": "c", "ch": "c", "sh": "s", "zh": "z", "kh": "h"}
#: A note closing the copy is read sentence by sentence too ("Translated from Faroese. Read the
#: original at dimma.fo."); a longer line is a paragraph.
MAX_NOTE_CHARS = 200
#: A row of a table as the text writes it ("| Kingston | every 15 min |"): a source line under
#: it names where the table's figures come from, not the copy's original.
TABLE_ROW = re.compile(r"^\|.*\|$")
NOTE_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def note_sentences(line: str) -> list[str]:
    """The sentences of a note closing the copy; none of a line long enough to be a paragraph."""
    return NOTE_SENTENCE_END.split(line) if len(line) <= MAX_NOTE_CHARS else []


def _caseless(name: str) -> tuple[str, ...]:
    """A name written in a script that writes no capitals (Georgian, Arabic, Hebrew), whole: no
    run of capitalised words says where it ends."""
    words = name.split()
    if not words or len(words) > MAX_NAME_WORDS or any(ch.isupper() or "a" <= ch <= "z" for ch in name):
        return ()
    return (" ".join(words),)


def _source_line_candidates(draft: Draft) -> list[tuple[str, tuple[re.Pattern, ...]]]:
    """The lines that may be source lines, each with the patterns to read it by: the text's (but a
    table's, under its last row), and those extraction left out of it, but for a copyright notice,
    which is as often the site's own footer ("Copyright 2019 Hawaii News Now")."""
    closing = draft.lines[-1] if draft.lines else ""
    sentences = note_sentences(closing)
    lines = draft.lines
    return (
        [
            (line, SOURCE_LINE)
            for index, line in enumerate(lines)
            if not (index and TABLE_ROW.match(lines[index - 1].strip()))
        ]
        + [(sentence, WHOLE_SOURCE_LINES) for sentence in sentences[1:]]
        + [(line, LEFT_OUT_SOURCE_LINE) for line in draft.meta.source_lines]
    )


@lru_cache(maxsize=1 << 14)
def host_of(url: str) -> str:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


def same_host(host: str, own: str) -> bool:
    """One host, or one a subdomain of the other (news.example.com and example.com)."""
    return host == own or host.endswith("." + own) or own.endswith("." + host)


class OutletDiscovery:
    def __init__(self, path: Traversable):
        data = load_yaml(path)
        expect(data, dict, path, "")
        expect_keys(data, CONFIG_KEYS, CONFIG_KEYS, path, "")
        languages = expect(data["tld_languages"], dict, path, "tld_languages")
        for tld, language in languages.items():
            expect(tld, str, path, "tld_languages")
            expect(language, str, path, f"tld_languages.{tld}")
        self.tld_languages: dict[str, str] = languages
        self.second_level = frozenset(
            expect_strings(data["second_level_labels"], path, "second_level_labels")
        )
        not_outlets = expect_strings(data["not_outlets"], path, "not_outlets")
        platforms = {host.lower().removeprefix("www.") for host in not_outlets}
        #: What `is_platform` compares a host with: the platforms, the domains above them, the
        #: last label of their names.
        self._platforms = frozenset(platforms)
        self._platform_parents = frozenset(
            ".".join(labels[i:])
            for labels in (p.split(".") for p in platforms)
            for i in range(1, len(labels))
        )
        self._platform_names = frozenset(self.name_labels(p)[-1] for p in platforms if self.name_labels(p))
        self.articles = frozenset(expect_strings(data["articles"], path, "articles"))
        self.particles = frozenset(expect_strings(data["name_particles"], path, "name_particles"))
        self.not_name_words = frozenset(expect_strings(data["not_name_words"], path, "not_name_words"))
        self.conjunctions = frozenset(expect_strings(data["conjunctions"], path, "conjunctions"))

        def folded_words(key: str) -> frozenset[str]:
            return frozenset(word.casefold() for word in expect_strings(data[key], path, key))

        self.institution_words = folded_words("institution_words")
        self.masthead_words = folded_words("masthead_words")
        self.masthead_joined_words = folded_words("masthead_joined_words")
        self.masthead_last_words = folded_words("masthead_last_words")
        self.section_words = folded_words("section_words")

    # Names and domains

    def _words(self, name: str) -> list[str]:
        return [w for w in re.split(r"[\s\-–]+", name.strip()) if w]

    def keys(self, name: str) -> set[str]:
        """A name as a domain or another page would write it: squashed, without diacritics (both
        "u" and German "ue" for "ü"), with and without a leading article and its particles, with a
        doubled vowel once, as a domain writes a toned long vowel ("Alàároyé": alaroye.org), and a
        Slavic name's English romanisation as its domain writes it ("Maritsa": marica.bg), and a
        Cyrillic or Georgian name's Latin spellings ("Зміст": zmist.pl.ua)."""
        words = self._words(name)
        variants = [words]
        if len(words) > 1 and words[0].casefold().strip("'’") in self.articles:
            variants.append(words[1:])
        # …and without its particles, as a domain may drop them ("Il Mattino di Padova": mattinopadova.it).
        if len(variants[-1]) > 2 and any(word.casefold() in self.particles for word in variants[-1][1:]):
            variants.append([word for word in variants[-1] if word.casefold() not in self.particles])
        keys = set()
        for variant in variants:
            text = " ".join(variant)
            for folded in (
                fold_diacritics(text),
                fold_diacritics(text.translate(GERMAN_FOLDS)),
                *romanised(text),
            ):
                key = "".join(ch for ch in folded.casefold() if ch.isalnum())
                if key:
                    slavic = SLAVIC_SPELLINGS.sub(lambda m: SLAVIC_LETTERS[m.group(0)], key)
                    keys.update((key, DOUBLED_LETTER.sub(r"\1", key), slavic))
        return keys

    def _initials(self, name: str) -> set[str]:
        words = [w for w in self._words(fold_diacritics(name)) if w[:1].isalnum()]
        significant = [w for w in words if w.casefold() not in self.particles | self.articles]
        return {"".join(w[0] for w in ws).casefold() for ws in (words, significant) if len(ws) >= 2}

    def name_labels(self, host: str) -> list[str]:
        """The labels of a host that may be an outlet's name: not "www", not the TLD, not "co"."""
        labels = host.lower().removeprefix("www.").split(".")[:-1]
        return [
            label for label in labels if label not in self.second_level and label not in ("www", "m", "amp")
        ]

    def same_site(self, host: str, own_host: str) -> bool:
        """One site, or one outlet under another country's domain (businessinsider.de and .com)."""
        own = own_host.lower().removeprefix("www.")
        if same_host(host, own):
            return True
        own_labels = self.name_labels(own)
        return bool(own_labels) and self.name_labels(host)[-1:] == own_labels[-1:]

    def is_platform_name(self, name: str) -> bool:
        """The name of a platform that is never an outlet ("Redmine", "Facebook"), as its domain
        writes it, maybe with the part of it the page is ("sourcehut lists", "Discourse forum")."""
        return squash(PLATFORM_PART.sub("", name)) in self._platform_names

    def is_platform(self, host: str) -> bool:
        """`same_site(host, platform)` for one of the platforms that are never outlets, without
        comparing the host with each of them."""
        labels = host.split(".")
        return (
            any(".".join(labels[i:]) in self._platforms for i in range(len(labels)))
            or host in self._platform_parents
            or bool(set(self.name_labels(host)[-1:]) & self._platform_names)
        )

    def name_matches_domain(self, name: str, host: str) -> bool:
        return self._matching_label(name, host) is not None

    def _matching_label(self, name: str, host: str) -> str | None:
        keys = self.keys(name)
        initials = self._initials(name)
        for label in self.name_labels(host):
            squashed = label.replace("-", "")
            if squashed in keys or (len(squashed) >= 2 and squashed in initials):
                return label
            if len(squashed) >= 5 and any(key.startswith(squashed) or key.endswith(squashed) for key in keys):
                return label
            # The name and a country's code or a number: "La Prensa" → laprensani.com (Nicaragua).
            if any(
                len(key) >= MIN_SUFFIXED_NAME_CHARS
                and squashed.startswith(key)
                and len(squashed) - len(key) <= 3
                for key in keys
            ):
                return label
        return None

    def named_domain(self, name: str, host: str) -> str:
        """The host from the label the name matched on: a section's subdomain is the outlet's
        ("SME" on bratislava.sme.sk is sme.sk)."""
        labels = host.lower().removeprefix("www.").split(".")
        label = self._matching_label(name, host)
        return ".".join(labels[labels.index(label) :]) if label in labels else host

    def same_name(self, a: str, b: str) -> bool:
        return bool(self.keys(a) & self.keys(b))

    def language_of(self, host: str) -> str | None:
        return self.tld_languages.get(host.rsplit(".", 1)[-1])

    def is_plausible_name(self, text: str) -> bool:
        """A title segment that may be an outlet's name: short, capitalised, not a sentence, not a
        newsletter's issue ("Funen Weekly #47")."""
        words = self._words(text)
        return (
            0 < len(words) <= MAX_NAME_WORDS
            and not ISSUE_NUMBER.search(text)
            and sum(ch.isalpha() for ch in text) >= 3
            and not self.conjunctions.intersection(w.casefold() for w in words)
            and len(text) <= MAX_SEGMENT_CHARS
            and (text[:1].isupper() or text[:1].isdigit())
            and not text.rstrip().endswith(("?", "!", ".", ","))
        )

    # Signals

    def domains(self, draft: Draft) -> list[Domain]:
        """Off-site domains the page declares, links to or names in a source line, declared first."""
        own = draft.meta.host
        found = []
        for url in draft.meta.based_on:
            found.append(Domain(host_of(url), "declared", url, f"JSON-LD isBasedOn {url}"))
        declared = (
            ("rel=canonical", draft.meta.canonical_url),
            ("og:url", draft.meta.og_url),
            *draft.meta.declared_sources,
        )
        for label, url in declared:
            if url:
                found.append(Domain(host_of(url), "declared", url, f"{label} points to {url}"))
        for line, patterns in _source_line_candidates(draft):
            for pattern in patterns:
                match = pattern.search(line.strip())
                if not match:
                    continue
                note = f"source line {line.strip()!r}"
                if host := HOST.match(match["name"].strip()):
                    name = host["host"].lower()
                    written = match["name"].strip().rstrip(".") if pattern in SOURCE_DECLARING_LINES else None
                    # The line's link to the story there ("Read the full story at countypress.co.uk →").
                    url = next(
                        (
                            link
                            for link in draft.meta.original_links
                            if same_host(host_of(link), name.removeprefix("www.")) and is_story_url(link)
                        ),
                        None,
                    )
                    found.append(Domain(name, "source line", url, note, written))
                elif match["name"].startswith(("https://", "http://")) and (host := host_of(match["name"])):
                    # "Source: https://punchng.com/lagos-ferry-…/": the story's address, named by its site.
                    found.append(Domain(host, "source line", match["name"], note, host))
        off_site: dict[str, bool] = {}  # a page links to a few hosts hundreds of times

        def is_off_site(host: str) -> bool:
            if host not in off_site:
                off_site[host] = bool(host) and not self.same_site(host, own) and not self.is_platform(host)
            return off_site[host]

        for name, url in draft.meta.source_line_links:
            if is_story_url(url):
                note = f"the source line's link {name!r} to {url}"
                found.append(Domain(host_of(url), "named link", url, note, name))
        found = [domain for domain in found if is_off_site(domain.host)]
        for url in draft.meta.links:
            if is_off_site(host := host_of(url)):
                found.append(Domain(host, "link", url, f"link to {host} in the page"))
        return found

    def _runs(self, window: str) -> list[list[str]]:
        """Runs of capitalised words (joined by particles such as "della") in a piece of text."""
        runs: list[list[str]] = []
        current: list[str] = []
        pending: list[str] = []
        last_end = None
        for token in TOKEN.finditer(window):
            word = re.sub(r"(?:’s|'s|[.’'\-])$", "", token.group(0))
            gap_ok = last_end is None or window[last_end : token.start()].strip() == ""
            if not gap_ok:
                if current:
                    runs.append(current)
                current, pending = [], []
            last_end = token.end()
            if not word:
                continue
            if word[0].isupper() or word[0].isdigit() or word == "&":
                if not current and word in self.not_name_words:
                    continue
                current.extend(pending)
                current.append(word)
                pending = []
                if token.group(0).endswith(".") and len(word) > 2:  # "Futurism. Read …": a sentence ends
                    runs.append(current)
                    current = []
            elif current and word in self.particles and not pending:
                pending = [word]
            elif current and not pending and word in self.masthead_words:
                current.append(word)  # a masthead word as Czech and Slovak write it: "Žilinský večerník"
            else:
                if current:
                    runs.append(current)
                current, pending = [], []
        if current:
            runs.append(current)
        return [run[:MAX_NAME_WORDS] for run in runs]

    def attributions(self, draft: Draft) -> list[Attribution]:
        found = []
        for line, patterns in _source_line_candidates(draft):
            stripped = line.strip()
            for pattern in patterns:
                match = pattern.search(stripped)
                if match and not HOST.match(match["name"].strip()):
                    names = tuple(" ".join(run) for run in self._runs(match["name"])[:2]) or _caseless(
                        match["name"]
                    )
                    if names:
                        found.append(Attribution(names, True, f"source line {stripped!r}"))
        for line in draft.lines:
            for match in FORWARD.finditer(line):
                window = line[match.end() : match.end() + WINDOW]
                end = SENTENCE_END.search(window)
                window = window[: end.start()] if end else window
                runs = self._runs(window)[:2]
                names = tuple(" ".join(run) for run in runs)
                if names:
                    found.append(Attribution(names, False, f"attribution {match.group(0)!r} … {names[0]!r}"))
            for match in BACKWARD.finditer(line):
                window = line[max(0, match.start() - WINDOW) : match.start()]
                ends = list(SENTENCE_END.finditer(window))
                window = window[ends[-1].end() :] if ends else window
                runs = self._runs(window)
                if not runs:
                    continue
                tail = window.split()[-3:]
                if runs[-1][-1] not in {re.sub(r"(?:’s|'s)$", "", w) for w in tail}:
                    continue  # the name must stand right before the verb, or two words before it
                run = runs[-1]
                names = tuple(" ".join(run[i:]) for i in range(len(run)))
                found.append(Attribution(names, False, f"attribution {names[0]!r} {match.group(0)!r}"))
            for match in POSSESSIVE_STORY.finditer(line):
                runs = self._runs(line[max(0, match.start() - WINDOW) : match.start()])
                if runs and line[: match.start()].endswith(runs[-1][-1]):
                    names = tuple(" ".join(runs[-1][i:]) for i in range(len(runs[-1])))
                    note = f"the copy called {names[0] + match.group(0)!r}"
                    found.append(Attribution(names, False, note, names_its_story=True))
        return found

    def _slug(self, draft: Draft) -> str:
        try:
            path = urlsplit(draft.meta.url).path
        except ValueError:
            return ""
        return unquote(path).rstrip("/").rsplit("/", 1)[-1].casefold()

    def _slug_names(self, name: str) -> set[str]:
        slugs = set()
        for folded in (fold_diacritics(name), fold_diacritics(name.translate(GERMAN_FOLDS))):
            slugs.add(re.sub(r"[^a-z0-9]+", "-", folded.casefold()).strip("-"))
        return slugs - {""}

    # Decisions

    def _is_domain_of(self, name: str, domain: Domain) -> bool:
        """The domain spells the name, or a source line links its story under the name
        ("Kilde: Sunnmørsposten" linking smp.no), or a source line's or a declared address's first
        folder spells it: a publisher's site holding its papers (press.et/addis-zemen/, the
        Ethiopian Press Agency's), not a link anywhere on the page (a tag's folder)."""
        return (
            self.name_matches_domain(name, domain.host)
            or (domain.kind == "named link" and self.same_name(domain.written, name))
            or (domain.kind != "link" and self._first_folder_spells(name, domain.url))
        )

    def _first_folder_spells(self, name: str, url: str | None) -> bool:
        folder = urlsplit(url or "").path.strip("/").split("/")[0]
        return len(folder) >= MIN_FOLDER_NAME_CHARS and folder.replace("-", "").casefold() in self.keys(name)

    def _finding(self, name: str, evidence: list[str], domains: list[Domain]) -> Finding:
        """The finding for a name, with the best matching domain: declared, then source line, then link."""
        order = {"declared": 0, "source line": 1, "named link": 1, "link": 2}
        matching = sorted(
            (d for d in domains if self._is_domain_of(name, d)),
            key=lambda d: order[d.kind],
        )
        host = self.named_domain(name, matching[0].host) if matching else None
        url = next(
            (
                d.url
                for d in matching
                if d.host == matching[0].host and d.url and urlsplit(d.url).path.strip("/")
            ),
            None,
        )
        evidence = evidence + [d.note for d in matching]
        return Finding(name, host, self.language_of(host) if host else None, url, evidence)

    def confirm_segment(
        self, segment: str, draft: Draft, own_names: set[str], needs_domain: bool = False
    ) -> Finding | None:
        """The outlet a title segment names, when an attribution or a matching off-site domain
        agrees; None for one of the site's own names (squashed, as the title stage keeps them).
        A title prefix ("Name: …") needs the domain: headlines open with people as often
        ("Webb: …"), and people are quoted in the text as outlets are."""
        segment = segment.strip().strip("\"“”«»'")
        if not self.is_plausible_name(segment) or self.keys(segment) & own_names:
            return None
        if self.name_matches_domain(segment, draft.meta.host):
            return None
        domains = self.domains(draft)
        agreeing = [
            a.note for a in self.attributions(draft) if any(self.same_name(segment, name) for name in a.names)
        ]
        matching = [d for d in domains if self.name_matches_domain(segment, d.host)]
        if needs_domain:
            # A title prefix ("Subotica: …") is as often a place: a link to the home page of a site
            # of its name (the city's) confirms no outlet, only a declared URL, a source line or a
            # link to a story.
            matching = [d for d in matching if d.kind != "link" or is_story_url(d.url)]
        if (
            matching
            and all(d.kind == "link" for d in matching)
            and self._states_another_original(segment, draft)
        ):
            return None
        if not matching and (needs_domain or not agreeing):
            return None
        return self._finding(segment, [f"title segment {segment!r}", *agreeing], domains)

    def _states_another_original(self, name: str, draft: Draft) -> bool:
        """The page states its original is on a site not of the name ("Read the full story on
        caymancompass.com →"): links to the name's site are no confirmation then (a newsletter's
        own name and site, "Cayman Weekly: …")."""
        return any(
            (host := host_of(url))
            and not self.same_site(host, draft.meta.host)
            and not self.name_matches_domain(name, host)
            for url in draft.meta.stated_original_links
        )

    def source_line_alone(self, draft: Draft) -> Finding | None:
        """The outlet a closing source line names though the registry lacks it, when nothing else on
        the page names the original ("Font: Diari d’Andorra", "Source : Tuva-Online", "(Listín
        Diario)"): the farm's own note of where the copy comes from. The name must read as a news
        medium's (`_has_masthead_word`), and as no institution's ("Source: Ministry of Health"),
        platform's, person's, ordinary word's or the site's."""
        closing = draft.lines[-2:]
        candidates = [
            *((line, SOURCE_LABEL_LINE) for line in closing),
            *((line, BRACKETED_NAME_LINE) for line in closing[-1:]),
            # …or one the extraction left out: a CMS's source field under the headline.
            *((line, SOURCE_LABEL_LINE) for line in draft.meta.source_lines),
        ]
        own = draft.meta.host
        for line, pattern in candidates:
            match = pattern.match(line.strip())
            if match is None:
                continue
            name = match["name"].strip().strip("\"“”«»'").strip()
            if self._reads_as_outlet(name, own):
                note = f"source line {line.strip()!r} closing the copy, and nothing else names the original"
                return self._finding(name, [note], self.domains(draft))
        return None

    def _reads_as_outlet(self, name: str, host: str) -> bool:
        if CJK_MASTHEAD.fullmatch(name):
            return not self.is_platform_name(name)
        words = self._words(name)
        if not self.is_plausible_name(name) or HOST.match(name) or any(ch.isdigit() for ch in name):
            return False
        if self._names_an_institution(name) or self._holds_a_section_or_label(words):
            return False
        if len(words) == 1 and (is_ordinary_word(words[0]) or words[0].isupper()):
            return False  # "Fuente: Extra", "(Translated)", and bodies' acronyms: "Source: OECD"
        if 2 <= len(words) <= 3 and is_given_name(words[0]) and words[0].casefold() not in self.articles:
            return False  # a person: "Source: Pedro Sánchez"
        if any(mark in name for mark in ":,;") or not self._capitalised(words):
            return False  # a label, a list or a sentence: "(Photo: The Sun)", "(Reporting by …)"
        if not self._has_masthead_word(name):
            return False  # a source of the facts, not of the copy: "Source: Eurostat", "(Getty Images)"
        if all(is_ordinary_word(word) for word in words):
            return False  # a product, a feature, a dish: "(Opening Times)", "Source: Royal Mail"
        return not self.is_platform_name(name) and not self.name_matches_domain(name, host)

    def _names_an_institution(self, name: str) -> bool:
        """A name with an institution's word: a source of the facts ("Douglas City Council")."""
        return not self.institution_words.isdisjoint(_folded(self._words(name)))

    def _holds_a_section_or_label(self, words: list[str]) -> bool:
        """A site's section ("UK News", "Politik") or a label ("Source", "Photo") among the words."""
        return not self.section_words.isdisjoint(_folded(words)) or bool(
            self.not_name_words.intersection(words)
        )

    def _capitalised(self, words: list[str]) -> bool:
        """Every word of the name capitalised but its particles ("Diari d’Andorra") and, after the
        first, a masthead word as Czech and Hungarian write it ("Plzeňský deník")."""
        return all(
            word[0].isupper()
            or word.casefold() in self.particles
            or APOSTROPHE_PARTICLE.match(word)
            or (index and word in self.masthead_words)
            for index, word in enumerate(words)
        )

    def _has_masthead_word(self, name: str) -> bool:
        """A word only news media name themselves with ("Diario", "Vijesti"), or an English one
        ("Post", "Sun") where a masthead puts it: last, or closing a CamelCase brand ("SunStar"),
        and "Online" only joined to the name ("Tuva-Online"); "Sun Microsystems" is none. A
        compound may close with one of the first ("Ålandstidningen", "Hufvudstadsbladet")."""
        tokens = name.split()
        for i, token in enumerate(tokens):
            parts = [part.casefold() for part in re.findall(r"[^\W\d_]+", CAMEL_JOIN.sub(" ", token))]
            if not parts:
                continue
            joined = len(parts) > 1
            if self.masthead_words.intersection(parts) or any(
                len(word) >= MIN_COMPOUND_MASTHEAD_CHARS and parts[-1].endswith(word)
                for word in self.masthead_words
            ):
                return True
            if parts[-1] in self.masthead_last_words and (i == len(tokens) - 1 or joined):
                return True
            if joined and self.masthead_joined_words.intersection(parts[1:]):
                return True
        return False

    def title_segment_alone(self, draft: Draft) -> Finding | None:
        """The outlet the title names between the headline and the site's own name, when nothing
        else on the page names one ("Headline – Tatoli | Dili Daily Brief"): farms keep the name
        they copied with the headline. A site's own sections, series and authors stand there too,
        so the segment must read as a proper name of an English copy: no section word ("UK
        News"), no digits, no lower-case word but a particle, not only words English writes often,
        none of the page's categories, tags, authors or breadcrumb's items, not the site's name its
        address spells out before the headline (a platform's handle: vk.com/@astanabrief-…), and
        no link's whole text."""
        segment = draft.title_outlet_segment
        if not segment or not self.is_plausible_name(segment) or any(ch.isdigit() for ch in segment):
            return None
        words = self._words(segment)
        folded = _folded(words)
        if self._holds_a_section_or_label(words):
            return None
        if any(
            not word[:1].isupper() and fold not in self.particles
            for word, fold in zip(words, folded, strict=True)
        ):
            return None
        if self.name_matches_domain(segment, draft.meta.host):
            return None
        # Sections, series, labels, places and people English writes often ("Housing", "Premier
        # League", "Fact Check", "Sponsored", "Europe", "Jane Doe") are the site's own.
        if all(english_zipf_at_least(fold, COMMON_ZIPF) for fold in folded):
            return None
        page = draft.meta.page
        key = squash(segment)
        if key in {squash(text) for text in (*draft.meta.breadcrumb, *page.categories, *page.tags)}:
            return None
        people = [text for text in (*draft.meta.authors, *page.authors, *draft.meta.byline_parts) if text]
        if any(
            set(folded) <= {word.casefold().strip(".") for word in self._words(person)} for person in people
        ):
            return None  # the author, however the byline writes the name ("Jane M. Doe")
        if self._in_address(key, draft.meta.url):
            return None
        if any(squash(text) == key for text in draft.meta.page_text.link_texts()):
            return None  # a section of the site, in its menu ("Colombia", "Binnenland")
        if detect_language(draft.text) != "en":
            return None  # a site's sections in its own language ("Innenriks", "Kotimaa")
        note = f"title segment {segment!r} between the headline and the site's name, and nothing else names the original"
        return self._finding(segment, [note], self.domains(draft))

    @staticmethod
    def _in_address(key: str, url: str) -> bool:
        """The squashed name is in the page's address, other than at the end of its slug (where a
        farm's slug repeats the title it copied)."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return False
        folder, _, slug = unquote(parts.path).rstrip("/").rpartition("/")
        slug = squash(re.sub(r"\.\w+$", "", slug))
        return key in squash(parts.netloc + folder) or (key in slug and not slug.endswith(key))

    def namesake(self, name: str, registered: str, draft: Draft) -> Finding | None:
        """Another outlet of a registered outlet's name: the page declares or links the name at a
        domain other than `registered`, and never at `registered` itself (TV 2 at tv2.dk on a copy
        of a Danish story, where the registry's TV 2 is tv2.no)."""
        if self.same_site(registered, draft.meta.host):
            return None  # the outlet's own page
        domains = self.domains(draft)
        hosts = {d.host.removeprefix("www.") for d in domains if self.name_matches_domain(name, d.host)}
        if any(h == registered or h.endswith("." + registered) for h in hosts):
            return None
        # The name must be the site's own (tv2.dk), not a subdomain's on another's (reuters.zendesk.com),
        # and its address must spell all of it: bornholm.info is no "Bornholms Tidende".
        keys = self.keys(name)
        hosts = {
            h
            for h in hosts
            if any(
                label.replace("-", "") in keys
                for label in self.name_labels(extract_domain(f"https://{h}") or "")
            )
        }
        if not hosts:
            return None
        return self._finding(
            name, [f"the page names {name!r} at {sorted(hosts)[0]}, not {registered}"], domains
        )

    def outlet_under(self, registered: str, draft: Draft) -> Finding | None:
        """An outlet of its own at a subdomain of a registered outlet's site, which the page's
        source line names (Batumelebi at batumelebi.netgazeti.ge, a site of Netgazeti's address)."""
        domains = [d for d in self.domains(draft) if d.host.endswith("." + registered)]
        if not domains:
            return None
        for attribution in self.attributions(draft):
            if not attribution.source_line:
                continue
            for name in attribution.names:
                keys = self.keys(name)
                for domain in domains:
                    label = domain.host.removesuffix("." + registered).rsplit(".", 1)[-1]
                    if label.replace("-", "") in keys:
                        note = f"the source line names {name!r}, the site at {domain.host}, not {registered}"
                        return Finding(
                            name,
                            domain.host,
                            self.language_of(domain.host),
                            domain.url,
                            [attribution.note, note],
                        )
        return None

    def from_text(self, draft: Draft) -> Finding | None:
        """The outlet attributions name, when a declared URL, a link (for a source line) or the
        URL slug agrees."""
        domains = self.domains(draft)
        declared = [d for d in domains if d.kind == "declared"]
        slug = self._slug(draft)
        for attribution in self.attributions(draft):
            for name in attribution.names:
                if not self.is_plausible_name(name):
                    continue
                pool = domains if attribution.source_line else declared
                if attribution.names_its_story:
                    pool = [
                        *declared,
                        *(d for d in domains if d.kind != "declared" and is_story_url(d.url or "")),
                    ]
                if self._names_an_institution(name):
                    continue  # "Source: Douglas City Council", linking to douglas.gov.im
                if any(self._is_domain_of(name, d) and not _is_institution(d.host) for d in pool):
                    return self._finding(
                        name, [attribution.note], domains if attribution.source_line else pool
                    )
                if len(self._words(name)) >= 2 and any(
                    slug.endswith("-" + key) for key in self._slug_names(name)
                ):
                    return self._finding(
                        name, [attribution.note, f"URL slug ends with the name {name!r}"], declared
                    )
        return self._named_by_domain(domains) or self._named_by_original_link(draft)

    def _named_by_domain(self, domains: list[Domain]) -> Finding | None:
        """A source line that names the outlet by its domain alone ("Sumber: Pikiran-Rakyat.com",
        "Read the original at dimma.fo"): the name is the domain, the line says it is the source. An
        institution's domain (a ministry's, a university's) is a source of figures, no outlet."""
        for domain in domains:
            if domain.kind != "source line" or not domain.written or _is_institution(domain.host):
                continue
            return Finding(
                domain.written, domain.host, self.language_of(domain.host), domain.url, [domain.note]
            )
        return None

    def _named_by_original_link(self, draft: Draft) -> Finding | None:
        """The one site the page's links to its original lead to ("Read the original article",
        WeChat's "阅读原文", "Source: <the story's address>", a news story JSON-LD says the page
        is based on, the head's original-source tag, the address closing a forum's first post):
        the page says the story there is the one it copies, so the domain, or the publisher
        JSON-LD names, names the outlet. Links to two sites, to a home page, a platform or an
        institution name none."""
        links = [
            *((url, name, "JSON-LD isBasedOn a news story") for url, name in draft.meta.based_on_stories),
            *(
                (url, None, f"{label} points to it")
                for label, url in draft.meta.declared_sources
                if label in STATED_SOURCE_META
            ),
            *(
                (url, None, "a link the page states is its original")
                for url in draft.meta.stated_original_links
            ),
            *(
                (url, None, "a link closing the forum thread's first post")
                for url in draft.meta.first_post_links
            ),
        ]
        stories: dict[str, tuple[str, str | None, str]] = {}
        for url, name, how in links:
            host = host_of(url)
            if host and not self.same_site(host, draft.meta.host):
                stories.setdefault(host, (url, name, how))
        # Two sites stated, whatever they are, leave the original unknown.
        if len(stories) != 1:
            return None
        host, (url, name, how) = stories.popitem()
        if not is_story_url(url) or self.is_platform(host) or _is_institution(host):
            return None
        name = name if name and self.name_matches_domain(name, host) else host
        return Finding(name, host, self.language_of(host), url, [f"{how}: {url}"])


def _folded(words: list[str]) -> list[str]:
    """The words as the word lists hold them: case folded, without apostrophes around them."""
    return [word.casefold().strip("'’") for word in words]


def _is_institution(host: str) -> bool:
    labels = host.split(".")
    return labels[-1] in INSTITUTION_SUFFIXES or bool(INSTITUTION_SUFFIXES.intersection(labels[-3:-1]))


def is_story_url(url: str) -> bool:
    """A story's address, not a site's home page, nor one urlsplit rejects (a host with characters
    that NFKC normalisation changes, an unclosed "["): such a link names no story, and the page is
    still cleaned."""
    try:
        return bool(urlsplit(url).path.strip("/"))
    except ValueError:
        return False
