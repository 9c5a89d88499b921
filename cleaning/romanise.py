"""Names in Cyrillic, Georgian and Armenian script, as their sites' addresses spell them in Latin letters.

A copy names its source in the source's script ("Джерело: Зміст", "წყარო: ბათუმელები",
"Աղբյուր՝ Առավոտ"), and the outlet's address romanises it (zmist.pl.ua, batumelebi.netgazeti.ge,
aravot.am). Addresses follow no one standard, so a name gets the spellings addresses use most:
Ukrainian and Russian readings of the letters that differ (г: h or g, и: y or i, х: kh or h, ц: ts or c, й: y or j).
"""

CYRILLIC_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "ъ": "", "ы": "y", "э": "e", "ё": "yo", "ј": "j",
    "љ": "lj", "њ": "nj", "ћ": "c", "ђ": "dj", "џ": "dz", "ў": "u",
}  # fmt: skip
#: The letters Russian, Bulgarian and Serbian addresses read otherwise than Ukrainian ones.
CYRILLIC_OTHER_READINGS = {"г": "g", "и": "i", "х": "h", "ц": "c", "й": "j", "щ": "sht"}
GEORGIAN_LETTERS = {
    "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i", "კ": "k",
    "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r", "ს": "s", "ტ": "t", "უ": "u",
    "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh", "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts",
    "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
}  # fmt: skip
ARMENIAN_LETTERS = {
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "y", "թ": "t", "ժ": "zh",
    "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m",
    "յ": "y", "ն": "n", "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v",
    "տ": "t", "ր": "r", "ց": "ts", "ւ": "v", "փ": "p", "ք": "k", "օ": "o", "ֆ": "f", "և": "ev",
}  # fmt: skip
#: Armenian's "ու" is one vowel, u.
ARMENIAN_U = ("ու", "u")
UKRAINIAN = str.maketrans({**CYRILLIC_LETTERS, **GEORGIAN_LETTERS, **ARMENIAN_LETTERS})
OTHER = str.maketrans({**CYRILLIC_LETTERS, **CYRILLIC_OTHER_READINGS, **GEORGIAN_LETTERS, **ARMENIAN_LETTERS})


def has_other_script(text: str) -> bool:
    return any(
        "\u0400" <= ch <= "\u04ff" or "\u10d0" <= ch <= "\u10ff" or "\u0531" <= ch <= "\u0587" for ch in text
    )


def romanised(text: str) -> set[str]:
    """The text's Latin spellings, lower case; none for a text in Latin letters."""
    if not has_other_script(text):
        return set()
    folded = text.casefold().replace(*ARMENIAN_U)
    return {folded.translate(UKRAINIAN), folded.translate(OTHER)}
