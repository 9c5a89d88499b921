"""The length of a text in words, for scripts written with and without spaces between words.

Chinese and Japanese (Han, kana) and Thai, Lao, Khmer and Myanmar put no space between words,
so counting by spaces makes a 590-character Japanese article five "words". Their characters are
counted instead and turned into English-word equivalents:

- Han and kana: 2.5 characters to a word. An English word comes out as about 1.5–1.8 Chinese
  characters and 2–3 Japanese characters (kana spell out endings and particles) in translation;
  2.5 is the middle of that range for Japanese and makes a Chinese text count a little short,
  which errs towards calling a page too short rather than too long (precision first). On the
  bundled multilingual fixtures the Japanese article (519 Han and kana characters, punctuation
  not counted) comes to 207 words and the Chinese one (487) to 194, beside 178–279 words for the
  same kind of local story in six languages written with spaces.
- Thai, Lao, Khmer and Myanmar: 5 characters to a word. They are alphabets (an abugida) whose
  words run about as long in characters as English ones (4–6, vowel and tone marks included).
Korean puts spaces between words (eojeol) and is counted by spaces like English.
"""

import re

#: Characters of scripts written without spaces, with how many make one word.
UNSPACED_SCRIPTS = (
    (
        re.compile(
            r"[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
        ),
        2.5,
    ),
    (re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"), 5.0),
)
ANY_UNSPACED = re.compile("|".join(pattern.pattern for pattern, _ in UNSPACED_SCRIPTS))


def text_length(text: str) -> float:
    """Words counted by spaces, plus unspaced-script characters in word equivalents; a token with
    such characters counts by its characters only."""
    tokens = text.split()
    if not ANY_UNSPACED.search(text):
        return float(len(tokens))
    spaced = sum(1 for token in tokens if not ANY_UNSPACED.search(token))
    return spaced + sum(len(pattern.findall(text)) / per_word for pattern, per_word in UNSPACED_SCRIPTS)


def describe_length(text: str) -> str:
    """'67 words', or '698 characters ≈ 279 words' for a text in an unspaced script."""
    words = text_length(text)
    characters = sum(len(pattern.findall(text)) for pattern, _ in UNSPACED_SCRIPTS)
    if characters and characters >= words:
        return f"{characters} characters ≈ {int(words)} words"
    return f"{int(words)} words"
