"""Move photo captions and credits that extraction glued into the body to `captions`.

A VG-style caption is an ALL-CAPS lead-in, a colon and a sentence about a photo.
English originals also open paragraphs with lead-ins ("UPDATED:"), so a lead-in
alone is not enough: a second signal must agree (photo words, or an outlet known
to write captions this way); a lead-in echoed in the sentence only supports them.
"""

import re

from republished.cleaning.draft import Draft
from republished.cleaning.errors import ConfigError
from republished.cleaning.figures import CLOSING_CREDIT
from republished.cleaning.names import is_ordinary_word
from republished.cleaning.registry import Stage, StageContext, register
from republished.cleaning.yamlconfig import expect, expect_keys, expect_strings, load_yaml

UPPER = "A-ZÀ-ÖØ-Þ"
LEAD_IN = re.compile(
    rf"^(?P<lead>[{UPPER}0-9][{UPPER}0-9'’&.\-]*(?:\s+[{UPPER}0-9'’&.\-]+){{0,4}}):\s+(?P<rest>\S.*)$"
)
SENTENCE_END = re.compile(r"[.!?][”\"’)]?$")
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z]")
#: The words a photo credit opens with ("Photo: …", "Bilde: …").
CREDIT_WORDS = "photo|photos|photograph|foto|picture|image|bilde|bild"
CREDIT = re.compile(
    rf"^(?:[📷📸]\ufe0f?\s*)?(?:(?:{CREDIT_WORDS}|illustration)\s*:\s*\S.{{0,80}}|©\s*\S.{{0,80}})$",
    re.IGNORECASE,
)
#: A caption a post labels as one: "In the photo:", as engines render Russian "На фото:" and
#: Spanish "En la foto:", maybe after a camera sign ("📷 In the photo: the new pumping station …").
PHOTO_LABEL = re.compile(
    r"^(?:[📷📸]\ufe0f?\s*)?(?:in|on) the (?:photo|picture|image)\s*:\s*\S.{0,250}$", re.IGNORECASE
)
#: A mail client's text for a picture: "[image: Filobus Verona]".
IMAGE_PLACEHOLDER = re.compile(
    r"^\[(?:image|bild|imagen|immagine|imagem|obraz|kép)\s*:[^\[\]]{0,120}\]$", re.IGNORECASE
)
MAX_PLACEHOLDER_CAPTION_CHARS = 300
PLACEHOLDER = "a mail client's placeholder for a picture, no text"
#: A post's description of its picture, opened by a camera sign, one sentence (no label, no list:
#: "📸 Best photo spots: …" stays) and maybe its credit in brackets: "📷 The planned route from the Meydan to Boztepe. (Visual: Trabzon Metropolitan Municipality)".
CAMERA_CAPTION = re.compile(r"^[📷📸]\ufe0f?\s*[^\W\d_][^.!?:]{5,250}[.!?]?(?:\s*\([^()]{2,80}\))?$")
#: A longer caption that opens with "Photo:" is one only when it closes with a credit in
#: brackets, photographer/agency: "Photo: The minister at Christiansborg. (Ida Marie Odgaard/Ritzau Scanpix)".
#: Without it, such a paragraph may be prose an engine opened with a label ("Image: That is what …").
CREDITED_CAPTION = re.compile(
    r"^(?:photo|photos|foto|bilde|bild)\s*:\s*\S.{0,250}\((?:[^()/]{2,60}/\s*[^()/]{2,60})\)\.?$",
    re.IGNORECASE,
)
#: A one-sentence caption that closes with its credit, photographer / agency or the agency alone:
#: "Apartment buildings under construction in Kalasatama, Helsinki. Photo: Jussi Nukari / Lehtikuva",
#: "A wolf photographed by a wildlife camera in Dalarna. Photo: TT".
CAPTION_WITH_CLOSING_CREDIT = re.compile(
    rf"^(?P<caption>\S.{{10,250}}?[.!?])\s+(?P<word>(?i:{CREDIT_WORDS}))\s*:\s*"
    r"(?:[^/:.!?]{2,60}/\s*)?(?P<agency>[^/:.!?]{2,60})$"
)
#: A credit that is a name of one to four capitalised words ("Photograph: Collins").
NAMED_CREDIT = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}")
#: A caption whose credit, photographer / agency in brackets, closes it without a full stop:
#: "Rafał Trzaskowski and Karol Nawrocki before the debate (Photo: PAP/Paweł Supernak)".
CAPTION_WITH_BRACKETED_CREDIT = re.compile(
    r"^(?P<caption>\S.{10,250}?)\s*\((?i:photo|photos|photograph|foto)\s*:\s*[^()/]{2,60}/\s*[^()/]{2,60}\)$"
)
#: A caption whose credit follows a dash, photographer / organisation, as Brazil's g1 writes them:
#: "Governor Eduardo Leite at the Piratini Palace — Photo: Gustavo Mansur/Palácio Piratini".
CAPTION_WITH_DASHED_CREDIT = re.compile(
    rf"^(?P<caption>\S.{{10,250}}?)\s+[—–]\s+(?i:{CREDIT_WORDS})\s*:\s*[^/:!?]{{2,60}}/\s*[^/:!?]{{2,60}}$"
)
#: A caption whose credit, photographer / organisation in brackets, follows its last sentence, as
#: CBC and AP write them: "Coun. Chris Street speaks to reporters on Wednesday. (Alex Morin/CBC)".
#: No line of the article text on any benchmark page closes so; each side is one to four
#: capitalised words ("(Reporting by Anna Berg/Editing by Tom Hale)" is no credit, nor is
#: "(Photo: PAP/Paweł Supernak)" after a full stop: a lead sentence may carry that one).
CREDIT_NAME = r"[A-ZÀ-Þ][\w'’.&-]*(?:\s+[A-ZÀ-Þ][\w'’.&-]*){0,3}"
SLASHED_CREDIT = rf"\({CREDIT_NAME}/\s*{CREDIT_NAME}\)"
CAPTION_WITH_SLASHED_CREDIT = re.compile(rf"^(?P<caption>\S.{{10,250}}?[.!?])\s+{SLASHED_CREDIT}$")
#: The same caption with the next paragraph glued on (extraction joined a layout table's cells).
FUSED_SLASHED_CREDIT = re.compile(
    rf"^(?P<credit>\S.{{10,250}}?[.!?]\s+{SLASHED_CREDIT})\s+(?P<sentence>[A-Z]\S*(?:\s+\S+){{3,}})$"
)
#: Captions in a wrapper of their own, kept without it:
#: a table row of one cell, as extraction writes the table Blogger puts under a photo
#: ("| The minister in Brussels. Photo: Reuters |"), when the cell closes with a photo credit, maybe
#: in brackets ("… Bridgetown. (Photo: GIS) |");
#: and a Korean outlet's caption, opened with ▲ and closed with its credit ("▲ Cho Kuk at a
#: rally on the 6th. /News1", "… (사진=연합뉴스)"): without the credit, ▲ also opens list items
#: ("▲ Samsung up 2.1% / SK Hynix down 1.3%": a credit is capitalised names or Hangul).
ONE_CELL_ROW = re.compile(
    rf"^\|\s*(?P<caption>\S[^|]{{10,250}}?[.!?]\s+(?:(?i:{CREDIT_WORDS})\s*:\s*[^|:()]{{2,80}}?"
    rf"|\((?i:{CREDIT_WORDS})\s*:\s*[^|:()]{{2,80}}?\)))\s*\|$"
)
KOREAN_CAPTION = re.compile(
    r"^▲\s*(?P<caption>\S.{10,300}?\s*(?:/\s*(?:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}|[가-힣]{2,10})"
    r"|[(\[](?i:photo|사진)\s*[=:]\s*[^()\[\]]{2,40}[)\]]))$"
)
#: …and a plain-text mail's picture, its caption and credit in square brackets ("[The fountain at the
#: Column of Glory, March 2026. Photo: Zmist]").
BRACKETED_CAPTION = re.compile(
    rf"^\[(?P<caption>\S[^\[\]]{{10,250}}?[.!?]\s+(?i:{CREDIT_WORDS})\s*:\s*[^\[\]:()]{{2,80}}?)\]$"
)
WRAPPED_CAPTIONS = (
    (ONE_CELL_ROW, "a one-cell table row holding a photo caption with its credit"),
    (KOREAN_CAPTION, "a caption opened with ▲ and closed with its credit"),
    (BRACKETED_CAPTION, "a picture's caption with its credit in square brackets"),
)
MARKED_UP = "the page marks it up as a photo caption (figures.py's caption classes or <figcaption>)"
#: "© Reuters" closing the article is the text's copyright notice, not a photo's; so is a line
#: that reserves rights ("© REPRODUCTION RESERVED", Corriere's), wherever it stands.
COPYRIGHT = re.compile(r"^©")
RIGHTS_RESERVED = re.compile(r"^©.{0,80}\b(?:rights|reproduction) reserved\b", re.IGNORECASE)
#: A credit closing a caption: "… on Monday. Photo: Ole Berg-Rusten / NTB".
TRAILING_CREDIT = re.compile(rf"(?<=[.!?])\s+(?:{CREDIT_WORDS})\s*:\s*[^:]{{2,80}}$", re.I)


def _stem(word: str) -> str:
    word = word.casefold()
    for suffix in ("ing", "ed", "es", "s", "y"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


@register
class CaptionsStage(Stage):
    name = "captions"

    def __init__(self, context: StageContext, lists: str = "captions.yaml", max_chars: int = 400):
        path = context.path(lists)
        data = expect(load_yaml(path), dict, path, "")
        keys = {"not_captions", "photo_words", "credit_agencies"}
        expect_keys(data, keys, keys, path, "")
        self.not_captions = {x.casefold() for x in expect_strings(data["not_captions"], path, "not_captions")}
        try:
            self.photo_words = re.compile(expect(data["photo_words"], str, path, "photo_words"), re.I)
        except re.error as exc:
            raise ConfigError(path, "photo_words", f"invalid regex: {exc}") from exc
        agencies = "|".join(
            re.escape(a)
            for a in sorted(expect_strings(data["credit_agencies"], path, "credit_agencies"), key=len)[::-1]
        )
        self.agencies = re.compile(agencies, re.IGNORECASE)
        # The credit opens the line or closes a caption's sentence; what follows it is glued on
        # ("NTBRussia: …") or a sentence of its own after a space ("NTB The directorate has …"),
        # never one word that may end the agency's name ("NTB Scanpix").
        self.fused_credit = re.compile(
            rf"^(?P<credit>(?:.*?[.!?]\s+)?(?:photo|photos|foto|bilde)\s*:\s*[^/\n]{{2,80}}?/\s*(?:{agencies}))"
            rf"(?:(?P<glued>[A-Z][^/]*)|\s+(?P<sentence>[A-Z][^\s/]*(?:\s+[^\s/]+){{3,}}))$",
            re.IGNORECASE,
        )
        self.max_chars = max_chars
        self.outlets = context.outlets

    @staticmethod
    def _under_a_placeholder(lines: list[str], index: int) -> str | None:
        """A short line closing with a photo credit right under a mail's placeholder of its picture
        ("[image: Filobus Verona]", as a mailing list's archive shows a message's picture)."""
        line = lines[index]
        if (
            index
            and IMAGE_PLACEHOLDER.match(lines[index - 1])
            and len(line) <= MAX_PLACEHOLDER_CAPTION_CHARS
            and CLOSING_CREDIT.search(line)
        ):
            return "photo caption under a mail's placeholder of its picture"
        return None

    def caption_reason(self, line: str, outlet_writes_leadins: bool) -> str | None:
        if CREDIT.match(line):
            return "photo credit line"
        if PHOTO_LABEL.match(line):
            return "photo caption under its label ('In the photo:')"
        if CAMERA_CAPTION.match(line):
            return "photo caption marked with a camera sign ('📷 …')"
        if CREDITED_CAPTION.match(line):
            return "photo caption with its credit"
        if self._closes_with_a_photo_credit(line):
            return "photo caption closing with its credit (photographer / agency)"
        match = line.endswith(")") and CAPTION_WITH_BRACKETED_CREDIT.match(line)
        if (
            match
            and not SENTENCE_BREAK.search(match["caption"])
            and not SENTENCE_END.search(match["caption"])
        ):
            return "photo caption closing with its credit in brackets (photographer / agency)"
        if line.endswith(")") and CAPTION_WITH_SLASHED_CREDIT.match(line):
            return "photo caption closing with its credit in brackets (photographer/organisation)"
        match = ("—" in line or "–" in line) and CAPTION_WITH_DASHED_CREDIT.match(line)
        if match and not SENTENCE_BREAK.search(match["caption"]):
            return "photo caption with its credit after a dash (photographer / organisation)"
        match = LEAD_IN.match(line)
        if not match or len(line) > self.max_chars:
            return None
        lead, rest = match["lead"], match["rest"]
        folded = lead.casefold()
        if sum(ch.isalpha() for ch in lead) < 3 or folded in self.not_captions or folded.startswith("dear "):
            return None
        if rest[:1].islower():
            return None  # "NATO: the word is stencilled …": prose; a caption's sentence opens with a capital
        sentence = TRAILING_CREDIT.sub("", rest)
        if not SENTENCE_END.search(sentence) or len(SENTENCE_BREAK.findall(sentence)) > 2:
            return None
        signals = []
        if self.photo_words.search(rest):
            signals.append("describes a photo")
        if outlet_writes_leadins and all(is_ordinary_word(word) for word in re.findall(r"[^\W\d_]+", lead)):
            # A caption lead-in is made of ordinary words ("LEAVING THE MEETING"); a dateline
            # ("NEW DELHI:") or an acronym ("FTC:") is not.
            signals.append("the original outlet writes captions with lead-ins")
        if not signals:
            return None
        lead_stems = {_stem(w) for w in re.findall(r"\w{4,}", lead)}
        if lead_stems & {_stem(w) for w in re.findall(r"\w{4,}", rest)}:
            signals.append("the lead-in repeats a word of the caption")
        return f"caption: all-caps lead-in {lead!r}; " + "; ".join(signals)

    def _closes_with_a_photo_credit(self, line: str) -> bool:
        """One sentence and a credit; a lead sentence can carry a photo's credit too, so the
        credit must end with a photo agency, or the sentence must speak of a picture, or the credit
        say "Photograph:" as The Irish Times and The Guardian write it."""
        match = CAPTION_WITH_CLOSING_CREDIT.match(line)
        return bool(
            match
            and not SENTENCE_BREAK.search(match["caption"])
            and (
                self.agencies.fullmatch(match["agency"].strip())
                or self.photo_words.search(match["caption"])
                or (
                    match["word"].casefold() == "photograph"
                    and NAMED_CREDIT.fullmatch(match["agency"].strip())
                )
            )
        )

    def _split_fused_credits(self, draft: Draft) -> None:
        for index in reversed(range(len(draft.lines))):
            match = self.fused_credit.match(draft.lines[index])
            rest = match and (match["glued"] or match["sentence"])
            if rest and rest[:1].isupper():
                reason = "photo credit glued to the following text: split after the agency's name"
                draft.split_line(index, [match["credit"].strip(), rest.strip()], self.name, reason)
                continue
            match = "/" in draft.lines[index] and FUSED_SLASHED_CREDIT.match(draft.lines[index])
            if match:
                reason = "a caption closing with its credit in brackets, glued to the following text: split after the credit"
                draft.split_line(index, [match["credit"], match["sentence"]], self.name, reason)

    def _unwrap(self, draft: Draft, index: int) -> str | None:
        """A caption in a wrapper of its own (a one-cell table row, ▲ … credit) is taken out of
        it, logged; the reason to move it, or None."""
        for pattern, reason in WRAPPED_CAPTIONS:
            match = pattern.match(draft.lines[index])
            if match:
                draft.replace_line(index, match["caption"], self.name, f"{reason}: the caption without it")
                return reason
        return None

    def __call__(self, draft: Draft) -> None:
        self._split_fused_credits(draft)
        outlet = self.outlets.find(draft.original["outlet"] or "")
        writes_leadins = bool(outlet and outlet.caption_leadins)
        reasons = {}
        last = len(draft.lines) - 1
        for index, line in enumerate(draft.lines):
            if (index == last and COPYRIGHT.match(line)) or RIGHTS_RESERVED.match(line):
                continue
            reason = (
                self.caption_reason(line, writes_leadins)
                or self._under_a_placeholder(draft.lines, index)
                or self._unwrap(draft, index)
                or (MARKED_UP if line in draft.meta.captions_in_text else None)
            )
            if reason:
                reasons[index] = reason
        if reasons:
            draft.move_lines_to_captions(set(reasons), self.name, reasons)
        placeholders = {i: PLACEHOLDER for i, line in enumerate(draft.lines) if IMAGE_PLACEHOLDER.match(line)}
        if placeholders:
            draft.remove_lines(set(placeholders), self.name, placeholders)
