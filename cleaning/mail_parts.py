"""The parts of a mail around the article it forwards, as a list archive shows the message.

A list member forwards an outlet's story: the archive shows the sender's header, their note, the
mail program's "Forwarded message" line and the forwarded mail's header, the story, then a quoted
earlier mail ("On … wrote:" and its "> " lines), and Mailman's note of a scrubbed attachment.
Only the story is the article; every other part is said here with its reason.
"""

import re

#: The line a mail program opens a forwarded mail with, in the languages of list members.
FORWARD_MARKER = re.compile(
    r"^(?:-{3,}\s*(?:Forwarded (?:message|article|story)|Original Message|Weitergeleitete Nachricht|Ursprüngliche Nachricht"
    r"|Message transféré|Message d'origine|Mensaje reenviado|Mensaje original|Messaggio inoltrato"
    r"|Mensagem encaminhada|Doorgestuurd bericht|Oorspronkelijk bericht|Vidarebefordrat meddelande"
    r"|Videresendt (?:melding|meddelelse)|Przekazana wiadomość|Přeposlaná zpráva|Välitetty viesti)\s*-{3,}"
    r"|Begin forwarded message:)$",
    re.IGNORECASE,
)
#: A field of a mail's header: "From: …", "Date: …", "Betreff: …".
HEADER_FIELD = re.compile(
    r"^(?:From|Sent|Date|Subject|To|Cc|Reply-To|Von|Gesendet|Datum|Betreff|An|De|Envoyé|Objet|À|Da|Data"
    r"|Oggetto|A|Para|Asunto|Fecha|Enviado|Assunto|Van|Verzonden|Onderwerp|Aan|Od|Do|Temat|Från|Skickat|Ämne"
    r"|Till|Fra|Sendt|Emne|Til|Lähettäjä|Aihe|Vastaanottaja):\s"
)
#: The line over a quoted earlier mail: "On Fri, 13 Jun 2025 at 18:22, Zuzana <…> wrote:".
QUOTE_HEADER = re.compile(
    r"^(?:On|Am|Le|El|Il|Em|Op|W dniu|Den|Dne|Dňa)\s.{6,160}?"
    r"\b(?:wrote|schrieb|a écrit|escribió|ha scritto|escreveu|schreef|napisał\(a\)|napisała|napisał|skrev|napsal|napísal)\s?:$"
)
QUOTED = re.compile(r"^>")
#: Mailman's note in place of an attachment it took out, and what follows it.
SCRUBBED = re.compile(r"^-{5,}\s*next part\s*-{5,}$", re.IGNORECASE)
SCRUBBED_DETAIL = re.compile(
    r"^(?:An? (?:HTML|non-text) attachment was scrubbed\.*|(?:URL|Name|Type|Size|Desc):\s.*)$", re.IGNORECASE
)
#: The address a list archive writes in place of an e-mail address: "zuzana.hlavata at gmail.com".
OBFUSCATED_ADDRESS = re.compile(r"^[\w.+-]+ at [\w-]+(?:\.[\w-]+)+$")
#: The archive's line under a message: "More information about the Bratislava-expats mailing list".
LIST_FOOTER = re.compile(
    r"^More information about the .{2,80}?(?: mailing list)?$|^mailing list$", re.IGNORECASE
)
#: The archive's own lines around a message: MHonArc's (Sympa's) links to the next and previous
#: messages, the list's unsubscribe note, Google Groups' notices.
ARCHIVE_LINE = re.compile(
    r"^-?\s*(?:(?:Previous|Next) by (?:Date|thread):|Index\(es\):|Archive powered by MHonArc\b)"
    r"|^To unsubscribe\b.{0,120}$|^- show quoted text -$|^unread,\s*\w{3} \d"
    r"|^(?:Sign in to reply to author\b|You do not have permission to delete messages in this group\b"
    r"|Either email addresses are anonymous for this group\b).*$",
    re.IGNORECASE,
)
#: Google Groups' header of a message: the poster, "unread,Mar 20, 2026, 9:14:02 AM", "to Group".
GROUP_MESSAGE_DATE = re.compile(r"^unread,\s*\w{3} \d")
MAX_POSTER_CHARS = 40
#: A sender's greeting opening the mail: "Hi all,", "Dear members!".
GREETING = re.compile(
    r"^(?:Hi|Hello|Hey|Dear|Good (?:morning|evening)|Hei|Hej|Hallo|Ciao|Bonjour|Hola|Olá|Bună ziua)\b[^.!?]{0,40}[,!]$",
    re.IGNORECASE,
)
#: The header's fields an archive shows over the message's text: "- To: bodo-news AT lists…".
HEAD_FIELD = re.compile(r"^-?\s*(?:From|To|Date|Subject|Cc|Message-ID):\s")
#: The first lines where a greeting, a header's field and the sender's note stand, shorter than
#: the article's paragraphs.
HEAD_LINES = 7
MAX_HEAD_LINE_CHARS = 90
#: A sign-off closing a mail or a newsletter: "See you at the sea,", "Best,", and the sender's name
#: on a line or two after it.
MAX_SIGN_OFF_CHARS = 40
MAX_SENDER_LINES = 2
MAX_SENDER_CHARS = 60
#: A mail's signature delimiter, "-- ".
SIGNATURE = "--"
#: A signature's lines: a name, a place, a phone number.
MAX_SIGNATURE_LINES = 4
#: The forwarder's short line over the story: "Here it is, translated with DeepL:".
MAX_NOTE_CHARS = 160
#: The lines after the forwarded mail's header where its note and the story's headline stand.
NOTE_LINES = 3


#: An entry of the thread's index an archive shows under the message (MHonArc's): "- [bodo-news]
#: Subject, Sender, 06/09/2025".
THREAD_ENTRY = re.compile(r"^-\s+(?:Re:\s*)?\[[^\[\]]{2,40}\]\s\S")
#: The line an archive's index of the thread opens with under the message (public-inbox's).
THREAD_INDEX = re.compile(r"^(?:reply other threads:|Thread overview:)", re.IGNORECASE)
#: The archive's lines over the message's header are short and no sentences: the list's address,
#: its navigation, the subject.
MAX_ARCHIVE_LINE_CHARS = 120


def mail_parts(lines: list[str], title: str) -> dict[int, str]:
    """The lines that are the mail's, not the story's, with why."""
    if bounds := _message_bounds(lines):
        # The archive's page around the message: its lines over the header, the thread's index
        # under it; the mail's own parts are read in the message alone.
        start, end = bounds
        reasons = {index: "the list archive's lines over the message's header" for index in range(start)}
        reasons.update({index: "the thread's index under the message" for index in range(end, len(lines))})
        inner = _mail_parts(lines[start:end], title)
        reasons.update({start + index: reason for index, reason in inner.items()})
        return reasons
    return _mail_parts(lines, title)


def _message_bounds(lines: list[str]) -> tuple[int, int] | None:
    """Where the message stands on an archive's page that shows its header's fields after lines
    of its own (Sympa's MHonArc pages): from the header to the thread's index, if any."""
    start = next(
        (
            index
            for index in range(len(lines) // 2)
            if HEAD_FIELD.match(lines[index]) and HEAD_FIELD.match(lines[index + 1])
        ),
        None,
    )
    if start is None or any(
        len(line) > MAX_ARCHIVE_LINE_CHARS or line.endswith((".", "!", "?")) for line in lines[:start]
    ):
        return None
    end = next((index for index in range(start, len(lines)) if THREAD_INDEX.match(lines[index])), len(lines))
    while end > start and (THREAD_ENTRY.match(lines[end - 1]) or ARCHIVE_LINE.match(lines[end - 1])):
        end -= 1
    return start, end


def _mail_parts(lines: list[str], title: str) -> dict[int, str]:
    reasons: dict[int, str] = {}
    marker = next(
        (i for i, line in enumerate(lines[: len(lines) // 2 + 1]) if FORWARD_MARKER.match(line)), None
    )
    if marker is not None:
        for index in range(marker):
            reasons[index] = "the sender's header and note before the forwarded message"
        reasons[marker] = "the mail program's line opening the forwarded message"
        after = marker + 1
        while after < len(lines) and HEADER_FIELD.match(lines[after]):
            reasons[after] = "the forwarded mail's header"
            after += 1
        for index in range(after, min(after + NOTE_LINES, len(lines) - 1)):
            line = lines[index]
            if line == title:
                reasons[index] = "the story's headline over it, now the title"
            elif line.endswith(":") and len(line) <= MAX_NOTE_CHARS:
                reasons[index] = "the forwarder's note over the story"
    signature = _take_signature(lines, reasons)
    _take_greeting(lines, title, reasons)
    _take_sign_off(lines[:signature], reasons)
    _take_group_replies(lines, reasons)
    for index, line in enumerate(lines):
        if ARCHIVE_LINE.match(line):
            reasons[index] = "the list archive's own line"
        if index < len(lines) // 2:
            if OBFUSCATED_ADDRESS.match(line):
                reasons[index] = "the sender's address as the list's archive writes it"
            elif index < HEAD_LINES and HEAD_FIELD.match(line):
                reasons[index] = "a field of the mail's header"
            continue
        if QUOTE_HEADER.match(line) and all(QUOTED.match(quoted) for quoted in lines[index + 1 : index + 2]):
            reasons[index] = "the line over a quoted earlier mail"
        elif QUOTED.match(line) and (index - 1 in reasons or QUOTED.match(lines[index - 1])):
            reasons[index] = "a quoted earlier mail"
        elif SCRUBBED.match(line) or (SCRUBBED_DETAIL.match(line) and index - 1 in reasons):
            reasons[index] = "the list's note of an attachment it took out"
        elif LIST_FOOTER.match(line):
            reasons[index] = "the list archive's line under the message"
    return reasons


def _take_signature(lines: list[str], reasons: dict[int, str]) -> int | None:
    """The signature after its delimiter in the second half, a few lines up to the archive's own
    lines (Mailman's scrubbed attachment, its footer) or the end; where its delimiter stands."""
    for index in range(len(lines) // 2, len(lines)):
        if lines[index] != SIGNATURE:
            continue
        end = next(
            (
                i
                for i in range(index + 1, len(lines))
                if SCRUBBED.match(lines[i]) or LIST_FOOTER.match(lines[i]) or ARCHIVE_LINE.match(lines[i])
            ),
            len(lines),
        )
        if end - index - 1 <= MAX_SIGNATURE_LINES:
            for line in range(index, end):
                reasons[line] = "the sender's signature, from its delimiter on"
            return index
        return None
    return None


def _take_greeting(lines: list[str], title: str, reasons: dict[int, str]) -> None:
    """The sender's greeting among the first lines, and their short note right after it ending
    with a colon ("Big news for Bodø this week. Translated from AN:"), or any short note before
    the story's headline ("Here is today's story from Finistère.")."""
    for index in range(min(HEAD_LINES, len(lines) - 1)):
        if HEAD_FIELD.match(lines[index]):
            continue
        if len(lines[index]) > MAX_HEAD_LINE_CHARS:
            return  # the article began: a greeting after it is a quote's or a column's
        if GREETING.match(lines[index]):
            reasons[index] = "the sender's greeting"
            note = lines[index + 1]
            if note.endswith(":") and len(note) <= MAX_NOTE_CHARS:
                reasons[index + 1] = "the sender's note over the story"
            headline = next(
                (i for i in range(index + 1, min(index + 1 + NOTE_LINES, len(lines))) if lines[i] == title),
                None,
            )
            if headline is not None and all(
                len(line) <= MAX_NOTE_CHARS for line in lines[index + 1 : headline]
            ):
                for note_index in range(index + 1, headline):
                    reasons[note_index] = "the sender's note over the story"
                reasons[headline] = "the story's headline over it, now the title"
            return


def _take_sign_off(lines: list[str], reasons: dict[int, str]) -> None:
    """A short line ending with a comma near the end ("See you at the sea,"), with only the
    sender's name after it ("Andreea & the Mamaia Sea Apartments team"): the sender's sign-off."""
    for index in range(max(len(lines) - MAX_SENDER_LINES - 1, 1), len(lines) - 1):
        line, after = lines[index], lines[index + 1 :]
        if (
            line.endswith(",")
            and len(line) <= MAX_SIGN_OFF_CHARS
            and all(len(name) <= MAX_SENDER_CHARS and name[-1:] not in ".!?:" for name in after)
        ):
            for sign_off in range(index, len(lines)):
                reasons.setdefault(sign_off, "the sender's sign-off and name")
            return


def _take_group_replies(lines: list[str], reasons: dict[int, str]) -> None:
    """Google Groups' header over each message of the thread (the poster's name, "unread,<date>",
    "to <group>"), and from the second message's header on, the replies."""
    headers = [index for index, line in enumerate(lines) if GROUP_MESSAGE_DATE.match(line)]
    for index in headers:
        reasons[index] = "the group's header of a message: its date"
        if index and len(lines[index - 1]) <= MAX_POSTER_CHARS:
            reasons[index - 1] = "the group's header of a message: its poster"
        if index + 1 < len(lines) and lines[index + 1].startswith("to "):
            reasons[index + 1] = "the group's header of a message: its group"
    if len(headers) > 1:
        for index in range(headers[1] - 1, len(lines)):
            reasons.setdefault(index, "a reply in the group's thread")
