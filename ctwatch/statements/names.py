"""Normalized forms of people's and forums' names, so that one person or meeting is one row."""

import re
import unicodedata

# Words that say how a person is addressed, not who they are: "Mr. Ban" is Ban.
HONORIFICS = frozenset(
    (
        "mr mrs ms miss mx dr prof sir dame lord lady excellency hon honourable honorable rev sheikh sheik "
        "president vice prime minister secretary-general secretary general ambassador amb senator sen rep "
        "representative gen lt col maj capt adm"
    ).split()
)
HIS_EXCELLENCY = re.compile(r"\bh\.\s?e\.")
WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def fold(text: str) -> str:
    """Lower case without accents: 'Jürgen' and 'Jurgen' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def person_key(name: str) -> str:
    """'Mr. Ban Ki-moon', 'BAN KI-MOON' and 'Ban Ki moon' all give 'ban ki moon'."""
    # Apostrophes join ("O'Brien" is one word); dots and other punctuation separate.
    folded = HIS_EXCELLENCY.sub(" ", fold(name)).replace("'", "").replace("\u2019", "")
    words = WORD.findall(folded)
    words = [w for w in words if w not in HONORIFICS]
    return " ".join(part for w in words for part in w.split("-") if part)


def forum_key(name: str) -> str:
    """Case, accents, punctuation and a leading article do not make another forum."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)
