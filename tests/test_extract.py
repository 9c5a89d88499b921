import re
import sys

from cleaning.extract import normalize_space


def test_normalize_space_treats_whitespace_as_the_regex_class_does():
    spaces = re.compile(r"\s+")
    for codepoint in range(sys.maxunicode + 1):
        text = f" a{chr(codepoint)}\t b {chr(codepoint)}"
        assert normalize_space(text) == spaces.sub(" ", text).strip()
