"""What the counted fighters are: returnees (a word of return near the figure, quoted titles
aside), foreign fighters (a word saying they came from elsewhere, peoples listed after the figure)
or a force's own strength. `figures.claims_in_sentence` decides each claim's subject with these cues."""

from __future__ import annotations

import re

from .places import find_places
from .regex import KeywordGate, gated_words_regex

_BARE_RETURNED = re.compile(
    r"(?:\s*[,—–]|\s+-)?\s+"
    r"(?:(?:have|has|had)\s+(?:since\s+|already\s+)?(?:returned|come back|come home|been repatriated)"
    r"|came back|came home|returned|(?:are|were)\s+(?:now\s+|already\s+)?back"
    r"|who(?:['’]ve|\s+have|\s+had)?\s+(?:returned|come back|come home))\b"
)
# "the 7,000 fighters believed to have returned", "fighters who had come back": right after the noun
_RETURNED_AFTER_NOUN = re.compile(
    r"(?:\s+(?:terrorist|fighters|militants|jihadists|combatants|FTFs))*"
    r",?\s+(?:who\s+(?:are\s+|were\s+)?)?(?:believed|thought|said|known|reported|estimated)\s+to\s+have\s+"
    r"(?:returned|come back|come home|been repatriated)\b"
)
# "800 Tunisians who fought with jihadist groups in Syria, Iraq and Libya have returned": the verb
# after a relative clause without commas, which the clause cut at the list's commas would not reach
_RETURNED_AFTER_WHO = re.compile(
    r"\s+who\s+(?:had\s+|have\s+)?(?:fought|travelled|traveled|went|joined|left|served)\b[^.;:\d]{0,120}?"
    r"\s(?:have|has|had)\s+(?:since\s+|now\s+|already\s+|also\s+)?(?:returned|come\s+back|come\s+home)\b"
)
# "repatriated seven suspected fighters": brought home as the figure is named
_REPATRIATED_BEFORE = re.compile(
    r"\b(?:repatriated|brought\s+(?:back|home)|took\s+back|taken\s+back|flown\s+home|flew\s+home|"
    r"welcomed\s+back|(?:taken|took|takes|take)\s+(?:back\s+)?custody\s+of)\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more than|at least|up to|as many as|"
    r"an estimated|roughly|another|a further)\s+)?$",
    re.IGNORECASE,
)
# "brought home 110 of its nationals, four of them fighters", "including six men who fought": the
# fighters among those brought home
_SUBSET_OF_THE_REPATRIATED = KeywordGate(
    re.compile(
        r"\b(?:repatriat\w*|br(?:ought|ings)\s+(?:back|home)|took\s+back|flown\s+home|flew\s+home)\b"
        r"(?:(?!\b(?:while|whereas|but|although)\b)[^.;])*?"
        r"(?:\b(?:including|among\s+them|among\s+whom)\b(?:[^.;]*?(?:,|\band)\s+)?|,)\s*$",
        re.IGNORECASE,
    ),
    ("repatriat", "brought", "brings", "took back", "flown home", "flew home"),
)
# "its nationals held by Kurdish forces, among them more than 200 men": a country's people abroad
_ITS_NATIONALS_AMONG = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:nationals|citizens)\b[^.;]{0,100}?\b(?:among\s+them|including|of\s+whom)\s+$",
    re.IGNORECASE,
)
# "Among them were 37 men": the people of a repatriation told of in the sentence before
_AMONG_THEM_START = re.compile(r"\s*Among\s+them\s+(?:were|are)\s+", re.IGNORECASE)
# "Kosovo flew 110 of its citizens home ...": a flight that brings people home, told in the sentence
# before the makeup of the group it carried
_FLOWN_HOME = re.compile(r"\b(?:flew|flown)\s+(?:[\w’'-]+\s+){0,6}?(?:home|back|out\s+of)\b", re.IGNORECASE)
# "The group included 74 children, 32 women and four men", "Eight of them were men", "Most were women
# and children, but 61 were men": the makeup of a group, before the figure of the men in it
_GROUP_MAKEUP_BEFORE = re.compile(
    r"\b(?:group|included|consist\w*|made\s+up\s+of|compris\w*|on\s+board|of\s+them|women|children)\b",
    re.IGNORECASE,
)
_OF_THEM_AFTER = re.compile(r"\s+of\s+them\b")
# "four men suspected of having fought", "61 were men who had fought": what the men did before they were
# brought home; not "300 men are still fighting"
_HAD_FOUGHT_AFTER = re.compile(
    r"\b(?:suspect\w*|accus\w*|alleged\w*|fought|(?:had|have|having)\s+(?:joined|served|been\s+members))\b",
    re.IGNORECASE,
)
# "transferred from SDF prisons to Iraqi custody": handed to their own country
_TO_CUSTODY = re.compile(r"\b(?:to|into)\s+(?:the\s+)?([A-Z][\w-]+)\s+custody\b")
_RETURN_VERB_AFTER = re.compile(r"\s+(?:return|returned|come back|came back|come home|came home)\b")
_AMONG_THE_RETURNED = re.compile(
    r"\s*(?:Among|Of)\s+(?:those|the\s+people|the\s+\w+)\s+(?:who\s+(?:have\s+|had\s+)?)?"
    r"(?:returned|repatriated|brought\s+(?:back|home)|flown\s+home)\b",
    re.IGNORECASE,
)
# KeywordGate: a pattern searched only where one of its key words occurs (see regex.KeywordGate).
_RETURN_CUE = KeywordGate(
    re.compile(
        r"\b(?:(?:have|has|had|['’]ve)\s+(?:since\s+|already\s+|now\s+|also\s+)?"
        r"(?:returned|come back|gone back|come home|gone home|been repatriated)|"
        r"(?:seen|saw)\s+\S+\s+(?:of its\s+\w+\s+)?return|"
        r"are\s+(?:now\s+|already\s+)?back(?!\s+in\s+(?:circulation|action|business|the\s+fight))|"
        r"(?:living|now)\s+back\s+in(?!\s+(?:circulation|action|business))|returnees?|"
        r"of (?:its|their) (?:own )?(?:nationals|citizens) (?:return|come back|come home)|"
        r"(?:on|upon|after|following) (?:their|his|her) return|"
        r"those\s+(?:who\s+(?:have\s+|had\s+)?)?returned|(?:those|people|men|citizens|nationals)\s+returned\s+from|"
        r"who\s+(?:have\s+|had\s+)?returned\s+from|"
        r"returned\s+(?:home|to)|brought\s+(?:back|home)|came back|were repatriated|have been repatriated|"
        r"repatriated|(?:are|were) returning|have come home|"
        r"(?:have|has|had)\s+been\s+sent\s+(?:back\s+)?home|"
        r"returning\s+(?:foreign\s+)?(?:fighters|jihadists|militants)|made\s+(?:their|his|her|it)\s+(?:way\s+)?back|"
        r"found\s+(?:their|his|her)\s+way\s+back|gone\s+(?:back\s+)?home|gone\s+back\s+to|"
        r"(?:come|came)\s+(?:back\s+)?home|went\s+back\s+(?:home|to)|to\s+(?:come|go)\s+back\b)\b"
        # "some have returned to the bush": back to the fight, not home
        r"(?!\s+to\s+(?:the\s+)?(?:bush|battlefield|battle|front|fight|fighting|arms|militancy|violence|jihad|"
        r"group|their\s+old))",
        re.IGNORECASE,
    ),
    ("return", "back", "home", "repatriated"),
)
_QUOTED = re.compile(r"[“\"]([^”\"]{3,200})[”\"]")


def _without_titles(clause: str) -> str:
    """The clause with quoted titles blanked: a report called "... the Threat of Returnees" does not
    make the figures beside it returnees."""
    if "“" not in clause and '"' not in clause:
        return clause
    return _QUOTED.sub(lambda m: " " * len(m.group(0)) if _is_title_case(m.group(1)) else m.group(0), clause)


def _is_title_case(words: str) -> bool:
    long_words = [w for w in words.split() if len(w) > 3]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


_FOREIGN_CUE = gated_words_regex(
    [
        "went",
        "gone",
        "left",
        "flocked",
        "headed",
        "flown",
        "flew",
        "influx",
        "flow",
        "came from",
        "been sent",
        "were sent to",
        "transported from",
        "brought from",
        "brought in from",
        "transferred from",
        "flown in from",
        "coming from",
        "from abroad",
        "abroad",
        "overseas",
        "crossed",
        "international legion",
        "take back",
        "from the country",
        "from this country",
        # people who reach a conflict zone came to it; a country contributes fighters to another's war
        "reached the conflict zone",
        "reached conflict zones",
        "to the conflict zone",
        "to conflict zones",
        "contributed",
        "made the journey",
        "make the journey",
        "countries of origin",
        "country of origin",
        "source of",
        "contributor",
        "has sent",
        "have sent",
        "had sent",
        "drew",
        "attracted",
        "lured",
        "other nationalities",
        "countries other than",
        "made the trip",
        "made that trip",
        "other countries",
        "third countries",
        "private military",
        "departures",
        "wagner",
        "slipped out",
        "from the countries",
        "from countries",
        "of its nationals",
        "of their nationals",
        "country's nationals",
        "country’s nationals",
    ],
    ["foreign", "mercenar", "volunteer", "travel", "repatriat"],
)
_REMAINING_AFTER_LEFT = re.compile(
    r"\s+(?:in|behind|over|alive|standing|holding|inside|there|across|on)\b|\s*(?:[,.;]|$)"
)


_ATTACKS_BEFORE = re.compile(
    r"\b(?:attacks?|operations?|plots?|strikes?|targets?|interests?)\s+$", re.IGNORECASE
)
_ON_SAYING = re.compile(r"\s+on\b(?!\s+to\s+(?:fight|join|Syria|Iraq))")


def _foreign_cue(phrase: str) -> bool:
    """A word saying the counted came from elsewhere; "left" counts as "departed", not "remaining"."""
    if not _FOREIGN_CUE.may_match(phrase):
        return False
    for m in _FOREIGN_CUE.pattern.finditer(phrase):
        word = m.group(0).lower()
        if word == "left" and _REMAINING_AFTER_LEFT.match(phrase, m.end()):
            continue  # "300 fighters left in the Old City"
        if word in {"went", "gone"} and _ON_SAYING.match(phrase, m.end()):
            continue  # "she went on": a speaker going on to say more
        if word == "abroad" and _ATTACKS_BEFORE.search(phrase, 0, m.start()):
            continue  # "capable of attacks abroad": where it strikes, not where its men came from
        return True
    return False


_FOREIGN_WORD = re.compile(r"\b(?:[Ff]oreign|FTFs?|[Mm]ercenar|[Mm]ilitary contractors)")
_FROM_CAPITALIZED = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-eastern|north-western|"
    r"south-eastern|south-western|neighbouring|neighboring)\s+)?[A-Z]"
)
# "5,000 citizens of the Commonwealth of Independent States are fighting": people of a named elsewhere
# "an estimated 3,500 are neither Syrian nor Iraqi", "half of them are not Iraqi": not of the country
_NOT_OF_THE_COUNTRY = re.compile(
    r"\s+(?:of\s+(?:whom|them)\s+)?(?:are|were)\s+(?:neither|not)\s+(?:[A-Z][\w-]+)(?:\s+nor\s+[A-Z][\w-]+)?\b"
)
_CITIZENS_OF = re.compile(
    r"\s+(?:citizens|nationals|natives)\s+of\s+(?:(?:his|her|their|its|our)\s+country\b|(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z])"
)
# gated: searched for every accepted figure, and almost no sentence says "foreign" after it
_INCLUDING_FOREIGNERS = KeywordGate(
    re.compile(
        r",?\s+(?:including|among\s+them)\s+(?:[\w,-]+\s+){0,4}?(?:foreigners|foreign\s+(?:terrorist\s+)?"
        r"(?:fighters|militants|jihadists|nationals))\b",
        re.IGNORECASE,
    ),
    ["foreign"],
)
_INCLUDING = re.compile(r",?\s+(?:including|among\s+them|mostly|mainly)\s+")


def _lists_nationalities(text: str, start: int, end: int) -> bool:
    """'..., including Chechens, Uzbeks and Turks': two or more peoples named right after the figure."""
    including = _INCLUDING.search(text, start, min(end, start + 40))
    if not including:
        return False
    named = find_places(text, including.end(), min(end, including.end() + 60))
    return sum(p.is_demonym for p in named) >= 2


_THE_FIGHTERS_BEFORE = re.compile(
    r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:recruits|fighters|militants|jihadists|jihadis|volunteers)\b",
    re.IGNORECASE,
)
_SUCH_FIGHTERS = re.compile(r"\bsuch\b", re.IGNORECASE)
# "The militia now has roughly 7,000 fighters", "the group's strength at 5,000": an armed body's own size
_STRENGTH_BEFORE = re.compile(
    r"\bstrength\s+of\s+[^.;]{2,60}?\s+at\s+$|\b(?:strength|force)\s+at\s+$|"
    r"\b(?:militants|insurgents|fighters)\s+(?:had\s+)?(?:numbered|number)\s+$|"
    r"\b(?:group|militia|movement|organi[sz]ation|faction|affiliate|branch|insurgency|network|army|rebels"
    r"|wing|province|cell|unit|force|forces)(?:['’]s)?\s+(?:\w+\s+){0,4}?(?:has|had|have|fields?|fielded|musters?|mustered"
    r"|numbers?|numbered|counts?|counted|retains?|retained|commands?|commanded|boasts?|strength|"
    r"(?:\w+\s+){0,3}to\s+number)\b|\bstrength\b|"
    # "whose commanders say they can field around 70,000 fighters"
    r"\b(?:can|could|able\s+to)\s+(?:still\s+)?(?:field|muster|mobili[sz]e)\b",
    re.IGNORECASE,
)
