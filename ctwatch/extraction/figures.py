"""Figure claims: which numbers count fighters, and what the sentence says about them
(subject, origin, number of countries of origin, location, group)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .groups import find_groups, join_groups
from .numbers import Figure, find_figures, is_bare_word
from .places import PlaceMention, find_places, place_name
from .regex import KeywordGate, gated_words_regex, words_regex
from .tables import may_be_table, table_cells

FIGHTER_NOUNS = {
    "gunmen",
    "attackers",
    "loyalists",
    "fighters",
    "fighter",
    "militants",
    "jihadists",
    "jihadis",
    "combatants",
    "mercenaries",
    "terrorists",
    "extremists",
    "recruits",
    "insurgents",
    "ftfs",
    "ftf",
    "volunteers",
    "operatives",
    "jihadi",
    "guerrillas",
    "militiamen",
}
# Nouns that count people: fighters only when the sentence says they went to fight, fought or returned.
PERSON_NOUNS = {
    "people",
    "individuals",
    "persons",
    "nationals",
    "citizens",
    "men",
    "youths",
    "muslims",
    "others",
    "supporters",
    "foreigners",
    "returnees",
    "members",
    "adherents",
    "recruits",
    "nationalities",
    "suspects",
    "converts",
    "islamists",
    "natives",
    "returns",
    "contractors",
    "adults",
    "travellers",
    "travelers",
    "affiliates",
    "males",
}
NON_FIGHTER_NOUNS = {
    "women",
    "wives",
    "minors",
    "widows",
    "countries",
    "country",
    "nations",
    "states",
    "experts",
    "ministers",
    "troops",
    "soldiers",
    "police",
    "policemen",
    "officers",
    "civilians",
    "refugees",
    "children",
    "families",
    "family",
    "dependants",
    "dependents",
    "deaths",
    "casualties",
    "victims",
    "dollars",
    "euros",
    "pounds",
    "percent",
    "per",
    "years",
    "months",
    "days",
    "weeks",
    "hours",
    "times",
    "attacks",
    "cases",
    "meetings",
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "hostages",
    "advisers",
    "advisors",
    "instructors",
    "trainers",
    "diplomats",
    "camps",
    "cells",
    "groups",
    "organizations",
    "organisations",
    "resolutions",
    "notices",
    "delegates",
    "participants",
    "flights",
    "passports",
    "tons",
    "tonnes",
    "weapons",
    "rounds",
    "votes",
    "pages",
    "words",
    "seats",
    "beds",
    "homes",
    "houses",
    "manats",
    "rubles",
    "roubles",
    "yuan",
    "rupees",
    "agencies",
    "languages",
    "provinces",
    "cities",
    "villages",
    "sites",
    "articles",
    "reports",
    "arrests",
    "prosecutions",
    "convictions",
    "investigations",
    "plots",
    "posts",
    "accounts",
    "videos",
    "members-states",
    "agents",
    "staff",
    "workers",
    "employees",
    "journalists",
    "doctors",
    "teachers",
    "migrants",
    "asylum",
    "prisons",
    "detainees",
    "million",
    "billion",
    "year-olds",
    "strong",
    "minutes",
    "deployments",
    "vehicles",
    "aircraft",
    "planes",
    "jets",
    "tanks",
    "cents",
    "barrels",
    "hectares",
    "followers",
    "subscribers",
    "residents",
    "inhabitants",
    "voters",
    "students",
    "girls",
    "boys",
    "babies",
    "orphans",
    "infants",
    "mothers",
}
_PLURAL_DEMONYM_HINT = re.compile(r"^[A-Z][a-z]+(?:ans|ians|ese|ers|ns|is|s)$")
_MODIFIERS = {
    "foreign",
    "terrorist",
    "terror",
    "battle-hardened",
    "suspected",
    "battle-ready",
    "armed",
    "jihadist",
    "jihadi",
    "islamist",
    "islamic",
    "militant",
    "more",
    "other",
    "such",
    "active",
    "former",
    "young",
    "new",
    "additional",
    "male",
    "female",
    "hardcore",
    "potential",
    "would-be",
    "so-called",
    "total",
    "known",
    "estimated",
    "registered",
    "western",
    "radical",
    "radicalized",
    "radicalised",
    "extremist",
    "returning",
    "returned",
    "european",
    "hard-core",
    "seasoned",
    "experienced",
    "trained",
    "well-trained",
    "state",
    "alleged",
    "confirmed",
    "identified",
    "dangerous",
    "violent",
    "local",
    "regional",
    "international",
    "isis",
    "isil",
    "daesh",
    "is",
    "al-qaeda",
    "al-qaida",
    "sunni",
    "shia",
    "shiite",
    "muslim",
    "so",
    "their",
    "its",
    "his",
    "her",
    "the",
    "of",
    "our",
    "all",
    "those",
    "committed",
    "core",
    "hardline",
}
_NOUNLESS_NEXT = {
    "fought",
    "fight",
    "came",
    "come",
    "crossed",
    "moved",
    "relocated",
    "surrendered",
    "stayed",
    "lived",
    "died",
    "have",
    "has",
    "had",
    "are",
    "were",
    "is",
    "was",
    "could",
    "may",
    "might",
    "will",
    "would",
    "who",
    "which",
    "that",
    "in",
    "from",
    "to",
    "at",
    "on",
    "and",
    "or",
    "with",
    "now",
    "earlier",
    "late",
    "respectively",
    "across",
    "throughout",
    "worldwide",
    "altogether",
    "combined",
    "as",
    "already",
    "currently",
    "remain",
    "remained",
    "still",
    "went",
    "left",
    "joined",
    "returned",
    "return",
    "travelled",
    "traveled",
    "given",
    "by",
    "since",
    "last",
    "this",
    "before",
    "after",
    "including",
    "among",
    "inside",
    "outside",
    "abroad",
    "overseas",
    "there",
    "here",
    "back",
    "more",
    "fighting",
    "operating",
    "of",
    "reportedly",
    "believed",
    "thought",
    "so",
    "but",
    "while",
    "then",
    "being",
    "be",
    "until",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "several",
    "a",
}
_RATE = re.compile(
    r"^\s*(?:a|per|each|every)\s+(?:day|week|month|year|fortnight)\b(?!\s+(?:earlier|ago|before|later|after))|^\s*(?:monthly|weekly|daily"
    r"|annually|yearly)\b",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"^\s*(?:%|per\s*cent|percent|pc\b)", re.IGNORECASE)
_DEATH = gated_words_regex(
    [
        "killed",
        "died",
        "dead",
        "death",
        "deaths",
        "wounded",
        "injured",
        "casualties",
        "perished",
        "slain",
        "executed",
        "blew themselves up",
        "martyred",
        "lost their lives",
    ]
)
# People of one nationality who are, remain or are believed to be in a country at war are counted as
# fighters there ("fewer than 600 Belgians are still in Syria"), as SCHEMA's "are present" says.
_CONFLICT_COUNTRIES = frozenset(
    "Syria Iraq Libya Afghanistan Yemen Somalia Mali Ukraine".split()
)  # fmt: skip
_PRESENT_IN = re.compile(
    r"\b(?:are|were|is|was|remain(?:s|ed)?|stay(?:s|ed)?|(?:may|might|could|must)\s+(?:still\s+|now\s+)?be)\s+"
    r"(?:(?:still|now|currently|thought|believed|estimated|said|reported|understood|present|held|detained|"
    r"imprisoned|jailed|sitting|locked\s+up)\s+(?:to\s+be\s+)?){0,3}"
    r"(?:in|inside)\s+(?:(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|"
    r"south-western|northeast|northwest|southeast|southwest|central)\s+)?",
    re.IGNORECASE,
)
# "22 Indonesians were believed to be among them": nationals among fighters just named
_AMONG_THEM = re.compile(
    r"\s+(?:are|were|was|is)\s+(?:(?:also|still|now|thought|believed|reported|said)\s+(?:to\s+be\s+)?){0,2}"
    r"among\s+(?:them|those|the\s+(?:fighters|militants|recruits|dead|detainees))\b",
    re.IGNORECASE,
)


def _present_in_conflict(text: str, head_end: int, end: int, origin: str | None) -> bool:
    """The counted people are in a country at war that is not their own."""
    at = head_end + (len(text[head_end:end]) - len(text[head_end:end].lstrip()))
    if text.startswith("who ", at):
        at += 4
    m = _PRESENT_IN.match(text, at, end)
    if not m:
        return False
    places = [p for p in find_places(text, m.end(), min(end, m.end() + 40)) if not p.is_demonym]
    return bool(places) and places[0].name in _CONFLICT_COUNTRIES and places[0].name != origin


_BARE_RETURNED = re.compile(
    r",?\s+(?:(?:have|has|had)\s+(?:since\s+|already\s+)?(?:returned|come back|come home|been repatriated)"
    r"|came back|came home|returned|(?:are|were)\s+(?:now\s+|already\s+)?back"
    r"|who(?:['’]ve|\s+have|\s+had)?\s+(?:returned|come back|come home))\b"
)
_RETURN_VERB_AFTER = re.compile(r"\s+(?:return|returned|come back|came back|come home|came home)\b")
_AMONG_THE_RETURNED = re.compile(
    r"\s*Among\s+(?:those|the\s+people|the\s+\w+)\s+(?:who\s+(?:have\s+|had\s+)?)?"
    r"(?:returned|repatriated|brought\s+(?:back|home)|flown\s+home)\b",
    re.IGNORECASE,
)


# gated: searched for every accepted figure, and almost no sentence says "foreign" after it
_INCLUDING_FOREIGNERS = KeywordGate(
    re.compile(
        r",?\s+(?:including|among\s+them)\s+(?:[\w,-]+\s+){0,4}?(?:foreigners|foreign\s+(?:terrorist\s+)?"
        r"(?:fighters|militants|jihadists))\b",
        re.IGNORECASE,
    ),
    ["foreign"],
)
_DEAD_PUT_AT = re.compile(r"\b(?:killed|dead|died|deaths)\b[^.;,]{0,50}\bat\s+$", re.IGNORECASE)
_MORE_OF_THE_SAME = re.compile(r"more\b(?!\s+than)")
_REMAINING_AFTER_LEFT = re.compile(
    r"\s+(?:in|behind|over|alive|standing|holding|inside|there|across|on)\b|\s*(?:[,.;]|$)"
)


def _foreign_cue(phrase: str) -> bool:
    """A word saying the counted came from elsewhere; "left" counts as "departed", not "remaining"."""
    if not _FOREIGN_CUE.may_match(phrase):
        return False
    for m in _FOREIGN_CUE.pattern.finditer(phrase):
        if m.group(0).lower() == "left" and _REMAINING_AFTER_LEFT.match(phrase, m.end()):
            continue  # "300 fighters left in the Old City"
        return True
    return False


_INCLUDING = re.compile(r",?\s+(?:including|among\s+them|mostly|mainly)\s+")


def _lists_nationalities(text: str, start: int, end: int) -> bool:
    """'..., including Chechens, Uzbeks and Turks': two or more peoples named right after the figure."""
    including = _INCLUDING.search(text, start, min(end, start + 40))
    if not including:
        return False
    named = find_places(text, including.end(), min(end, including.end() + 60))
    return sum(p.is_demonym for p in named) >= 2


def _nationals_in_a_war(text: str, start: int, end: int) -> bool:
    """'the number of Indonesians in Syria': people named by nationality, in a country at war."""
    places = find_places(text, start, end)
    return (
        len(places) >= 2
        and places[0].is_demonym
        and places[0].start == start
        and any(p.name in _CONFLICT_COUNTRIES and not p.is_demonym for p in places[1:])
    )


_FIGHT_CONTEXT = words_regex(
    [
        "fought",
        "went",
        "gone",
        "left",
        "leave",
        "leaving",
        "flocked",
        "headed",
        "flown",
        "flew",
        "back in",
        "back to",
        "back home",
        "come back",
        "come home",
        "came home",
        "gone home",
        "came back",
        "coming back",
        "detained",
        "captured",
        "held",
        "war zone",
        "war zones",
        "conflict zone",
        "conflict zones",
        "hotbeds",
        "hotspots",
        "training camp",
        "training camps",
        "foreign fighters",
        "presence",
        "ranks",
        "sign up",
        "signed up",
        "made the journey",
        "make the journey",
        "under arms",
        "private military",
        "made the trip",
        "made that trip",
        "way back",
        "crossed into",
        "crossed the border",
        "with the group",
        "with the militants",
        "has sent",
        "have sent",
        "had sent",
        "drew",
        "attracted",
        "lured",
        "defected",
        "serve with",
        "serving with",
        "served with",
        "armed group",
        "armed groups",
        "radicalised",
        "radicalized",
        "isis",
        "isil",
        "daesh",
        "islamic state",
        "caliphate",
        "terrorist group",
        "terrorist groups",
        "terror group",
        "terror groups",
        "terrorist organization",
        "terrorist organizations",
        "terrorist organisations",
        "terror-related",
        "terrorism-related",
        "terrorist-related",
        "terrorist activities",
        "terrorist ranks",
    ],
    [
        "fight",
        "combat",
        "battle",
        "join",
        "travel",
        "volunteer",
        "return",
        "engaged with terror",
        "operat",
        "repatriat",
        "surrender",
        "jihad",
        "militan",
        "enlist",
        "recruit",
        "al-qa",
    ],
)
# KeywordGate: a pattern searched only where one of its key words occurs (see regex.KeywordGate).
_RETURN_CUE = KeywordGate(
    re.compile(
        r"\b(?:(?:have|has|had|['’]ve)\s+(?:since\s+|already\s+|now\s+|also\s+)?"
        r"(?:returned|come back|gone back|come home|gone home|been repatriated)|"
        r"(?:seen|saw)\s+\S+\s+(?:of its\s+\w+\s+)?return|"
        r"are\s+(?:now\s+|already\s+)?back|(?:living|now)\s+back\s+in|returnees?|"
        r"of (?:its|their) (?:own )?(?:nationals|citizens) (?:return|come back|come home)|"
        r"(?:on|upon|after|following) (?:their|his|her) return|"
        r"those\s+(?:who\s+(?:have\s+|had\s+)?)?returned|(?:those|people|men|citizens|nationals)\s+returned\s+from|"
        r"who\s+(?:have\s+|had\s+)?returned\s+from|"
        r"returned\s+(?:home|to)|brought\s+(?:back|home)|came back|were repatriated|have been repatriated|"
        r"repatriated|(?:are|were) returning|have come home|"
        r"returning\s+(?:foreign\s+)?(?:fighters|jihadists|militants)|made\s+(?:their|his|her|it)\s+(?:way\s+)?back|"
        r"found\s+(?:their|his|her)\s+way\s+back|gone\s+(?:back\s+)?home|gone\s+back\s+to|"
        r"(?:come|came)\s+(?:back\s+)?home)\b",
        re.IGNORECASE,
    ),
    ("return", "back", "home", "repatriated"),
)
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
    ],
    ["foreign", "mercenar", "volunteer", "travel", "repatriat"],
)
# gated: searched for every accepted figure, and few segments name countries, nations or states
_ORIGIN_COUNTRIES = KeywordGate(
    re.compile(
        r"\bfrom\s+(?:(?:some|about|around|over|more than|at least|nearly|almost|up to|as many as|"
        r"roughly)\s+)?"
        r"(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+(?:different\s+|other\s+|foreign\s+)?(?:UN\s+)?(?:member\s+)?"
        r"(?:countries|nations|states|nationalities)\b"
        r"|\b(?P<n2>\d+)\s+nationalities\b",
        re.IGNORECASE,
    ),
    ["countries", "nations", "states", "nationalities"],
)
_WORD_COUNTS = {
    "ten": 10,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
}
_NOT_LOCATION_BEFORE = re.compile(
    r"(?:\b[Ff]rom|\bback (?:in|to)|\breturn(?:ed|ing)? (?:home )?to|\bgovernments? of|\bnot mentioning|"
    r"\bwithout mentioning|\bexcluding|\bcitizens of|\bnationals of|\bleft|\bleaving|\bhome countries|"
    r"\bthan|\bnative|\bto their (?:home)?lands? in|\bnot (?:just |only )?(?:talking about|"
    r"counting|including)|"
    r"\bthose from\b[^.;]*|\bcountries such as|\bnations such as|\b(?:provided|given|presented|issued|made|"
    r"released|published) by)"
    r"\s*(?:the\s+)?(?:(?:the\s+|former\s+)?(?:[A-Z][\w-]*|unfortunately|also|even),?\s+(?:and\s+|or\s+)?){0,8}(?:the\s+)?$"
)
_NOT_LOCATION_AFTER = re.compile(
    r"^(?:[’']s)?\s+(?:[A-Z]\w+|officials?|authorities|government|forces|troops|president|minister|"
    r"intelligence|security|army|military|police|spy|embassy|envoy|ambassador|delegation|state news|"
    r"diplomats?|prime|foreign|defen[cs]e|interior|justice|counter-terrorism|special|national|federal|"
    r"spokes\w+|representative|permanent|mission|has\s+(?:previously\s+|also\s+)?(?:warned|said|estimated)|"
    r"general|generals|commander|commanders|diplomats?|envoy|lawmakers?|military|navy|air force|"
    r"has repatriated|repatriated|has brought back|"
    r"says|said|warned|estimates|claims)\b"
)
_BREAKDOWN_START = re.compile(
    r"^\W*(?:Of (?:these|them|those|whom|this number|the total)|Among (?:them|these|those)|"
    r"These include|They include|This includes|Including)\b",
    re.IGNORECASE,
)
_SUBSET_BEFORE = re.compile(
    r"\b(?:including|of whom|among them|of them|of these)\s+(?:some\s+|about\s+|around\s+)?$", re.IGNORECASE
)
_BACK_REFERENCE = re.compile(r"\b(?:the|these|those|its|their)\s+$", re.IGNORECASE)
_NUMBER_WORDS = gated_words_regex(["number", "figure", "total", "estimate", "tally", "count"])
_RATE_IN_PHRASE = KeywordGate(
    re.compile(
        r"\b(?:a|per|each|every)\s+(?:day|week|month|year)\b(?!\s+(?:earlier|ago|before|later|after))|\bmonthly\b|"
        r"\bweekly\b",
        re.IGNORECASE,
    ),
    ("day", "week", "month", "year"),
)
_FLOW_IN_PHRASE = re.compile(r"\bflowing\b", re.IGNORECASE)
_DOCUMENT_NUMBER = re.compile(
    r"\b(?:resolutions?|No\.|(?:the|a|serial|phone|reference|case|registration)\s+number|document|article|paragraph|page|chapter|section|"
    r"S/RES/|decree|law|code|room|flight|version|(?-i:Report))\s*$",
    re.IGNORECASE,
)
_FIGHTER_WORD = gated_words_regex(
    [
        "fighters",
        "militants",
        "jihadists",
        "jihadis",
        "combatants",
        "mercenaries",
        "terrorists",
        "extremists",
        "recruits",
        "insurgents",
        "ftf",
        "ftfs",
        "volunteers",
        "foreigners",
        "returnees",
        "military contractors",
    ]
)
_REPATRIATED_BY = KeywordGate(
    re.compile(
        r"\b([A-Z][\w-]+)\s+(?:has|have|had)\s+(?:so far\s+|now\s+|already\s+)?(?:repatriated|brought back|"
        r"taken back)\s+(?:(?:some|about|around|nearly|almost|over|more than|at least|up to|roughly)\s+)?$"
    ),
    ("repatriated", "brought back", "taken back"),
)
_FOREIGN_WORD = re.compile(r"\b(?:[Ff]oreign|FTFs?|[Mm]ercenar|[Mm]ilitary contractors)")
_CITIZENS_OF = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:citizens|nationals|residents|natives)\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)
_ARE_DEMONYMS = re.compile(
    r"\s+(?:of\s+(?:them|those|whom)\s+(?:(?:are|were)\s+)?|(?:are|were)\s+)([A-Z][a-z]+s)\b"
)
_OF_ITS_NATIONALS = re.compile(
    r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:nationals|citizens|residents|people)\b"
)
_RELATIVE_CLAUSE = re.compile(
    r",\s*(?:who|which|whose|whom|where)\b[^,;]*,|,\s+(?!and\b|but\b|while\b|the\b)[^,;]{1,70},(?!\d)"
)
_PARTITIVE_BEFORE = re.compile(r"\bof\s+the\s+$", re.IGNORECASE)
_POPULATION_BEFORE = KeywordGate(
    re.compile(
        r"\b(?:country|nation|city|town|region|population|state|province) of\s+"
        r"(?:(?:about|some|around|barely|just|only|nearly|almost|roughly|over|more than|fewer than|less than|"
        r"under)\s+)?$"
        r"|\b(?:interviews?|conversations?|talks|surveys?|polls?|questionnaires?)\s+(?:with|of|among)\s+$"
        r"|\b(?:army|armed forces|police force|security forces)\s+of\s+(?:about\s+|some\s+|around\s+)?$"
        r"|\bpopulations?\s+(?:is|was|are|were|stands\s+at|stood\s+at|numbers|totals|of\s+just)\s+$"
    ),
    ("of", "with", "among", "population"),
)
_KILLED_BEFORE = KeywordGate(
    re.compile(
        r"\bexecution\s+of\s+$|"
        r"\b(?:killed|killing|dead|died)[\s,]+(?:[\w,]+\s+){0,3}?(?:including|among\s+them)\s+$|"
        r"\b(?:killed|killing|kills|lost|losing|eliminated|neutrali[sz]ed|wiped out|executed|prevented|"
        r"stopped|barred|blocked|intercepted|dissuaded|"
        r"captured or killed|arrested|charged|indicted|investigating|investigated)\s+[\"“]?"
        r"(?:(?:some|about|around|nearly|almost|over|more than|at least|up to|as many as|an estimated|"
        r"roughly|a little over)\s+)?$",
        re.IGNORECASE,
    ),
    (
        "kill",
        "execution",
        "dead",
        "died",
        "lost",
        "losing",
        "eliminated",
        "neutrali",
        "wiped out",
        "executed",
        "prevented",
        "stopped",
        "barred",
        "blocked",
        "intercepted",
        "dissuaded",
        "arrested",
        "charged",
        "indicted",
        "investigat",
    ),
)
# People counted for something other than fighting: arrested or charged at home, investigated,
# stopped before leaving, evacuated.
_NOT_FIGHTING_PREDICATE = re.compile(
    r"\b(?:(?:have|has|had)\s+been|are|were|was|is|being|been)\s+(?:being\s+|also\s+|since\s+|now\s+|still\s+)?"
    r"(?:arrested|charged|indicted|investigated|stopped|prevented|barred|evacuated|questioned|monitored|"
    r"under investigation|under surveillance|listed|registered|employed|displaced)\b"
    # "2.7 million Central Asians work in Russia": migrants, not fighters
    r"|\b(?:work|works|worked|working|live|lives|lived|living|reside|resides|resided)\s+(?:in|abroad)\b"
    r"|\b(?:actively\s+)?supporting\b|\b(?:demonstrated|protested|rallied|marched)\b"
    r"|\bfrom\s+their\s+homes\b|\b(?:fled|displaced)\b"
)
# A count that is mostly family members: "more than 500 nationals, most of them children"
_MOSTLY_FAMILIES = KeywordGate(
    re.compile(
        r"[^.;]{0,80}?\band\s+their\s+(?:dependants|dependents|families|relatives|wives|children)\b|"
        r"[^.;]{0,80}?\b(?:the\s+)?(?:majority|most|bulk|mostly|overwhelmingly|predominantly|largely|many)\b"
        r"(?:\s+of\s+(?:them|whom))?(?:\s+(?:were|are|being))?\s+(?:women|children|minors|wives)\b"
    ),
    ("their", "women", "children", "minors", "wives"),
)
_CAMP_BEFORE = re.compile(r"\b(?<!training )camps?\b(?!\s+(?:for|of)\s+(?:training|fighters))", re.IGNORECASE)
_RATIO_BEFORE = re.compile(r"\b(?:one|1)\s+(?:for|in|per|out\s+of)\s+(?:every\s+)?$", re.IGNORECASE)
_BODY_OF_STATES_BEFORE = re.compile(
    r"\b(?:coalition|alliance|council|union|committee|assembly|organi[sz]ation of|bloc|partnership|Interpol|"
    r"INTERPOL|NATO|ASEAN|OSCE)\b",
    re.IGNORECASE,
)
# "placed 12,800 individuals from 95 countries on its entry ban list": kept out, not fighters
_ON_A_LIST = re.compile(
    r"\b(?:ban|banned|watch|no-fly|entry|stop)\s*-?\s*lists?\b|\bentry bans?\b", re.IGNORECASE
)
_IN_A_WAR_AFTER = re.compile(rf"\s+in\s+(?:{'|'.join(sorted(_CONFLICT_COUNTRIES))})\b")
_REGULAR_FORCE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:force|forces|army|contingent|mission|troops|peacekeep\w*|police|coalition)\b",
    re.IGNORECASE,
)
_CIVILIANS_BEFORE = re.compile(
    r"\b(?:refugees|displaced|civilians|camp residents|migrants|inhabitants|troops|soldiers|peacekeepers)\b"
    r"[^.;]{0,70}$",
    re.IGNORECASE,
)
_REPATRIATION = re.compile(
    r"\b(?:repatriat\w*|brought\s+(?:back|home)|brings?\s+(?:back|home)|bringing\s+(?:back|home)|"
    r"flown\s+home|flew\s+home|evacuat\w*|returned\s+\d|has\s+now\s+returned)\b",
    re.IGNORECASE,
)
_FIGHTING_WORDS = re.compile(
    r"\b(?:fight\w*|fought|militants?|jihadists?|terrorists?|suspect\w*|members\s+of|joined|combatants?)\b",
    re.IGNORECASE,
)
_FAMILY_WORDS = re.compile(r"\b(?:women|children|families|wives|minors)\b", re.IGNORECASE)
_FROM_A_CAMP = re.compile(
    r"[^.;]{0,40}?\bfrom\s+(?:[\w’'-]+\s+){0,3}?(?:camps?|detention camps?)\b", re.IGNORECASE
)
_NOUNLESS_NOT_FIGHTERS = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?(?:were|are|was|of\s+them\s+(?:were|are))\s+(?:\w+\s+)?(?:minors|women|children|girls|boys|female|"
    r"under\s+(?:the\s+age|\d))"
)
_NUMBER_OF_NON_FIGHTERS = re.compile(
    r"\bnumber\s+of\s+(?:[\w.-]+\s+){0,2}?(?:women|children|minors|wives|widows|girls|boys|families|arrests|"
    r"cases|attacks|deaths|troops|soldiers|advisers|advisors|personnel|police|officers|refugees|civilians)\b[^.;]*$",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(
    r"\b(?:aged|ages|age|ages of|age of)\s+(?:between\s+|from\s+)?$"
    r"|\b(?:youngest|oldest|median age|average age|mean age)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# An earlier figure given for comparison: "up from about 90", "higher than the 1,623 given in 2017"
_EARLIER_FIGURE_BEFORE = KeywordGate(
    re.compile(
        r"\b(?:(?:up|down|rising|risen|rose|grown|increased|fallen|dropped)\s+from\s+(?:the\s+|a\s+)?|"
        r"(?:higher|lower|more|fewer|less|greater|smaller|larger|bigger)\s+than\s+the\s+|"
        r"compar(?:ed|es|e)\s+(?:with|to)\s+(?:the\s+|a\s+|an\s+)?(?:(?:range|estimate|figure|total)\s+of\s+)?|"
        r"(?:well\s+|far\s+|slightly\s+|just\s+)?(?:above|below)\s+the\s+|(?:previous|earlier|prior|former)\s+"
        r"(?:estimate|figure|count|tally|total)\s+of\s+)$",
        re.IGNORECASE,
    ),
    ("from", "than", "compar", "above", "below", "previous", "earlier", "prior", "former"),
)
# "put the figure at more than 5,500", "estimates their number at 1,200"
# every branch names the figure, number, count, strength or force (gated: see KeywordGate)
_FIGURE_PUT_AT = KeywordGate(
    re.compile(
        r"\b(?:put|puts|putting|placed|places|placing|estimated?|estimates|set|sets)\s+(?:the|their|its|this|that|"
        r"his|her)\s+(?:(?:overall|total|latest|new|official|fighting|core|own)\s+){0,2}(?:figure|number|total|tally|"
        r"count|strength|force)(?:\s+(?:of|for)\s+[^.;]{2,60}?)?\s+(?:at|as\s+high\s+as|as\s+low\s+as)\s+[\"“]?$"
        # "the government's own count stood at", "the figure we were citing was"
        r"|\b(?:figure|number|count|tally|total|estimate)\s+(?:[\w’']+\s+){0,4}?"
        r"(?:stood|stands|was|is|now\s+stands|had\s+reached|reached|could\s+be|may\s+be|might\s+be|would\s+be)"
        r"\s+(?:at\s+|as\s+high\s+as\s+|as\s+low\s+as\s+)?$"
        # "cited a figure as high as 150,000", "a core strength of around 2,000", "officials speak of 300"
        r"|\b(?:cited|gave|quoted|offered|used)\s+(?:a|the|its|their)\s+figure\s+"
        r"(?:of\s+|as\s+high\s+as\s+|as\s+low\s+as\s+)?$"
        r"|\b(?:core\s+|fighting\s+)?strength\s+of\s+$"
        r"|\b(?:figure|number|total|tally|count|strength|force)\s+(?:is|was|has\s+been|had\s+been)\s+(?:now\s+)?"
        r"(?:put|estimated|placed|assessed)\s+at\s+$"
        r"|\b(?:speak|speaks|spoke|talk|talks|talked)\s+of\s+$"
        r"|\b(?:higher|lower|new|separate|own|different|revised|larger|smaller)\s+(?:estimate|figure|count)\s+of\s+$"
        r"|\b(?:figure|number|count|tally|total)\s+(?:had\s+|has\s+)?(?:risen|rose|grown|grew|climbed|increased|"
        r"fallen|fell|dropped)\s+to\s+$",
        re.IGNORECASE,
    ),
    (
        "figure",
        "number",
        "total",
        "tally",
        "count",
        "strength",
        "estimate",
        "force",
        "speak",
        "spoke",
        "talk",
    ),
)
# "the largest number of people who have come back from Syria, at around 850"
_NUMBER_OF_AT = KeywordGate(
    re.compile(
        r"\b(?:number|count|tally|total)\s+of\s+([^.;]{3,200}?),?\s+(?:at|with|runs?\s+into|ran\s+into|reached|stands\s+at|stood\s+at|"
        r"totals|totalled|totaled|exceeds|exceeded|(?:has\s+|had\s+)?(?:risen|rose|grown|grew|climbed|increased|"
        r"fallen|fell|dropped)\s+to|(?:has\s+)?reached|is\s+now|was)\s+$",
        re.IGNORECASE,
    ),
    ("number", "count", "tally", "total"),
)
# An item of a list of countries with figures: "Tunisia (760)", "the United Kingdom (some 360)",
# "followed by Albania with about 140", "Maghreb: close to 8,000"
# (every branch ends with a bracket, 'with' or a colon: gated, see KeywordGate)
_PLACE_ITEM_BEFORE = KeywordGate(
    re.compile(
        r"(?:^|[,;(]\s*|\band\s+|\bby\s+|\bof\s+|\n)(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})"
        r"(?:\s*\(\s*|,?\s+with\s+|:\s*|\s+(?:tops|topped|leads|led|heads|headed)\s+(?:the\s+)?"
        r"(?:list|table|ranking)\b[^,;.]{0,40}?\s+with\s+|\s+(?:led|leads|came\s+first|came\s+next|followed)\s+with\s+"
        # "France accounts for the largest contingent with 1,910"
        r"|\s+(?:accounts?\s+for|provides?|provided|has|had)\s+(?:the\s+)?"
        r"(?:largest|biggest|second[- ]largest|most)\b[^,;.]{0,40}?\s+with\s+)$"
    ),
    ("(", "with", ":"),
)
_THE_FIGHTERS_BEFORE = re.compile(
    r"\b(?:the|these|those)\s+(?:[\w-]+\s+)?(?:recruits|fighters|militants|jihadists|jihadis|volunteers)\b",
    re.IGNORECASE,
)
# "Bosnia and Kosovo account for the largest groups, with some 320 and around 360 respectively"
# "The militia now has roughly 7,000 fighters", "the group's strength at 5,000": an armed body's own size
_STRENGTH_BEFORE = re.compile(
    r"\bstrength\s+of\s+[^.;]{2,60}?\s+at\s+$|\b(?:strength|force)\s+at\s+$|"
    r"\b(?:militants|insurgents|fighters)\s+(?:had\s+)?(?:numbered|number)\s+$|"
    r"\b(?:group|militia|movement|organi[sz]ation|faction|affiliate|branch|insurgency|network|army|rebels"
    r"|wing|province|cell|unit|force|forces)(?:['’]s)?\s+(?:\w+\s+){0,3}?(?:has|had|have|fields?|fielded|musters?|mustered"
    r"|numbers?|numbered|counts?|counted|retains?|retained|commands?|boasts?|strength|(?:\w+\s+){0,3}to\s+number)\b|\bstrength\b",
    re.IGNORECASE,
)
_RESPECTIVELY = re.compile(r"\b[Rr]espectively\b")
_SUCH_FIGHTERS = re.compile(r"\bsuch\b", re.IGNORECASE)
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w-]*\s+$")
_NUMBER_OF_PEOPLE = re.compile(
    r"\bnumber of (?:the\s+)?(?:[\w-]+\s+){0,2}?(\w+)\s+(?:fighters|jihadists|jihadis|militants|"
    r"extremists|terrorists|nationals|citizens|recruits)"
)
_THE_GROUP = re.compile(
    r"\b(?:the|this)\s+(?:group|organi[sz]ation|affiliate|militia|movement|faction|branch)\b", re.IGNORECASE
)
_HEAD_GAP_BREAKS = frozenset(".;:!?(),—–")
_HEAD_WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w’'%-]+|[%+]")  # "U.S." is one word
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_DASH_YEAR = re.compile(r"^\s*[-–]?\s*year")
_NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)")
_FROM_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?(?:Muslim\s+)?")
_FROM_NUMBER_AFTER = re.compile(r"^\s*(?:\w+\s+){0,2}?from\s+(?:over\s+|more than\s+|some\s+|about\s+)?\d")
_WITH_NATIONALITY = KeywordGate(
    re.compile(r"\bwith\s+(\w+)\s+(?:nationality|citizenship|passports?)\b"),
    ("nationality", "citizenship", "passport"),
)
_LEFT_PLACE_FOR = KeywordGate(
    re.compile(r"\bleft\s+(\w+(?:\s\w+)?)\s+(?:for|to)\b"),
    ("left",),
)
_NUMBER_FROM = KeywordGate(
    re.compile(r"\b(?:the\s+)?number\s+from\s+(\w+)"),
    ("number",),
)
_THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+)?$")
_OF_THEM_FROM = re.compile(
    r"\s+of\s+(?:them|those|whom|these)\s+(?:(?:are|were|came|come|originated?|hail(?:ed)?)\s+)?"
    r"(?:from\s+|in\s+)?(?:the\s+)?(?:[A-Z]|foreign|non-)"
)
_OF_THOSE = re.compile(r"\s+of\s+(?:those|them|whom|these)\b")
_OF_THOSE_OR_THE_NUMBER = re.compile(r"of\s+(?:(?:those|them|whom)\b|the\s+\d)")
_FROM_OR_IN = re.compile(r"(?:from|in)\b")
_VERB_OR_OF_WHICH = re.compile(r"(?:have|has|had|are|were|of which|of whom)\b")
_STOP_MARK = re.compile(r"[.!?]")
_VERB_OR_FROM = re.compile(r"(?:have|has|had|are|were)\b|from\b")
_OF_THE_TOTAL = re.compile(r"^(?:of|in)\s+(?:the\s+)?(?:total|population)")
_FROM_ARE_WERE = re.compile(r"\s*(?:from|are|were)\b")
_FROM_CAPITALIZED = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z]")
_ONLY_OF_THE = re.compile(r"\s+of\s+the\s+$")
_CLAUSE_BREAK = re.compile(r",(?!\d)|[;:(—–]|\s-\s")
_CLAUSE_OR_CONTRAST_BREAK = re.compile(r",\s*|;|—|\s[–-]\s|\swhile\s|\sbut\s|\swhereas\s")
_CONJUNCTION_CAPITALIZED = re.compile(r"(?:and\s+|or\s+)?(?:the\s+)?[A-Z]")
# r"[,;:(—–]|\s-\s|\bwhile\b|\bbut\b|\bsupported by\b", written so that every branch starts with a
# character class and the regex engine can skip ahead to a possible first character (a branch
# starting with \b is tried at every position); (?<!\w[wbs]) is the \b before the word. Tests check
# that both find the same breaks.
_PLAIN_CLAUSE_OR_SUPPORT_BREAK = r"[,;:(—–]|\s-\s|\bwhile\b|\bbut\b|\bsupported by\b"
_CLAUSE_OR_SUPPORT_BREAK = re.compile(
    r"[,;:(—–]|\s-\s|[wbs](?<!\w[wbs])(?:(?<=w)hile|(?<=b)ut|(?<=s)upported by)\b"
)
_CONTRAST_BREAK = re.compile(r"[,;]\s*(?:while|whereas|but|including)\b|;")
_TITLE_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]+)\s+(?:to|of|on|for)\s+(?:the\s+)?$")


@dataclass(slots=True)
class FigureClaim:
    """A figure accepted as counting fighters, before source and date are resolved."""

    figure: Figure
    sentence: tuple[int, int]
    subject: str
    origin: str | None
    origin_countries: int | None
    location: list[str]
    group: str | None
    rule: str
    region: tuple[int, int]
    notes: list[str] = field(default_factory=list)
    # The subject came from no word near the figure but from the default below; an earlier claim of the
    # same figure in the article knows better what it counts.
    subject_by_default: bool = False


def _head(text: str, figure: Figure, limit: int) -> tuple[str, str | None, int]:
    """Classify what the figure counts by the words after it:
    ('fighter'|'person'|'other'|'nounless'|'rate'|'percent', head word, end of the noun phrase)."""
    after = text[figure.end : limit]
    if _PERCENT.match(after):
        return "percent", None, figure.end
    if _RATE.match(after):
        return "rate", None, figure.end
    if _DASH_YEAR.match(after):
        return "other", "years", figure.end
    pos = figure.end
    words_seen = 0
    for m in _HEAD_WORD.finditer(text, figure.end, limit):
        if not _HEAD_GAP_BREAKS.isdisjoint(text[pos : m.start()]):
            break  # punctuation between the words: the noun phrase ended
        word = m.group(0)
        low = word.lower().strip("’'")
        pos = m.end()
        words_seen += 1
        if low in {"strong", "-strong"} and "-" in text[m.start() - 1 : m.start() + 1]:
            if _REGULAR_FORCE_AFTER.match(text, m.end()):
                return "other", "troops", m.end()  # "the 22,000-strong AMISOM force": an army's troops
            return "fighter", "strong", m.end()  # "1,200 to 1,500-strong": the force's size
        if low == "men" and text[max(figure.end, m.start() - 6) : m.start()].lower() == "armed ":
            return "fighter", "armed men", m.end()  # "about 500 armed men"
        if low in FIGHTER_NOUNS and not (
            low in {"foreign", "jihadi"} and _next_is_noun(text, m.end(), limit)
        ):
            return "fighter", low, m.end()
        if low in PERSON_NOUNS or (
            place_name(word)
            and _PLURAL_DEMONYM_HINT.match(word[:1].upper() + word[1:])
            and place_name(word) != word
            and not _next_is_noun(text, m.end(), limit)
        ):
            return "person", low, m.end()
        if low in NON_FIGHTER_NOUNS:
            return "other", low, m.end()
        if word[:1].isupper() and (two := _NEXT_WORD.match(text, m.end(), limit)):
            pair = f"{word} {two.group(1)}"
            named = find_places(pair)
            if (
                named
                and named[0].is_demonym
                and named[0].end == len(pair)
                and _PLURAL_DEMONYM_HINT.match(two.group(1))
            ):
                return "person", pair.lower(), two.end()  # "32 Sri Lankans", "40 New Zealanders"
        if (
            low == "and"
            and words_seen > 1
            and text[pos + 1 : pos + 2].isupper()
            and text[m.start() - 2 : m.start() - 1].isalpha()
            and _CAPITALIZED_BEFORE.search(text, figure.end, m.start())
        ):
            continue  # "130 Trinidad and Tobago nationals": one name
        if (
            low in {"and", "or"}
            and words_seen > 1
            and (nxt := _NEXT_WORD.match(text, m.end(), limit))
            and (nxt.group(1).lower() in _MODIFIERS or nxt.group(1).lower() in FIGHTER_NOUNS)
        ):
            continue  # "50,000 known and suspected foreign terrorist fighters"
        if low == "of":
            following = [w.strip(",.;:") for w in text[m.end() : m.end() + 12].lower().split()]
            if following and following[0] in {"them", "these", "those", "which", "whom", "whom,", "it"}:
                return "nounless", None, figure.end
            if len(following) > 1 and following[0] == "the" and following[1][:1].isdigit():
                return "nounless", None, figure.end  # "120 of the 300 Belgians": a part of a total
            continue
        if (
            words_seen == 1
            and low in {"more", "additional", "extra", "further"}
            and _next_is_word(text, m.end())
        ):
            continue  # "475 more military advisers", "200 more fighters": the noun follows
        if words_seen == 1 and (
            low in _NOUNLESS_NEXT or (low.endswith("ing") and not _next_is_noun(text, m.end(), limit))
        ):
            return "nounless", None, figure.end
        if low in _MODIFIERS or word[:1].isupper() or "-" in word or low.endswith("ed") or place_name(word):
            if words_seen > 5:
                break
            continue
        if low in _NOUNLESS_NEXT:
            return "nounless", None, figure.end
        return "other", low, m.end()
    return "nounless", None, figure.end


def _next_is_word(text: str, at: int) -> bool:
    """A noun or a modifier of one follows ("475 more military advisers"), not "287 more during ..."."""
    m = _NEXT_WORD.match(text, at)
    if not m:
        return False
    word = m.group(1).lower()
    return (
        word in _MODIFIERS
        or word in FIGHTER_NOUNS
        or word in PERSON_NOUNS
        or word in NON_FIGHTER_NOUNS
        or word in {"advisers", "advisors", "troops", "soldiers"}
        or m.group(1)[:1].isupper()
    )


def _next_is_noun(text: str, at: int, limit: int) -> bool:
    m = _NEXT_WORD.match(text[at:limit])
    return bool(m) and (m.group(1).lower() in FIGHTER_NOUNS | PERSON_NOUNS)


def _origin(text: str, region: tuple[int, int], figure: Figure, head_end: int) -> str | None:
    """Where the counted fighters come from, when the figure is limited to an origin."""
    m = _REPATRIATED_BY.search(text, max(0, figure.start - 80), figure.start)
    if m and place_name(m.group(1)):
        return place_name(m.group(1))  # "Kazakhstan has repatriated 600 citizens"
    # demonyms in the noun phrase: "1,700 Russian nationals", "700 Britons", "Dutch jihadists"
    for place in find_places(text, figure.end, head_end):
        if place.is_demonym or place.is_region or len(text[place.end : head_end].split()) == 1:
            return place.name  # "700 Britons", "Dutch jihadists", "30 Kosovo men"
    after = text[head_end : region[1]]
    m = _FROM_AFTER.match(after)
    if m and not _FROM_NUMBER_AFTER.match(after):
        places = find_places(text, head_end + m.end(), min(region[1], head_end + m.end() + 60))
        if places and places[0].start - (head_end + m.end()) <= 25:
            chosen = places[0]
            for place in places[1:]:
                if text[chosen.end : place.start].strip() == "":
                    chosen = place  # "former Soviet Central Asian countries": the nearest to the noun
            return chosen.name
    m = _CITIZENS_OF.match(text, figure.end, region[1])
    if m and place_name(m.group(1)):
        return place_name(m.group(1))  # "1,100 citizens of Tajikistan"
    m = _WITH_NATIONALITY.search(text[region[0] : region[1]])
    if m and place_name(m.group(1)):
        return place_name(m.group(1))
    m = _LEFT_PLACE_FOR.search(text[region[0] : region[1]])
    if m:
        places = find_places(m.group(1))
        if places:
            return places[0].name
    before = text[region[0] : figure.start]
    m = _NUMBER_OF_PEOPLE.search(before)
    if m and place_name(m.group(1)):
        return place_name(m.group(1))
    m = _NUMBER_FROM.search(before)
    if m and place_name(m.group(1)):
        return place_name(m.group(1))
    return None


def _origin_countries(text: str, start: int, end: int) -> int | None:
    m = _ORIGIN_COUNTRIES.search(text, start, end)
    if not m:
        return None
    raw = (m.group("n") or m.group("n2") or "").lower()
    if raw.isdigit():
        return int(raw)
    return _WORD_COUNTS.get(raw)


def _locations(
    text: str, start: int, end: int, origin: str | None, exclude: list[tuple[int, int]]
) -> list[str]:
    found: list[str] = []
    for place in find_places(text, start, end):
        if place.is_demonym or any(s <= place.start < e for s, e in exclude):
            continue
        if not _can_be_location(text, place):
            continue
        if place.name == origin:
            continue
        if place.name not in found:
            found.append(place.name)
    return found


# Whether each place of the last text (compared by identity) can be a location, by its span: the
# same places are asked about for every figure of a sentence and for the sentence and paragraph.
_last_location_checks: list[object] = [None, {}]


def _can_be_location(text: str, place: PlaceMention) -> bool:
    """The place is not an origin ("from Tunisia"), a speaker ("U.S. officials") or in a title."""
    if _last_location_checks[0] is not text:
        _last_location_checks[:] = [text, {}]
    checked: dict[tuple[int, int], bool] = _last_location_checks[1]  # type: ignore[assignment]
    span = (place.start, place.end)
    known = checked.get(span)
    if known is None:
        known = checked[span] = _check_location(text, place)
    return known


def _check_location(text: str, place: PlaceMention) -> bool:
    if _NOT_LOCATION_BEFORE.search(text[max(0, place.start - 80) : place.start]):
        return False
    if _NOT_LOCATION_AFTER.match(text[place.end : place.end + 30]):
        return False  # "U.S. officials", "Canada's spy agencies": a place naming who speaks
    # not in a title such as "Threat to Canada"
    title_word = _TITLE_WORD_BEFORE.search(text[max(0, place.start - 30) : place.start])
    return not title_word or bool(find_places(title_word.group(1)))


# Groups named in a range of the last text (compared by identity): a sentence's are asked for by
# each of its figures.
_last_groups: list[object] = [None, {}]


def _groups(text: str, start: int, end: int) -> tuple[list[str], list[tuple[int, int]]]:
    if _last_groups[0] is not text:
        _last_groups[:] = [text, {}]
    known: dict[tuple[int, int], tuple[list[str], list[tuple[int, int]]]] = _last_groups[1]  # type: ignore[assignment]
    found = known.get((start, end))
    if found is None:
        found = known[(start, end)] = _find_groups(text, start, end)
    return list(found[0]), list(found[1])  # copies: callers may change what they get


def _find_groups(text: str, start: int, end: int) -> tuple[list[str], list[tuple[int, int]]]:
    names, spans = [], []
    for mention in find_groups(text, start, end):
        spans.append((mention.start, mention.end))
        if _THAN_BEFORE.search(text[max(0, mention.start - 12) : mention.start]):
            continue  # "less potent than Al-Shabaab": a comparison, not who the figure counts
        names.append(mention.name)
    return names, spans


def claims_in_sentence(
    text: str,
    s_start: int,
    s_end: int,
    previous_claim: FigureClaim | None,
    previous_had_context: bool,
    previous_text: str = "",
    recent_group: str | None = None,
    last_claim: FigureClaim | None = None,
) -> list[FigureClaim]:
    """Every figure in the sentence that counts fighters, with its descriptive fields; `last_claim` is
    the last one found earlier in the article, however far back."""
    figures = [f for f in find_figures(text, s_start, s_end)]
    if not figures:
        return []
    if may_be_table(text, s_start, s_end):
        rows = table_row_claims(text, s_start, s_end, figures, last_claim)
        if rows is not None:
            return rows
    kinds = []
    earlier_words: list[re.Match[str] | None] = []
    for index, figure in enumerate(figures):
        limit = figures[index + 1].start if index + 1 < len(figures) else s_end
        kind = _head(text, figure, min(limit + 40, s_end))
        # "up from", "higher than the": read only where it is used below, for figures without a
        # fighter or people noun (the search is costly and most figures have one)
        earlier_word = (
            _EARLIER_FIGURE_BEFORE.search(text, max(s_start, figure.start - 40), figure.start)
            if kind[0] == "nounless" or (kind[0] == "other" and kind[1] not in NON_FIGHTER_NOUNS)
            else None
        )
        earlier_words.append(earlier_word)
        if kind[0] == "other" and kind[1] not in NON_FIGHTER_NOUNS and earlier_word:
            kind = ("nounless", None, figure.end)  # "higher than the 1,623 the ministry gave": no noun
        kinds.append(kind)
    # Figures counting something else ("from 100 countries", "40%") do not cut the sentence into
    # segments: only figures that may count fighters do.
    boundaries = [
        f for f, (kind, _, _) in zip(figures, kinds, strict=True) if kind in {"fighter", "person", "nounless"}
    ]
    if not boundaries:
        return []  # every figure counts something else: the sentence-wide tests below are not needed
    sentence = text[s_start:s_end]
    breakdown = bool(_BREAKDOWN_START.match(sentence))
    previous_mentions_fighters = bool(_FIGHTER_WORD.search(previous_text))
    mentions_number = bool(_NUMBER_WORDS.search(sentence))
    claims: list[FigureClaim] = []
    respective_places: list[str] = []
    respective_at = s_end
    # the literal test first: most sentences have no "respectively", and the pattern costs more
    respectively = _RESPECTIVELY.search(sentence) if "espectively" in sentence else None
    if respectively:
        respective_at = s_start + respectively.start()
        named = [p for p in find_places(text, s_start, figures[0].start) if not p.is_demonym]
        respective_places = list(dict.fromkeys(p.name for p in named))
    for index, figure in enumerate(figures):
        kind, head, head_end = kinds[index]
        if kind in {"percent", "rate", "other"}:
            continue
        if (
            kind == "nounless"
            and is_bare_word(figure)
            and (
                not (breakdown or _OF_THOSE.match(text[figure.end : figure.end + 12]))
                or _DEATH.search(text, figure.end, min(s_end, figure.end + 40))
            )
        ) and not (
            _BARE_RETURNED.match(text, figure.end, s_end) and (claims or previous_claim or last_claim)
        ):
            continue  # "seven" alone is too often something else; "seven men who returned" is not
        if kind != "fighter" and figure.value >= 1_000_000:
            continue  # "a population of around 1 million", "closer to 1.4 million" refugees
        if kind == "nounless" and _CIVILIANS_BEFORE.search(
            text, max(s_start, figure.start - 90), figure.start
        ):
            continue  # "550,000 Syrian refugees, around 120,000 of them in the camp"
        before_near = text[max(s_start, figure.start - 40) : figure.start]
        if figure.text.lower().startswith("under") and figure.value < 30:
            continue  # "children under 18": an age
        if _AGE_BEFORE.search(before_near):
            continue  # "young men aged 15 to 25"
        earlier = kind == "nounless" and earlier_words[index] is not None and figure.qualifier != "vague"
        put_at = kind in {"nounless", "person"} and bool(_FIGURE_PUT_AT.search(before_near))
        number_of = _NUMBER_OF_AT.search(text, s_start, figure.start) if kind == "nounless" else None
        if number_of and not (
            _FIGHT_CONTEXT.search(number_of.group(1))
            or _FIGHTER_WORD.search(number_of.group(1))
            or _nationals_in_a_war(text, number_of.start(1), number_of.end(1))
        ):
            number_of = None
        if number_of and _DEATH.search(number_of.group(1)):
            continue  # "the number of Tunisians killed in Syria at over 1,000": the dead
        if (put_at or kind == "nounless") and _DEAD_PUT_AT.search(
            text, max(s_start, figure.start - 80), figure.start
        ):
            continue  # "put the number of nationals killed in Syria at over 70"
        list_place = None
        if kind == "nounless" and respective_places:
            order = [
                f
                for f, k in zip(figures, kinds, strict=True)
                if k[0] == "nounless" and f.end <= respective_at
            ]
            if figure in order and len(order) == len(respective_places):
                list_place = respective_places[order.index(figure)]
        if kind in {"nounless", "person"} and list_place is None:
            if figure.start - s_start <= 60:
                # sliced, so that "^" in the pattern is the start of the sentence
                item = _PLACE_ITEM_BEFORE.search(text[s_start : figure.start])
            else:
                item = _PLACE_ITEM_BEFORE.search(text, figure.start - 60, figure.start)
            if item and place_name(item.group(1)):
                list_place = place_name(item.group(1))
        position = boundaries.index(figure)
        prev_end = boundaries[position - 1].end if position else s_start
        seg_end = boundaries[position + 1].start if position + 1 < len(boundaries) else s_end
        region = (figure.start, seg_end)
        clause_end = _clause_end(text, head_end, seg_end)
        before_text = text[s_start : figure.start]
        partitive_total = (
            _PARTITIVE_BEFORE.search(text, max(s_start, figure.start - 12), figure.start) is not None
        )
        if (
            _BACK_REFERENCE.search(text[max(s_start, figure.start - 8) : figure.start])
            and figure.qualifier in {"exact", "vague"}
            and not partitive_total
            and not earlier
        ):
            continue  # "the 60 people who have returned": a figure already given
        if _KILLED_BEFORE.search(text, max(s_start, figure.start - 40), figure.start):
            continue  # "air strikes killed more than 100 militants", "has lost 45,000 fighters"
        own_phrase = text[figure.end : clause_end].split(" and ")[0]
        if (
            _DEATH.search(text[figure.start : min(seg_end, head_end + 80)])
            or _RATE_IN_PHRASE.search(own_phrase)  # "1,000 fighters a month", not "... $100 million a year"
            or _FLOW_IN_PHRASE.search(text, figure.end, clause_end)
        ):
            continue
        if _DOCUMENT_NUMBER.search(text[max(s_start, figure.start - 14) : figure.start]):
            continue
        if _RATIO_BEFORE.search(text, max(s_start, figure.start - 20), figure.start):
            continue  # "one for every 7,000 people", "one in 1,700"
        if _POPULATION_BEFORE.search(text, max(s_start, figure.start - 30), figure.start):
            continue  # "a country of 11 million people"
        if kind == "person" and (
            (
                _MOSTLY_FAMILIES.may_match(text[head_end : min(s_end, head_end + 120)])
                and _MOSTLY_FAMILIES.pattern.match(text, head_end, min(s_end, head_end + 120))
            )
            or _CAMP_BEFORE.search(text, max(s_start, figure.start - 60), figure.start)
            or (
                head not in {"returnees", "recruits"}
                and (not_fighting := _NOT_FIGHTING_PREDICATE.search(_main_clause(text, head_end, seg_end)))
                and not _RETURN_CUE.search(text, head_end, head_end + not_fighting.start())
            )
        ):
            continue  # families brought home, camp residents, people arrested or investigated at home
        if head == "members" and _BODY_OF_STATES_BEFORE.search(
            text, max(s_start, figure.start - 80), figure.start
        ):
            continue  # "the Global Coalition, which now counted 83 members"
        if (
            kind == "nounless"
            and _CAMP_BEFORE.search(text, max(s_start, figure.start - 60), figure.start)
            and (_FAMILY_WORDS.search(text, max(s_start, figure.start - 120), figure.start))
        ):
            continue  # "... women and children ... live in the camps, including about 6,000 foreigners"
        if kind == "person" and _FROM_A_CAMP.match(text, head_end, s_end):
            continue  # "repatriated more than 6,000 Iraqis from Syria's al-Hol camp": camp residents
        if (
            kind == "person"
            and head in {"people", "citizens", "nationals", "individuals", "persons"}
            and _REPATRIATION.search(text, max(s_start, figure.start - 60), min(s_end, head_end + 60))
            and not _FIGHTING_WORDS.search(text, head_end, min(s_end, head_end + 80))
        ):
            continue  # "brought home 231 citizens from Syria": mostly families; the fighters among them count
        if kind == "nounless" and (
            _NOUNLESS_NOT_FIGHTERS.match(text, figure.end, s_end)
            or _NUMBER_OF_NON_FIGHTERS.search(text, max(s_start, figure.start - 100), figure.start)
        ):
            continue  # "up to 4,640 were minors", "the number of children at 391"
        context_in_sentence = bool(_FIGHTER_WORD.search(before_text))
        rule = ""
        if kind == "fighter":
            rule = "figure + fighter noun"
        elif kind == "person":
            noun_phrase = text[prev_end : min(s_end, head_end + 150)]
            if _FIGHT_CONTEXT.search(noun_phrase) or (breakdown and previous_claim):
                rule = "figure + people noun + fighting context"
            elif claims or context_in_sentence:
                rule = "figure + people noun in a breakdown of fighters"
            elif (nationality := _origin(text, (s_start, s_end), figure, head_end)) and _present_in_conflict(
                text, head_end, s_end, nationality
            ):
                rule = "figure + nationals present in a country at war"
            elif put_at and (previous_claim or previous_mentions_fighters or last_claim):
                rule = (
                    "figure put at a number of fighters named nearby"  # "the tally stands at 1,500 citizens"
                )
            elif head in {"citizens", "nationals"} and _IN_A_WAR_AFTER.match(text, head_end, s_end):
                rule = "figure + nationals present in a country at war"  # "700 of its citizens in Syria"
            elif (
                _origin_countries(text, figure.end, seg_end)
                and (
                    previous_mentions_fighters
                    or previous_claim is not None
                    or last_claim is not None
                    or _FIGHT_CONTEXT.search(previous_text)
                )
                and not _ON_A_LIST.search(text, figure.end, seg_end)
            ):
                rule = "figure + people from many countries"
            elif (
                _AMONG_THEM.match(text, head_end, s_end)
                and (previous_mentions_fighters or previous_claim is not None)
                and "them" in text[head_end : head_end + 60]
            ):
                rule = "figure + nationals among fighters named before"
            elif list_place and (previous_mentions_fighters or previous_claim is not None):
                rule = "figure for one country in a list"  # "Russia tops the list with 3,417 nationals"
            elif (
                (previous_mentions_fighters or previous_claim is not None)
                and head in {"men", "nationals", "citizens"}
                and any(p.is_demonym for p in find_places(text, figure.end, head_end))
            ):
                rule = "figure + nationals after fighters named in the previous sentence"
        elif kind == "nounless":
            follows = text[figure.end : figure.end + 20].lstrip()
            if context_in_sentence and (figure.value >= 10 or figure.qualifier != "exact"):
                rule = "figure after a fighter noun in the sentence"
            elif _MORE_OF_THE_SAME.match(follows) and (claims or previous_claim):
                rule = "figure + 'more' of those counted before"  # "and has captured 287 more"
            elif _BARE_RETURNED.match(text, figure.end, s_end) and (claims or previous_claim or last_claim):
                rule = "figure continuing the previous claim"  # "Nine have returned, he said."
            elif _OF_THOSE_OR_THE_NUMBER.match(follows) and (
                _FIGHT_CONTEXT.search(text[figure.end : s_end])
                or (previous_claim is not None and find_groups(text, figure.end, s_end))
            ):
                rule = "figure + 'of those who' fought, left or returned"
            elif _OF_THEM_FROM.match(text, figure.end, s_end) and (
                previous_claim or previous_mentions_fighters or claims
            ):
                rule = "figure + 'of them' from a country or region"
            elif claims and (_FROM_OR_IN.match(follows) or _SUBSET_BEFORE.search(before_text)):
                rule = "figure in a breakdown of the previous one"
            elif number_of:
                rule = "figure given as the number of fighters named before it"
            elif list_place and (claims or previous_claim or (respective_places and last_claim)):
                rule = "figure for one country in a list"
            elif (breakdown or mentions_number) and previous_had_context and previous_claim:
                rule = "figure continuing the previous claim"
            elif earlier and (claims or previous_claim or (mentions_number and last_claim)):
                rule = "an earlier figure for comparison"
            elif put_at and (
                claims
                or previous_claim
                or previous_mentions_fighters
                or _FIGHTER_WORD.search(sentence)
                or last_claim
            ):
                rule = "figure put at a number of fighters named nearby"
            elif (
                not claims
                and previous_mentions_fighters
                and previous_text.rstrip().endswith("?")
                and figure.value >= 10
            ):
                rule = "figure answering a question about fighters"
            elif (
                previous_mentions_fighters
                and figure.value >= 10
                and (_VERB_OR_OF_WHICH.match(follows) or _STOP_MARK.match(follows))
            ):
                rule = "figure after fighters named in the previous sentence"
            elif (
                previous_claim
                and previous_had_context
                and figure.value >= 10
                and (_VERB_OR_FROM.match(follows) or _STOP_MARK.match(follows))
            ):
                rule = "figure continuing the previous claim"
            if _OF_THE_TOTAL.match(follows):
                rule = ""
        if not rule:
            continue
        inherit = (
            previous_claim
            if rule
            in {
                "figure continuing the previous claim",
                "figure put at a number of fighters named nearby",
                "figure after fighters named in the previous sentence",
                "figure + 'of those who' fought, left or returned",
                "figure + 'of them' from a country or region",
            }
            or breakdown
            else None
        )
        if rule == "figure in a breakdown of the previous one":
            inherit = claims[-1]
        if claims and rule in {
            "figure put at a number of fighters named nearby",
            "figure continuing the previous claim",
        }:
            # "... put at 8,000, though one state cited a figure of 15,000": the nearer count goes on
            inherit = claims[-1]
        if rule == "figure + 'more' of those counted before":
            inherit = claims[-1] if claims else previous_claim
        if inherit is None and kind == "nounless" and _OF_THOSE.match(text, figure.end, s_end):
            inherit = claims[-1] if claims else previous_claim  # "roughly 1,300 of them are with ..."
        if rule == "an earlier figure for comparison":
            inherit = claims[-1] if claims else previous_claim or last_claim
        if rule == "figure for one country in a list":
            inherit = claims[-1] if claims else previous_claim or last_claim
        origin = _origin(text, (prev_end, seg_end), figure, head_end)
        if rule == "figure for one country in a list" or (list_place and not respective_places):
            origin = list_place  # "Saudi Arabia with 2,500": the country the figure stands beside
        elif number_of and origin is None:
            counted = find_places(text, number_of.start(1), number_of.end(1))
            if counted and counted[0].is_demonym and counted[0].start == number_of.start(1):
                origin = counted[0].name  # "the number of Indonesians in Syria"
            else:
                # "Turkey accounts for the largest number of people who ...": the country before the phrase
                named = [p for p in find_places(text, s_start, number_of.start()) if not p.is_demonym]
                origin = named[-1].name if named else None
        main_clause = _main_clause(
            text, figure.start, s_end if rule.startswith("figure + 'of those") else seg_end
        )
        returning = (
            not partitive_total
            and bool(
                _RETURN_CUE.search(_without_titles(main_clause))
                or _RETURN_VERB_AFTER.match(text, figure.end, s_end)
                or _BARE_RETURNED.match(text, figure.end, s_end)  # "about 400, have already come back"
                or (kind in {"nounless", "person"} and _AMONG_THE_RETURNED.match(text, s_start, figure.start))
                or head in {"returnees", "returns"}
                or (
                    kind in {"nounless", "person"}
                    and _RETURN_CUE.search(_own_clause(_without_titles(text[prev_end : figure.start]))[-60:])
                )
                or (number_of is not None and _RETURN_CUE.search(number_of.group(1)))
                or (
                    rule == "figure for one country in a list"
                    and inherit is not None
                    and inherit.subject == "returnees"
                )
            )
        )
        if origin is None and returning:
            origin = _return_destination(text, prev_end, seg_end)
        predicate = _ARE_DEMONYMS.match(text, figure.end, seg_end)
        if origin is None and predicate and place_name(predicate.group(1)):
            origin = place_name(predicate.group(1))  # "more than 150 are Americans"
        own_from = _FROM_ARE_WERE.match(text[figure.end : figure.end + 8]) is not None
        if origin is None and kind == "nounless" and claims and not own_from:
            origin = claims[-1].origin  # a figure in the same sentence is the nearer antecedent
        if origin is None and inherit is not None and not own_from:
            origin = inherit.origin
        if origin is None and _OF_ITS_NATIONALS.match(text, figure.end, seg_end):
            # "France has seen 240 of its nationals return": the country the sentence is about
            leading = [p for p in find_places(text, s_start, figure.start) if not p.is_demonym]
            if leading:
                origin = leading[0].name
        origin_countries = _origin_countries(text, figure.end, seg_end)
        own_end = _location_end(text, head_end, seg_end)
        group_names, group_spans = _groups(text, figure.start, own_end)
        if not group_names and position == 0:
            group_names, group_spans = _groups(text, s_start, own_end)
        if not group_names and recent_group and _THE_GROUP.search(text[s_start:own_end]):
            group_names = [recent_group]  # "the group is assessed to have 2,500 fighters"
        _, all_group_spans = _groups(text, s_start, s_end)
        locations = _locations(text, figure.start, own_end, origin, all_group_spans)
        if not locations and position == 0:
            locations = _locations(text, s_start, figure.start, origin, all_group_spans)
        subject = "fighters"
        by_default = False
        # "the militia has", "fighting strength is put at": a force's own size (asked three times below)
        own_strength = _STRENGTH_BEFORE.search(text, max(s_start, figure.start - 80), figure.start)
        phrase = text[figure.start : clause_end]
        including = _INCLUDING_FOREIGNERS.search(text, figure.end, s_end)
        if including:
            # "1,000 militants, including hundreds of foreigners": the total is of all fighters
            phrase = text[figure.start : min(clause_end, including.start())]
        # "8,000 Syrian fighters" held in Syria: fighters in their own country are not foreign
        local = bool(
            origin
            and (
                origin in _locations(text, head_end, own_end, None, all_group_spans)
                # the war most of these figures are about is in Syria: Syrians in it are its own fighters
                or (origin == "Syria" and not locations)
            )
            and not _FOREIGN_WORD.search(phrase)
            and not _foreign_cue(phrase)
        )
        if returning:
            subject = "returnees"
        elif (
            # "as many as 5,000, including Chechens, Uzbeks and Turks": peoples listed are foreigners
            _lists_nationalities(text, figure.end, s_end)
            or (origin and not local)
            or origin_countries
            or _foreign_cue(phrase)
            or _foreign_cue(text[max(prev_end, figure.start - 40) : figure.start])
            or (kind == "nounless" and _FOREIGN_WORD.search(before_text))
            or (
                number_of is not None
                and (_FOREIGN_CUE.search(number_of.group(1)) or _FROM_CAPITALIZED.search(number_of.group(1)))
            )
            or (
                rule == "figure after fighters named in the previous sentence"
                and _FOREIGN_WORD.search(previous_text)
            )
        ):
            subject = "foreign_fighters"
        if subject == "fighters" and (
            (_SUCH_FIGHTERS.search(text, figure.end, head_end) and _FOREIGN_WORD.search(previous_text))
            or (
                rule == "figure put at a number of fighters named nearby"
                and not previous_claim
                and not claims
                and _FOREIGN_WORD.search(sentence + previous_text)
                and not own_strength
            )
        ):
            subject = "foreign_fighters"  # "no more than 100 such fighters" after foreign fighters
        if kind == "nounless" and claims and subject == "fighters" and claims[-1].subject != "returnees":
            subject = claims[-1].subject
        if inherit:
            if subject == "fighters" and inherit.subject != "returnees" and not own_strength:
                subject = inherit.subject
            elif subject == "fighters" and rule.startswith("figure + 'of those"):
                subject = "foreign_fighters"  # "some 1,500 of them": part of those who travelled
            if breakdown or rule == "an earlier figure for comparison":
                group_names = group_names or ([inherit.group] if inherit.group else [])
            if rule == "an earlier figure for comparison":
                locations = locations or list(inherit.location)
        referred = previous_claim or last_claim
        if (
            subject == "fighters"
            and rule == "figure after a fighter noun in the sentence"
            and referred is not None
            and referred.subject == "foreign_fighters"
            and _THE_FIGHTERS_BEFORE.search(before_text)
        ):
            subject = (
                "foreign_fighters"  # "Most of the recruits joined ISIS, but several dozen ...": the same
            )
        if (
            subject == "fighters"
            and not group_names
            and recent_group
            and not _groups(text, s_start, s_end)[0]
        ):
            group_names = [recent_group]  # a group's strength: the group the paragraph is about
        if (
            subject == "fighters"
            and head not in {"armed men", "strong"}  # a force's own size, whoever leads it
            and not group_names
            and not (inherit and inherit.subject == "fighters")
            and not all_group_spans
            and not local
            and not including
            and not (kind == "nounless" and claims and claims[-1].subject == "fighters")
            and not own_strength
            and not (kind == "nounless" and _STRENGTH_BEFORE.search(previous_text))
        ):
            # A total strength is the strength of some group; fighters counted with no group named near
            # them are, in writing about foreign fighters, those who came from elsewhere.
            subject = "foreign_fighters"
            by_default = True
        claims.append(
            FigureClaim(
                figure=figure,
                sentence=(s_start, s_end),
                subject=subject,
                origin=origin,
                origin_countries=origin_countries,
                location=locations,
                group=join_groups(group_names),
                rule=rule,
                region=region,
                subject_by_default=by_default,
            )
        )
    claims = _one_figure_for_each(text, s_start, claims)
    _share_across_sentence(text, s_start, s_end, claims)
    _places_of_a_list(text, s_start, s_end, claims)
    _places_from_the_paragraph(text, s_start, claims)
    for index, claim in enumerate(claims):
        if claim.subject == "returnees":
            _separate_homes(text, claim, s_end)
        total = claims[index + 1] if index + 1 < len(claims) else None
        if total and _ONLY_OF_THE.match(text[claim.figure.end : total.figure.start]):
            claim.origin = claim.origin or total.origin  # "120 of the 300 Belgians": Belgians too
            claim.location = claim.location or list(total.location)
    return claims


def table_row_claims(
    text: str, s_start: int, s_end: int, figures: list[Figure], last_claim: FigureClaim | None
) -> list[FigureClaim] | None:
    """Claims from rows of a text table (see tables.py), the row's label as origin; None when the
    sentence is not made of table rows only. A table follows an article's figures about fighters
    (`last_claim`), whose location and group its rows share."""
    if last_claim is None:
        return None
    cells = table_cells(text, s_start, s_end, figures)
    if cells is None:
        return None
    return [
        FigureClaim(
            figure=cell.figure,
            sentence=(s_start, s_end),
            subject=cell.subject,
            origin=place_name(cell.label) or cell.label,
            origin_countries=None,
            location=list(last_claim.location),
            group=last_claim.group,
            rule="figure in a row of a table",
            region=cell.row,
        )
        for cell in cells
    ]


# "Germany and Britain each had about 760", "The UK and Germany are each somewhere between 500 and 600"
_EACH_BEFORE = KeywordGate(
    re.compile(
        r"\s+(?:(?:are|were|have|had|has)\s+)?each\s+"
        r"(?:(?:had|have|has|sent|saw|count(?:ed)?|contributed|are|were|numbered)\s+)?$"
    ),
    ("each",),
)


def _one_figure_for_each(text: str, s_start: int, claims: list[FigureClaim]) -> list[FigureClaim]:
    """A figure given for each of two countries is a claim for each."""
    result = []
    for claim in claims:
        result.append(claim)
        start = claim.figure.start
        window = text[max(s_start, start - 90) : start]
        each = _EACH_BEFORE.search(window)
        if not each:
            continue
        offset = start - len(window)
        named = [p for p in find_places(text, offset, offset + each.start()) if not p.is_demonym]
        if len(named) < 2 or not re.fullmatch(r"\s+and\s+(?:the\s+)?", text[named[-2].end : named[-1].start]):
            continue
        if text[named[-1].end : offset + each.start()].strip():
            continue  # "Germany and Britain ..., each": the pair must stand right before "each"
        claim.origin = named[-2].name
        result.append(
            replace(claim, origin=named[-1].name, location=list(claim.location), notes=list(claim.notes))
        )
    return result


_LIST_RULES = {"figure for one country in a list", "figure given as the number of fighters named before it"}


def _places_of_a_list(text: str, s_start: int, s_end: int, claims: list[FigureClaim]) -> None:
    """In "Turkey ..., at around 850, followed by Tunisia (760)", the listed countries are origins: the
    place of each figure is what the sentence names besides them."""
    listed = [c for c in claims if c.rule in _LIST_RULES]
    if not listed:
        return
    origins = {c.origin for c in claims if c.origin}
    places = [
        p
        for p in _locations(text, s_start, s_end, None, _groups(text, s_start, s_end)[1])
        if p not in origins
    ]
    for claim in listed:
        claim.location = list(places)


def _places_from_the_paragraph(text: str, s_start: int, claims: list[FigureClaim]) -> None:
    """A figure whose sentence names no place is where the paragraph before it says the fighters are."""
    bare = [c for c in claims if not c.location and c.subject != "returnees"]
    if not bare:
        return
    paragraph_start = text.rfind("\n\n", 0, s_start)
    paragraph_start = 0 if paragraph_start < 0 else paragraph_start + 2
    if paragraph_start >= s_start:
        return
    places = _locations(text, paragraph_start, s_start, None, _groups(text, paragraph_start, s_start)[1])
    for claim in bare:
        claim.location = [p for p in places if p != claim.origin]


def _separate_homes(text: str, claim: FigureClaim, s_end: int) -> None:
    """Places returnees went back *to* are their homes (origin), not where they fought (location)."""
    after = text[claim.figure.start : s_end]
    homes = [
        p
        for p in claim.location
        if re.search(
            rf"\b(?:return\w*|back|home|repatriated|of them|of whom)\s+(?:home\s+)?to\s+(?:the\s+)?"
            rf"(?:[A-Z][\w-]*,?\s+(?:and\s+|or\s+)?)*{re.escape(p.split()[0])}",
            after,
        )
    ]
    if homes:
        claim.origin = claim.origin or homes[0]
        claim.location = [p for p in claim.location if p not in homes]
    if not claim.location and claim.origin:
        # "repatriated 600 citizens from Syria": where they come back from is where they were
        m = re.search(
            r"\bfrom\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)",
            _main_clause(text, claim.figure.start, s_end),
        )
        places = find_places(m.group(1)) if m else []
        if places and places[0].name != claim.origin and not places[0].is_demonym:
            claim.location = [places[0].name]


_QUOTED = re.compile(r"[“\"]([^”\"]{3,200})[”\"]")


_LATER_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s*")


def _own_clause(before: str) -> str:
    """The words before a figure since the last clause break: "127 have returned, and about 150 ..."."""
    breaks = list(_LATER_CLAUSE.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def _without_titles(clause: str) -> str:
    """The clause with quoted titles blanked: a report called "... the Threat of Returnees" does not
    make the figures beside it returnees."""
    if "“" not in clause and '"' not in clause:
        return clause
    return _QUOTED.sub(lambda m: " " * len(m.group(0)) if _is_title_case(m.group(1)) else m.group(0), clause)


def _is_title_case(words: str) -> bool:
    long_words = [w for w in words.split() if len(w) > 3]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.7 * len(long_words)


def _main_clause(text: str, start: int, limit: int) -> str:
    """The clause a figure opens, without relative clauses set off by commas: in "3,000 Europeans,
    who trained in Syria, are back" it is "3,000 Europeans are back"; it ends at the next comma."""
    piece = text[start:limit]
    if "," in piece:  # every relative clause the pattern takes out starts with a comma
        piece = _RELATIVE_CLAUSE.sub(" ", piece)
    m = _CLAUSE_BREAK.search(piece)
    return piece[: m.start()] if m else piece


def _location_end(text: str, start: int, limit: int) -> int:
    """Where the places said of a figure stop: at a clause break, but not inside a list of places
    ("in Syria, Iraq, Afghanistan, Yemen and Libya")."""
    for m in _CLAUSE_OR_CONTRAST_BREAK.finditer(text[start:limit]):
        if m.group(0).startswith(","):
            following = text[start + m.end() : start + m.end() + 30]
            if _CONJUNCTION_CAPITALIZED.match(following) and find_places(following.split(",")[0]):
                continue
        return start + m.start()
    return limit


def _clause_end(text: str, start: int, limit: int) -> int:
    """End of the clause holding a figure's noun phrase: the next comma, semicolon, dash or bracket."""
    m = _CLAUSE_OR_SUPPORT_BREAK.search(text[start:limit])
    return start + m.start() if m else limit


def _return_destination(text: str, start: int, end: int) -> str | None:
    """'returned to Canada', 'back in Germany': for returnees, where home is."""
    m = re.search(
        r"\b(?:returned|return|back|came back|come back|repatriated)\s+(?:home\s+)?(?:to|in)\s+"
        r"(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z]\w*)?)",
        text[start:end],
    )
    if m:
        places = find_places(m.group(1))
        if places:
            return places[0].name
    return None


def _share_across_sentence(text: str, s_start: int, s_end: int, claims: list[FigureClaim]) -> None:
    """A figure whose own segment names no place or group takes those the sentence names."""
    if not claims:
        return
    group_names, group_spans = _groups(text, s_start, s_end)
    all_locations: list[str] = []
    for claim in claims:
        if _SUBSET_BEFORE.search(text[max(s_start, claim.figure.start - 20) : claim.figure.start]):
            continue  # "130 people ..., including 30 with ISIS": the part does not describe the whole
        for name in claim.location:
            if name not in all_locations:
                all_locations.append(name)
    if not all_locations:
        # a figure's own words name no place: take the sentence's, but not from a contrasting
        # clause about someone else ("..., while ISGS has sought to entrench itself in Niger")
        stop = _CONTRAST_BREAK.search(text[claims[0].figure.end : s_end])
        until = claims[0].figure.end + stop.start() if stop else s_end
        all_locations = _locations(text, s_start, until, None, group_spans)
    for claim in claims:
        if not claim.location:
            claim.location = [p for p in all_locations if p != claim.origin]
        if (
            not claim.group
            and group_names
            and not any(
                _SUBSET_BEFORE.search(text[max(s_start, other.figure.start - 20) : other.figure.start])
                for other in claims
                if other is not claim
            )
        ):
            claim.group = join_groups(group_names)


def is_breakdown(text: str, s_start: int) -> bool:
    return bool(_BREAKDOWN_START.match(text[s_start : s_start + 40]))
