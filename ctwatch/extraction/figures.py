"""Figure claims: which numbers count fighters, and what the sentence says about them
(subject, origin, number of countries of origin, location, group).

This module holds the sentence grammar, `claims_in_sentence`: for each figure of a sentence it reads
what the figure counts, drops figures that count something else, picks the rule by which the figure
counts fighters and decides its subject. The pieces it draws on:

- figure_nouns: what a figure counts, read from the noun phrase after it;
- figure_exclusions: patterns of figures that count something other than fighters;
- figure_subjects: cues of foreign fighters, returnees and a force's own strength;
- figure_places: origin, countries of origin, location and group, and their sharing in a sentence;
- figure_lists: lists, breakdowns, per-country figures and table rows;
- figure_clauses: how far a figure's words reach.
"""

from __future__ import annotations

import re

from .figure_clauses import _clause_end, _location_end, _main_clause, _own_clause
from .figure_exclusions import (
    _AGE_BEFORE,
    _AND_THEIR_FAMILIES,
    _BACK_REFERENCE,
    _BODY_OF_STATES_BEFORE,
    _CAMP_BEFORE,
    _CASES_AGAINST_BEFORE,
    _CIVILIANS_BEFORE,
    _DEAD_PUT_AT,
    _DEATH,
    _DEPARTED,
    _DOCUMENT_NUMBER,
    _EVEN_BEFORE,
    _FAMILY_WORDS,
    _FIGHTING_WORDS,
    _FLOW_IN_PHRASE,
    _FROM_A_CAMP,
    _INCLUDING_CHILDREN,
    _KILLED_BEFORE,
    _MODAL_AFTER,
    _MOSTLY_FAMILIES,
    _NOT_FIGHTING_PREDICATE,
    _NOT_TRAVELLING_EXTREMISTS,
    _NOUN_NOT_FIGHTERS,
    _NOUNLESS_NOT_FIGHTERS,
    _NOUNLESS_NOT_FIGHTING,
    _NUMBER_OF_NON_FIGHTERS,
    _ON_A_LIST,
    _POPULATION_BEFORE,
    _POPULATION_NOW_AT,
    _RATE_IN_PHRASE,
    _RATIO_BEFORE,
    _REPATRIATION,
    _WITH_A_POPULATION_BEFORE,
    POPULATION_SIZE,
)
from .figure_lists import (
    _BREAKDOWN_START,
    _EACH_BEFORE,
    _PLACE_ITEM_BEFORE,
    _RESPECTIVELY,
    _SUBSET_BEFORE,
    _one_figure_for_each,
    table_row_claims,
)
from .figure_nouns import NON_FIGHTER_NOUNS, _head
from .figure_places import (
    _ARE_DEMONYMS,
    _FROM_ARE_WERE,
    _OF_ITS_NATIONALS,
    _THE_GROUP,
    _groups,
    _locations,
    _origin,
    _origin_countries,
    _places_from_the_paragraph,
    _places_of_a_list,
    _return_destination,
    _separate_homes,
    _share_across_sentence,
)
from .figure_subjects import (
    _AMONG_THE_RETURNED,
    _AMONG_THEM_START,
    _BARE_RETURNED,
    _CITIZENS_OF,
    _FLOWN_HOME,
    _FOREIGN_CUE,
    _FOREIGN_WORD,
    _FROM_CAPITALIZED,
    _GROUP_MAKEUP_BEFORE,
    _HAD_FOUGHT_AFTER,
    _INCLUDING_FOREIGNERS,
    _ITS_NATIONALS_AMONG,
    _NOT_OF_THE_COUNTRY,
    _OF_THEM_AFTER,
    _REPATRIATED_BEFORE,
    _RETURN_CUE,
    _RETURN_VERB_AFTER,
    _RETURNED_AFTER_NOUN,
    _RETURNED_AFTER_WHO,
    _STRENGTH_BEFORE,
    _SUBSET_OF_THE_REPATRIATED,
    _SUCH_FIGHTERS,
    _THE_FIGHTERS_BEFORE,
    _TO_CUSTODY,
    _foreign_cue,
    _lists_nationalities,
    _without_titles,
)
from .groups import find_groups, join_groups
from .numbers import Figure, find_figures, is_bare_word
from .places import find_places, place_name
from .regex import KeywordGate, gated_words_regex, words_regex
from .tables import may_be_table
from .types import FigureClaim

# People of one nationality who are, remain or are believed to be in a country at war are counted as
# fighters there ("fewer than 600 Belgians are still in Syria"), as SCHEMA's "are present" says.
_CONFLICT_COUNTRIES = frozenset(
    "Syria Iraq Libya Afghanistan Yemen Somalia Mali Ukraine".split()
)  # fmt: skip
_PRESENT_IN = re.compile(
    r"\b(?:are|were|is|was|remain(?:s|ed)?|stay(?:s|ed)?|(?:may|might|could|must)\s+(?:still\s+|now\s+)?be)\s+"
    r"(?:(?:still|now|currently|thought|believed|estimated|said|reported|understood|present|held|detained|"
    r"imprisoned|jailed|sitting|locked\s+up|at\s+large)\s+(?:to\s+(?:still\s+)?be\s+)?){0,3}"
    r"(?:in|inside)\s+(?:(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|"
    r"south-western|northeast|northwest|southeast|southwest|central)\s+)?",
    re.IGNORECASE,
)
_OF_A_COUNTRY = re.compile(r"of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+")
# "22 Indonesians were believed to be among them": nationals among fighters just named
_AMONG_THEM = re.compile(
    r"\s+(?:are|were|was|is)\s+(?:(?:also|still|now|thought|believed|reported|said)\s+(?:to\s+be\s+)?){0,2}"
    r"among\s+(?:them|those|the\s+(?:fighters|militants|recruits|dead|detainees))\b",
    re.IGNORECASE,
)
# "700 of its citizens in Syria", "100 of their nationals are in Syria"
_IN_A_WAR_AFTER = re.compile(
    r"\s+(?:(?:are|were|is|was)\s+(?:still\s+|now\s+|currently\s+)?)?in\s+"
    rf"({'|'.join(sorted(_CONFLICT_COUNTRIES))})\b"
)


def _present_in_conflict(text: str, head_end: int, end: int, origin: str | None) -> bool:
    """The counted people are in a country at war that is not their own."""
    at = head_end + (len(text[head_end:end]) - len(text[head_end:end].lstrip()))
    if text.startswith("who ", at):
        at += 4
    elif of_a_country := _OF_A_COUNTRY.match(text, at, end):
        at = of_a_country.end()  # "300 citizens of Tajikistan may be in Afghanistan"
    m = _PRESENT_IN.match(text, at, end)
    if not m:
        return False
    places = [p for p in find_places(text, m.end(), min(end, m.end() + 40)) if not p.is_demonym]
    return bool(places) and places[0].name in _CONFLICT_COUNTRIES and places[0].name != origin


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
        "combat zone",
        "combat zones",
        "syrian-iraqi zone",
        "iraqi-syrian zone",
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
        # "roughly 150 Americans have actually reached Syria", "made it to Syria", "on the ground in Iraq"
        "made it to",
        "made their way to",
        "on the ground in",
        "reached syria",
        "reached iraq",
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
        "membership",
        "strength",
        "slipped out",
        "been sent",
        "were sent",
        "transported",
        "hostilities",
        "with is",
        "with isis",
        "with isil",
        "with daesh",
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
        "rebel",
        "insurgen",
    ],
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
        "mujahideen",
        "gunmen",
        "militiamen",
        "guerrillas",
        "paramilitaries",
    ]
)
_NUMBER_WORDS = gated_words_regex(["number", "figure", "total", "estimate", "tally", "count"])
_PARTITIVE_BEFORE = re.compile(r"\bof\s+the\s+$", re.IGNORECASE)
# An earlier figure given for comparison: "up from about 90", "higher than the 1,623 given in 2017"
_EARLIER_FIGURE_BEFORE = KeywordGate(
    re.compile(
        r"\b(?:(?:up|down|rising|risen|rose|grown|grew|increased|fallen|fell|dropped|climbed|jumped|swelled|"
        r"declined|decreased)\s+from\s+(?:the\s+|a\s+)?(?:(?:estimates?|a\s+peak|a\s+high)\s+of\s+)?"
        r"(?:(?:some|about|around|roughly)\s+)?|"
        r"(?:higher|lower|more|fewer|less|greater|smaller|larger|bigger)\s+than\s+the\s+|"
        r"compar(?:ed|es|e)\s+(?:with|to)\s+(?:the\s+|a\s+|an\s+)?(?:(?:range|estimate|figure|total)\s+of\s+)?|"
        r"(?:well\s+|far\s+|slightly\s+|just\s+)?(?:above|below)\s+the\s+|(?:previous|earlier|prior|former)\s+"
        r"(?:estimate|figure|count|tally|total)\s+of\s+|"
        r"(?:increase|rise|drop|fall|decline|change)\s+(?:on|from)\s+(?:the\s+)?(?:range|estimate|figure|total)\s+of\s+|"
        r"from\s+(?:an?\s+|the\s+)?(?:initial|original|earlier|"
        r"previous|peak\s+of)\s+(?:(?:some|about|around|up\s+to|as\s+many\s+as)\s+)?)$",
        re.IGNORECASE,
    ),
    (
        "from",
        "than",
        "compar",
        "above",
        "below",
        "previous",
        "earlier",
        "prior",
        "former",
        "initial",
        "peak",
        " on ",
    ),
)
# "put the figure at more than 5,500", "estimates their number at 1,200"
# every branch names the figure, number, count, strength or force (gated: see KeywordGate)
_FIGURE_PUT_AT = KeywordGate(
    re.compile(
        r"\b(?:put|puts|putting|placed|places|placing|estimated?|estimates|set|sets)\s+(?:the|their|its|this|that|"
        r"his|her)\s+(?:(?:overall|total|latest|new|official|fighting|core|own|(?-i:[A-Z][\w-]+))\s+){0,3}"
        r"(?:figure|number|total|tally|"
        r"count|strength|force)(?:\s+(?:of|for|in)\s+[^.;]{2,60}?)?\s+(?:(?:at|as\s+high\s+as|as\s+low\s+as)\s+)?[\"“]?$"
        # "the government's own count stood at", "the figure we were citing was"
        r"|\b(?:figure|number|count|tally|total|estimate)\s+(?:[\w’']+\s+){0,6}?"
        r"(?:stood|stands|was|is|now\s+stands|had\s+reached|reached|could\s+be|may\s+be|might\s+be|would\s+be|"
        r"rose\s+to|fell\s+to|grew\s+to|climbed\s+to|increased\s+to|dropped\s+to|jumped\s+to)"
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
        r"\b(?:number|count|tally|total|membership)\s+of\s+([^.;]{3,200}?),?\s+(?:at|with|runs?\s+into|ran\s+into|"
        r"reached|stands\s+at|stood\s+at|(?:is|was|were|are)\s+(?:estimated|put|assessed)\s+at|"
        r"(?:has\s+|had\s+)?(?:roughly\s+|nearly\s+|almost\s+)?(?:doubled|tripled|swelled|jumped)\s+to|"
        r"totals|totalled|totaled|exceeds|exceeded|(?:has\s+|had\s+)?(?:risen|rose|grown|grew|climbed|increased|"
        r"fallen|fell|dropped)\s+to|(?:has\s+)?reached|is\s+now|is|are|was)\s+[\"“]?$",
        re.IGNORECASE,
    ),
    ("number", "count", "tally", "total", "membership"),
)
# The subject of a figure whose qualifier is a verb ("does not exceed 1,000")
_NUMBER_OF_BEFORE = re.compile(r"\b(?:number|count|tally|total)\s+of\s+([^.;]{3,200}?),?\s+$", re.IGNORECASE)
_VERB_QUALIFIERS = ("does not", "did not", "do not")
_MORE_OF_THE_SAME = re.compile(r"more\b(?!\s+than)")
_OF_THEM_FROM = re.compile(
    r"\s+of\s+(?:them|those|whom|these)\s+(?:(?:are|were|came|come|originated?|hail(?:ed)?)\s+)?"
    r"(?:from\s+|in\s+)?(?:the\s+)?(?:[A-Z]|foreign|non-)"
)
_OF_THOSE = re.compile(r"[\"”]?\s+of\s+(?:those|them|whom|these)\b")
_OF_THOSE_OR_THE_NUMBER = re.compile(
    r"of\s+(?:(?:those|them|whom)\b|the\s+(?:(?:roughly|about|around|some|nearly|almost|approximately|"
    r"estimated|more than|over)\s+)?\d)"
)
_FROM_OR_IN = re.compile(r"(?:from|in)\b")
_VERB_OR_OF_WHICH = re.compile(
    r"(?:have|has|had|are|were|of which|of whom|came|come|went|travelled|traveled)\b"
)
_STOP_MARK = re.compile(r"[.!?]")
_VERB_OR_FROM = re.compile(r"(?:have|has|had|are|were)\b|from\b")
_OF_THE_TOTAL = re.compile(r"^(?:of|in)\s+(?:the\s+)?(?:total\s+)?population")
_ONLY_OF_THE = re.compile(r"\s+of\s+the\s+$")
_PMC_IN = re.compile(r"\bWagner\b")
_OF_A_BODY_OF_STATES = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:[Cc]oalition|[Aa]lliance|[Cc]ouncil|[Uu]nion|NATO|ASEAN|OSCE)\b"
)
_WHO_RETURNED = re.compile(r"\s+who\s+(?:had\s+|have\s+)?(?:returned|come\s+back|came\s+back)\b")
_PER_POPULATION = re.compile(
    r"\s+(?:for|per)\s+(?:every\s+|each\s+)?(?:million|hundred\s+thousand|thousand|\d[\d,]*)\s+"
    r"(?:inhabitants|people|residents|citizens|population|Muslims)\b"
)
_MONEY_OR_LIST_BEFORE = re.compile(
    r"\b(?:KSh|Ksh|Rs|INR|USD|US\$|EUR|GBP|SAR|AED|TRY|RUB|PKR|IDR|Rp|NGN|KES|MAD|TND|DZD|EGP)\.?\s*$"
    r"|\b(?:sanctions|ban|watch|no-fly|terrorist|terror)\s+lists?\b[^.;]{0,30}$"
)
# "the contingent of Uyghurs", "the largest contingents come from": people from a country, not its troops
_A_CONTINGENT_OF_FIGHTERS = re.compile(
    r"\bcontingents?\s+(?:of|from|come|came|comes|still)\b"
    r"|\b(?:largest|biggest|second-largest|national)\s+contingents?\b"
)
_AMONG_THE_FIGHTERS_START = re.compile(
    r"\s*Among\s+(?:the|these|those)\s+(?:[\w-]+\s+){0,3}?(?:detainees|fighters|prisoners|militants|jihadists|"
    r"recruits|foreigners|suspects)\s+(?:(?:are|were|held|in\s+\w+)\s+){0,2}$"
)
# "7,000 people live", "some 2,000 residents still living": how many live somewhere
_LIVE_THERE = re.compile(r"\s+(?:(?:still|now|currently)\s+)?(?:live|lived|living|reside|resided|residing)\b")
# Between two objects of one verb: "13 U.S. service members and about 170"
_AND_NEXT_OBJECT = re.compile(r"[^\d,;:()]{0,40}?\s+and\s+")
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:that\s+)?|;\s")
_IN_PLACES_RESPECTIVELY = re.compile(r"\bin\s+(?:the\s+)?[A-Z][^,;.]{0,60}\brespectively\b")
# "1,000 Kenyans had joined, some of whom had since returned": some of them, not the whole
_SOME_OF_WHOM = re.compile(
    r",?\s*(?:some|many|most|several|a\s+few|dozens|hundreds|half|a\s+third|one\s+third)\s+of\s+(?:whom|them)\b.*",
    re.DOTALL,
)
_AND_OR_ONLY = re.compile(r"\s+(?:and|or)\s+")
_WHETHER_BEFORE = re.compile(r"\b[Ww]hether\b[^,;.]{0,50}$")
_SEEN_BEFORE = re.compile(r"\b(?:seen|saw|see|watched)\s+$")
# "France accounts for the largest contingent, with roughly 1,200": a country's share of those counted
_CONTINGENT = re.compile(r"\b(?:contingents?|contributors?|sources?|share)\b")
_OF_THEM_ARE = re.compile(r"\s+of\s+(?:them|these|those)\s+(?:are|were|is|was|have|had|remain\w*)\b")
# "but 61 were men who had fought for ISIL": the noun after the verb says who is counted
_WERE_MEN_WHO_FOUGHT = re.compile(
    r"\s+(?:of\s+(?:them|these|those)\s+)?(?:were|are)\s+(?:adult\s+)?(?:men|males)\s+"
    r"(?:who\s+(?:had\s+|have\s+)?(?:fought|joined|served)|(?:suspected|accused)\s+of)\b"
)
# "The men of the Islamic State in Libya are now between 4,000 and 6,000": a group's strength
_MEN_OF_A_GROUP_ARE = re.compile(
    r"\b(?:men|ranks|fighters|forces)\s+of\s+[^.;]{2,60}?\s+(?:are|were|is|was|number|numbered|total)\s+"
    r"(?:now\s+|still\s+)?$"
)
_AND_BEFORE = re.compile(r",?\s+(?:and|including)\s+$")
_IN_A_PLACE_NEXT = re.compile(r"\s+(?:in|to)\s+(?:the\s+)?[A-Z]")
_FROM_NEXT = re.compile(r"\s+from\b")
_TO_A_PLACE = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
# "among them 255 men, while the others are women and children": a count by sex, not of fighters
_MEN_AMONG_FAMILIES = re.compile(r"[^.;]{0,80}?\b(?:women|children|wives)\b")
_MANY_OF_THEM_FROM = re.compile(r",\s*(?:many|most|some|several)\s+of\s+(?:them|whom)\s+from\b")
# "commanded several thousand fighters ..., had killed more than 2,000 civilians": they killed others
_KILLED_SOMEONE_ELSE = re.compile(
    r"\s+(?:more\s+than\s+|at\s+least\s+|about\s+|some\s+|over\s+|nearly\s+|hundreds|thousands|dozens|\d)"
)
# "3,000 militants had surrendered, many of them wounded": not all of them
# "about 20 fought in Marawi, several of whom are believed to have been killed": some of them died
_SOME_OF_THEM_BEFORE = re.compile(
    r",\s*(?:many|some|several|a\s+few|most|dozens|hundreds)\s+of\s+(?:them|whom)\s+(?:\w+\s+){0,5}$"
)
# "Correction: An earlier version of this report gave the number as 330": a figure withdrawn
_CORRECTION = KeywordGate(
    re.compile(r"^\s*Correction\b|\ban\s+earlier\s+version\s+of\s+this\b", re.IGNORECASE),
    ("correction", "earlier"),
)
# "al Qaeda has between 400 and 600 members": a group's own membership
_A_GROUP_HAS = re.compile(
    r"\b(?:has|had|have|numbers|numbered|retains|fields|musters)\s+"
    r"(?:(?:some|about|around|roughly|an estimated|between|up to|as many as|more than|over|at least)\s+)?$"
)
# "ISIL's fighting strength in Iraq and Syria has fallen to": the size of a force, told as a level
_STRENGTH_AT = re.compile(
    r"\b(?:strength|fighting\s+force|manpower)\b[^.;]{0,60}?"
    r"\b(?:at|to|of|is|was|stands at|stood at|reached)\s+(?:(?:some|about|around|"
    r"roughly|an estimated|between|up to|as many as|more than|over|at least)\s+)?$",
    re.IGNORECASE,
)
# "brought back 47 people, among them five men who were later charged": suspected fighters
_CHARGED = re.compile(r"\b(?:charged|convicted|prosecuted|indicted|arrested|detained)\b", re.IGNORECASE)
_INCLUDING_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+$", re.IGNORECASE)
_LOCAL_FORCE_NOUNS = {"armed men", "strong", "gunmen", "insurgents", "militiamen", "guerrillas", "loyalists"}
_LOCAL_FORCE_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(_LOCAL_FORCE_NOUNS - {"armed men", "strong"})) + r")\b", re.IGNORECASE
)
# fighters who surrender or defect, or are offered an amnesty, belong to the fight where they are
_LOCAL_FORCE_CUE = re.compile(
    r"\b(?:surrender\w*|handed\s+themselves\s+in|hand\s+themselves\s+in|defect(?:ed|ing|ors?)|amnesty)\b",
    re.IGNORECASE,
)


# the word before a figure: a preposition of its frame, or a verb saying it
_WORD_BEFORE = re.compile(
    r"\b(?:(?P<frame>at|of|to)|(?P<saying>says|said|say|puts|put|estimates|estimated))\s+$"
)


_RELATIVE_START = re.compile(r"\s*(?:who|whom|that|which)\b")
_OF_THOSE_START = re.compile(r"\s*Of\s+(?:those|them|these)\s*,?\s*$")
# "Of the Tunisians still abroad, around 1,700 are in Syria": a country's people named before the figure
_OF_THE_NATIONALS_START = re.compile(
    r"\s*(?:Of|Among)\s+(?:the\s+)?([A-Z][a-z]+s)\b(?:\s+(?:still|now|currently|who|abroad|in|that)\b[^,.;:]{0,60})?"
    r",\s*$"
)
# "Fighters from Uzbekistan in Katibat Imam al-Bukhari number a few hundred", "those from the North
# Caucasus are no more than 200": where the fighters of a figure without its own noun came from
_FIGHTERS_FROM_BEFORE = re.compile(
    r"\b(?:[Ff]ighters|[Mm]ilitants|[Jj]ihadists|[Rr]ecruits|[Vv]olunteers|[Cc]ombatants|[Tt]hose)\s+from\s+"
    r"(?:the\s+)?(?=[A-Z])"
)
# "..., while roughly 2,900 remain in conflict zones": those not (yet) back, after a claim in the sentence
_STILL_IN_A_WAR_AFTER = re.compile(
    r"\s+(?:(?:are|were)\s+still|remain|remained|stay|stayed)\s+(?:abroad|at\s+large|in\s+(?:the\s+)?"
    r"(?:conflict|war|combat)\s+zones?)\b"
)


def _tells_of_bringing_home(text: str, start: int, end: int) -> bool:
    """'repatriated 25 citizens', 'brought home', 'Kosovo flew 110 of its citizens home': people brought
    back, told in text[start:end]."""
    return bool(_REPATRIATION.search(text, start, end) or _FLOWN_HOME.search(text, start, end))


def _words_of_its_own(text: str, prev_end: int, start: int, after_a_figure: bool) -> str:
    """The words of a figure's own clause before it; after another figure, only those after its " and "
    or comma ("1,802 have gone back to their home countries and 3,225 are still fighting", "117 have
    returned to Belgium, about 200 are believed to be still in Syria")."""
    words = _own_clause(_without_titles(text[prev_end:start]))[-60:]
    if not after_a_figure:
        return words
    words = words.rsplit(" and ", 1)[-1]
    before, comma, after = words.rpartition(", ")
    # but "Of the 90 who came back, around 40 ...": a relative clause says what the total was
    return after if comma and not _RELATIVE_START.match(before) else words


def _parallel_to(text: str, earlier: Figure, figure: Figure) -> bool:
    """The figure repeats the frame of an earlier one in the sentence: "at 270, and ... at around 400"."""
    gap = text[earlier.end : figure.start]
    if len(gap) > 70 or not (", and " in gap or ";" in gap or ", while " in gap):
        return False
    own = _WORD_BEFORE.search(text, max(0, figure.start - 12), figure.start)
    if own is None:
        return False
    if own.group("saying"):
        return True  # "...; today it says about 170"
    first = _WORD_BEFORE.search(text, max(0, earlier.start - 12), earlier.start)
    return first is not None and first.group("frame") == own.group("frame")


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
    if _CORRECTION.search(text[s_start : min(s_end, s_start + 200)]):
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
    # Rare words, looked up once per sentence: the patterns that need them are skipped without them.
    lowered = sentence.lower()
    says_against = "against" in lowered
    says_their = "their" in lowered
    says_extremists = _NOT_TRAVELLING_EXTREMISTS.may_match(sentence)
    says_repatriation = _SUBSET_OF_THE_REPATRIATED.may_match(sentence)
    says_custody = "custody" in lowered
    breakdown = bool(_BREAKDOWN_START.match(sentence))
    previous_mentions_fighters = bool(_FIGHTER_WORD.search(previous_text))
    mentions_number = bool(_NUMBER_WORDS.search(sentence))
    claims: list[FigureClaim] = []
    respective_places: list[str] = []
    respective_at = s_end
    # the literal test first: most sentences have no "respectively", and the pattern costs more
    respectively = _RESPECTIVELY.search(sentence) if "espectively" in sentence else None
    if respectively and not _IN_PLACES_RESPECTIVELY.search(
        text, figures[-1].end, s_start + respectively.end()
    ):
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
            (_BARE_RETURNED.match(text, figure.end, s_end) and (claims or previous_claim or last_claim))
            # "53 Malaysians in Syria, at least three in Marawi": the next item of a count by place
            or (claims and _IN_A_PLACE_NEXT.match(text, figure.end, s_end))
        ):
            continue  # "seven" alone is too often something else; "seven men who returned" is not
        if text[figure.start - 1 : figure.start] == "[" and text[figure.end : figure.end + 1] == "]":
            continue  # "a few hundred.[2]": a footnote's number
        if "hether" in sentence and _WHETHER_BEFORE.search(
            text, max(s_start, figure.start - 60), figure.start
        ):
            continue  # "Whether it is four hundred or nearly two thousand": supposed, not counted
        if (
            kind == "nounless"
            and index
            and not claims  # "11,000 fighters from 74 countries, 1,900 of them ...": of the fighters
            and _OF_THOSE.match(text, figure.end, s_end)
            and (
                kinds[index - 1][0] == "other"
                or (
                    kinds[index - 1][0] in {"person", "fighter"}
                    and not _FIGHTER_WORD.search(text, figure.end, min(s_end, figure.end + 60))
                )
            )
        ):
            continue  # "49 cells, 44 of them linked to Daesh", "arrested 1,077 people, 687 of them for ..."
        if kind != "fighter" and figure.value >= 1_000_000:
            continue  # "a population of around 1 million", "closer to 1.4 million" refugees
        if kind == "nounless" and _CIVILIANS_BEFORE.search(
            text, max(s_start, figure.start - 160), figure.start
        ):
            continue  # "550,000 Syrian refugees, around 120,000 of them in the camp"
        before_near = text[max(s_start, figure.start - 40) : figure.start]
        if figure.text.lower().startswith("under") and figure.value < 30:
            continue  # "children under 18": an age
        if _AGE_BEFORE.search(text, max(s_start, figure.start - 100), figure.start):
            continue  # "young men aged 15 to 25"
        earlier = kind == "nounless" and earlier_words[index] is not None and figure.qualifier != "vague"
        put_at = kind in {"nounless", "person"} and bool(_FIGURE_PUT_AT.search(before_near))
        number_of = _NUMBER_OF_AT.search(text, s_start, figure.start) if kind == "nounless" else None
        if number_of is None and kind == "nounless" and figure.text.lower().startswith(_VERB_QUALIFIERS):
            # "the number of members remaining ... does not exceed 1,000": the verb is the figure's own
            number_of = _NUMBER_OF_BEFORE.search(text, s_start, figure.start)
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
        if kind in {"nounless", "fighter", "person"} and respective_places:
            # "about 700 and 440 departures respectively": the last figure carries the noun
            order = [
                f
                for f, k in zip(figures, kinds, strict=True)
                if k[0] in {"nounless", "fighter", "person"} and f.end <= respective_at
            ]
            if figure in order and len(order) == len(respective_places):
                list_place = respective_places[order.index(figure)]
        if kind in {"nounless", "person"} and list_place is None:
            if figure.start - s_start <= 100:
                # sliced, so that "^" in the pattern is the start of the sentence
                item = _PLACE_ITEM_BEFORE.search(text[s_start : figure.start])
            else:
                item = _PLACE_ITEM_BEFORE.search(text, figure.start - 100, figure.start)
            if item and place_name(item.group(1) or item.group(2)):
                list_place = place_name(item.group(1) or item.group(2))
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
            and not (
                figure.qualifier == "vague"
                and text[max(s_start, figure.start - 7) : figure.start].lower() == "in the "
            )
            and not partitive_total
            and not earlier
        ):
            continue  # "the 60 people who have returned": a figure already given
        killed_start = figure.start
        if index and _AND_NEXT_OBJECT.fullmatch(text, figures[index - 1].end, figure.start):
            # "killed 13 service members and about 170 Afghans": the verb before the first object
            killed_start = figures[index - 1].start
        if (killed := _KILLED_BEFORE.search(text, max(s_start, killed_start - 40), killed_start)) and not (
            (kind == "person" and _WHO_RETURNED.match(text, head_end, s_end))
            or (head == "returnees" and _CHARGED.search(killed.group(0)))  # "charged more than 130 returnees"
        ):
            # "air strikes killed more than 100 militants", "has lost 45,000 fighters"; but "arrested 47
            # people who returned from Syria" counts those who came back
            continue
        if (
            says_against
            and head != "returnees"  # "brought charges against more than 60 returnees" counts them
            and _CASES_AGAINST_BEFORE.search(text, max(s_start, figure.start - 25), figure.start)
            and not _RETURN_CUE.search(text, head_end, clause_end)
        ):
            continue  # "indictments against four men", but "cases against 40 people who returned" count
        if _EVEN_BEFORE.search(text, max(s_start, figure.start - 6), figure.start) and _MODAL_AFTER.match(
            text, head_end, s_end
        ):
            continue  # "even a few dozen departures can strain the courts": supposed, not counted
        if (says_their and _AND_THEIR_FAMILIES.match(text, head_end)) or (
            says_extremists
            and (
                _NOT_TRAVELLING_EXTREMISTS.search(
                    text, max(prev_end, figure.start - 80), min(s_end, head_end + 40)
                )
                or (earlier and _NOT_TRAVELLING_EXTREMISTS.search(text, s_start, figure.start))
            )
        ):
            continue  # fighters counted with their families; extremists of another kind, or at home
        own_phrase = text[figure.end : clause_end].split(" and ")[0]
        death_end = min(seg_end, head_end + 80)
        if seg_end < s_end and _INCLUDING_BEFORE.search(text, max(s_start, seg_end - 16), seg_end):
            death_end = min(s_end, head_end + 100)  # "300 people, including 225 militants, have been killed"
        # "fewer than ten joined, and that one had been killed": a later clause counts others
        if next_clause := _NEW_CLAUSE.search(text, head_end, death_end):
            death_end = next_clause.start()
        death_window = text[figure.start : death_end]
        if (
            (death := _DEATH.search(death_window))
            and not _KILLED_SOMEONE_ELSE.match(death_window, death.end())
            and not _SOME_OF_THEM_BEFORE.search(death_window, 0, death.start())
            # "expected to fight to the death": resolve, not a count of the dead
            and not death_window.endswith("to the ", max(0, death.start() - 7), death.start())
            # "grown to 5,000 fighters following the death of the leader": someone's death, not theirs
            and not death_window.endswith(("the ", "his ", "her "), max(0, death.start() - 4), death.start())
            or _RATE_IN_PHRASE.search(own_phrase)  # "1,000 fighters a month", not "... $100 million a year"
            or _FLOW_IN_PHRASE.search(text, figure.end, clause_end)
        ):
            continue
        if not put_at and _DOCUMENT_NUMBER.search(text[max(s_start, figure.start - 14) : figure.start]):
            continue
        if _MONEY_OR_LIST_BEFORE.search(text, max(s_start, figure.start - 40), figure.start):
            continue  # "KSh 30,000", "Rs 5,000": money; "the sanctions list includes 257 individuals"
        if _RATIO_BEFORE.search(text, max(s_start, figure.start - 20), figure.start) or (
            _PER_POPULATION.match(text, head_end, s_end)
        ):
            continue  # "one for every 7,000 people", "one in 1,700", "40 for every million inhabitants"
        if (
            _POPULATION_BEFORE.search(text, max(s_start, figure.start - 30), figure.start)
            or _POPULATION_NOW_AT.search(text, max(s_start, figure.start - 100), figure.start)
        ) or (
            figure.value >= POPULATION_SIZE
            and _WITH_A_POPULATION_BEFORE.search(text, max(s_start, figure.start - 80), figure.start)
        ):
            continue  # "a country of 11 million people", "an archipelago with 400,000 citizens"
        if head in {"people", "persons", "residents", "inhabitants"} and _LIVE_THERE.match(
            text, head_end, s_end
        ):
            # "the gorge, where around 7,000 people live": those who live there ("800 Britons living
            # in Syria" may be fighters, and is left to the rules below)
            continue
        if kind == "person" and (
            (
                _MOSTLY_FAMILIES.may_match(text[head_end : min(s_end, head_end + 120)])
                and _MOSTLY_FAMILIES.pattern.match(text, head_end, min(s_end, head_end + 120))
            )
            or (
                (including_children := _INCLUDING_CHILDREN.match(text, head_end, min(s_end, head_end + 120)))
                and not _DEPARTED.search(text, including_children.end(), s_end)
            )
            or (
                _CAMP_BEFORE.search(text, max(s_start, figure.start - 60), figure.start)
                # "25 citizens from camps, including six men suspected of having fought": fighters among them
                and not (
                    _INCLUDING_BEFORE.search(text, max(s_start, figure.start - 16), figure.start)
                    and _FIGHTING_WORDS.search(text, head_end, min(clause_end, head_end + 60))
                )
            )
            or (
                head not in {"returnees", "recruits"}
                and (not_fighting := _NOT_FIGHTING_PREDICATE.search(_main_clause(text, head_end, seg_end)))
                # "33 men had been charged with terrorism offences on their return": those who came back
                and not _RETURN_CUE.search(text, head_end, min(seg_end, head_end + not_fighting.end() + 40))
            )
        ):
            continue  # families brought home, camp residents, people arrested or investigated at home
        if (
            kind == "person"
            and head in {"men", "males"}
            and _INCLUDING_BEFORE.search(text, max(s_start, figure.start - 16), figure.start)
            and not _FIGHTING_WORDS.search(text, head_end, min(seg_end, head_end + 60))
            and _MEN_AMONG_FAMILIES.match(text, head_end, s_end)
        ):
            continue  # "400 travelled, among them 255 men, while the others are women and children"
        if head == "members" and (
            _BODY_OF_STATES_BEFORE.search(text, max(s_start, figure.start - 80), figure.start)
            or _OF_A_BODY_OF_STATES.match(text, head_end, s_end)
        ):
            continue  # "the Global Coalition, which now counted 83 members", "23 members of the Coalition"
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
            and _tells_of_bringing_home(text, max(s_start, figure.start - 60), min(s_end, head_end + 60))
            and not _FIGHTING_WORDS.search(text, head_end, min(clause_end, head_end + 80))
        ):
            continue  # "brought home 231 citizens from Syria": mostly families; the fighters among them count
        if (
            kind == "person"
            and _ON_A_LIST.search(text, head_end, clause_end)
            or kind == "nounless"
            and _NOUNLESS_NOT_FIGHTING.match(text, figure.end, clause_end)
        ):
            continue  # "added 87,000 people to a no-entry list", "another 60 were stopped before leaving"
        if kind == "nounless" and (
            _NOUNLESS_NOT_FIGHTERS.match(text, figure.end, s_end)
            or _NUMBER_OF_NON_FIGHTERS.search(text, max(s_start, figure.start - 100), figure.start)
        ):
            continue  # "up to 4,640 were minors", "the number of children at 391"
        if kind in {"person", "fighter"} and _NOUN_NOT_FIGHTERS.match(text, head_end, s_end):
            continue  # "fewer than 20 of the returnees are women"
        # "repatriated 25 citizens, including six men who fought": a figure among those brought home
        among_the_repatriated = says_repatriation and bool(
            _SUBSET_OF_THE_REPATRIATED.search(text, s_start, figure.start)
        )
        context_in_sentence = bool(_FIGHTER_WORD.search(before_text))
        rule = ""
        nationals: re.Match[str] | None = None
        if kind == "fighter":
            rule = "figure + fighter noun"
        elif kind == "person":
            noun_phrase = text[prev_end : min(s_end, head_end + 150)]
            if _FIGHT_CONTEXT.search(noun_phrase) or (breakdown and previous_claim):
                rule = "figure + people noun + fighting context"
            elif head == "returnees" and (previous_claim or last_claim or claims):
                rule = "figure + returnees counted before"  # "137 of these returnees are in prison"
            elif (
                head in {"men", "people", "individuals", "persons", "adults", "males"}
                and _CHARGED.search(text, head_end, min(seg_end, head_end + 40))
                and among_the_repatriated
            ):
                rule = "figure + men charged among the repatriated"  # "among them five men later charged"
            elif _AMONG_THE_FIGHTERS_START.match(text, s_start, figure.start):
                rule = "figure among fighters named before it"  # "Among the foreign detainees are 800 men"
            elif head in {"men", "males"} and _REPATRIATED_BEFORE.search(
                text, max(s_start, figure.start - 30), figure.start
            ):
                rule = "figure + men brought back"  # "have taken back fewer than 100 men"
            elif (
                head in {"members", "men"}
                # "some 2,300 TTP members", "4,000 to 5,000 TTP men": the group named before the noun
                and find_groups(text, figure.end, head_end)
            ):
                rule = "figure + members of an armed group"
            elif (
                head == "members"
                and _A_GROUP_HAS.search(text, max(s_start, figure.start - 80), figure.start)
                and (
                    find_groups(text, max(s_start, figure.start - 80), figure.start)
                    # "the group retains between 5,000 and 7,000 members": the group named before
                    or (
                        recent_group
                        and _THE_GROUP.search(text[max(s_start, figure.start - 80) : figure.start])
                    )
                )
            ):
                rule = "figure + members of an armed group"  # "al Qaeda has between 400 and 600 members"
            elif (claims or previous_claim) and _EACH_BEFORE.search(
                text, max(s_start, figure.start - 60), figure.start
            ):
                rule = "figure for each of two countries"  # "Belgium and the UK each count 300 nationals"
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
            elif (in_a_war := _IN_A_WAR_AFTER.match(text, head_end, s_end)) and (
                head in {"citizens", "nationals"}
                # "fewer than a dozen Filipinos in Syria": a people right before a country at war not theirs
                or any(
                    p.is_demonym and p.name != in_a_war.group(1)
                    for p in find_places(text, figure.end, head_end)
                )
            ):
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
            elif (
                _STRENGTH_AT.search(text, max(s_start, figure.start - 80), figure.start)
                or _MEN_OF_A_GROUP_ARE.search(text, max(s_start, figure.start - 90), figure.start)
            ) and (
                find_groups(text, s_start, figure.start) or _THE_GROUP.search(text[s_start : figure.start])
            ):
                rule = "figure given as a group's strength"  # "ISIL's fighting strength has fallen to 19,000"
            elif (claims or previous_claim) and _EACH_BEFORE.search(
                text, max(s_start, figure.start - 60), figure.start
            ):
                rule = "figure for each of two countries"  # "Britain and Germany are each put at about 760"
            elif (
                (nationals := _OF_THE_NATIONALS_START.match(text, s_start, figure.start))
                and (named := find_places(nationals.group(1)))
                and named[0].is_demonym
            ):
                rule = "figure of nationals named before it"  # "Of the Tunisians still abroad, around 1,700"
            elif claims and _STILL_IN_A_WAR_AFTER.match(text, figure.end, s_end):
                rule = "figure of those still in the war, after a claim"  # "while roughly 2,900 remain in"
            elif _AMONG_THE_RETURNED.match(text, s_start, figure.start):
                rule = "figure among those who returned"  # "Of those who have returned, 137 are in prison"
            elif _MORE_OF_THE_SAME.match(follows) and (claims or previous_claim):
                rule = "figure + 'more' of those counted before"  # "and has captured 287 more"
            elif _BARE_RETURNED.match(text, figure.end, s_end) and (claims or previous_claim or last_claim):
                rule = "figure continuing the previous claim"  # "Nine have returned, he said."
            elif (
                "contingent" in lowered
                and list_place is None
                and _A_CONTINGENT_OF_FIGHTERS.search(sentence)
                and (previous_mentions_fighters or previous_claim or last_claim)
                and figure.value >= 10
                and not _CIVILIANS_BEFORE.search(text, s_start, figure.start)
            ):
                # "the largest contingents come from North Africa, which account for almost 11,000"
                rule = "figure for a contingent of the fighters counted before"
            elif (
                index + 1 < len(figures)
                and kinds[index + 1][0] in {"fighter", "person"}
                and _AND_OR_ONLY.fullmatch(text, figure.end, figures[index + 1].start)
            ):
                rule = "figure sharing the noun of the next"  # "some 12,000 and 8,000 fighters"
            elif claims and _parallel_to(text, claims[-1].figure, figure):
                # "put the total at 270, and in the summer at around 400", "spoke of 60 in 2013; today
                # it says about 170": the same count at another time, the words around it left out
                rule = "figure continuing the previous claim in the sentence"
            elif _OF_THOSE_OR_THE_NUMBER.match(follows) and (
                _FIGHT_CONTEXT.search(text[figure.end : s_end])
                or (previous_claim is not None and find_groups(text, figure.end, s_end))
            ):
                rule = "figure + 'of those who' fought, left or returned"
            elif (
                _OF_THOSE.match(text, figure.end, s_end)
                and (previous_mentions_fighters or previous_claim is not None)
                and _origin_countries(text, figure.end, seg_end)
            ):
                rule = "figure + 'of them' from many countries"  # "6,956 of them from 64 countries"
            elif previous_claim is not None and index == 0 and _OF_THEM_ARE.match(text, figure.end, s_end):
                rule = "figure + 'of them' after a claim"  # "Some 4,000 of them are in Syria"
            elif _WERE_MEN_WHO_FOUGHT.match(text, figure.end, s_end):
                rule = "figure + men who fought named after it"  # "but 61 were men who had fought"
            elif _OF_THEM_FROM.match(text, figure.end, s_end) and (
                previous_claim or previous_mentions_fighters or claims
            ):
                rule = "figure + 'of them' from a country or region"
            elif claims and (_FROM_OR_IN.match(follows) or _SUBSET_BEFORE.search(before_text)):
                rule = "figure in a breakdown of the previous one"
            elif number_of:
                rule = "figure given as the number of fighters named before it"
            elif (
                _SEEN_BEFORE.search(text, max(s_start, figure.start - 12), figure.start)
                and _RETURN_VERB_AFTER.match(text, figure.end, s_end)
                and (claims or previous_claim or last_claim or previous_mentions_fighters)
            ):
                rule = "figure of those a country saw come back"  # "has seen around 250 return"
            elif list_place and (
                claims
                or previous_claim
                or (
                    last_claim
                    and (respective_places or _CONTINGENT.search(sentence) or previous_mentions_fighters)
                )
            ):
                rule = "figure for one country in a list"
            elif (breakdown or mentions_number) and previous_had_context and previous_claim:
                rule = "figure continuing the previous claim"
            elif (
                earlier
                and (claims or previous_claim or (mentions_number and last_claim))
                # "shelters more than 65,000 people, up from about 10,000": compared with a figure of
                # the sentence that counts something else, it counts that too
                and not (
                    index
                    and figure.start - figures[index - 1].end <= 60
                    and not (claims and claims[-1].figure is figures[index - 1])
                )
            ):
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
                "figure + 'of them' after a claim",
                "figure + 'of them' from many countries",
            }
            or breakdown
            else None
        )
        if rule == "figure in a breakdown of the previous one":
            inherit = claims[-1]
        if claims and rule in {
            "figure put at a number of fighters named nearby",
            "figure continuing the previous claim",
            "figure + 'of those who' fought, left or returned",
        }:
            # "... put at 8,000, though one state cited a figure of 15,000": the nearer count goes on
            inherit = claims[-1]
        if (
            claims
            and rule == "figure + 'of those who' fought, left or returned"
            and not _OF_THOSE.match(text, figure.end, s_end)
        ):
            inherit = previous_claim  # "120 of the 450 Belgians who ...": the total is this sentence's own
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
            # "the 7,000 fighters believed to have returned": said of the counted, even as a total
            kind in {"fighter", "person"}
            and (
                _RETURNED_AFTER_NOUN.match(text, head_end, s_end) is not None
                # not "of the 470 nationals who left, 117 have returned": the total they came from
                or (not partitive_total and _RETURNED_AFTER_WHO.match(text, head_end, s_end) is not None)
            )
        ) or (
            not partitive_total
            and bool(
                _RETURN_CUE.search(_without_titles(_SOME_OF_WHOM.sub("", main_clause)))
                or _RETURN_VERB_AFTER.match(text, figure.end, s_end)
                or _BARE_RETURNED.match(text, figure.end, s_end)  # "about 400, have already come back"
                or (kind == "person" and _BARE_RETURNED.match(text, head_end, s_end))  # "350 people — have"
                or (kind in {"nounless", "person"} and _AMONG_THE_RETURNED.match(text, s_start, figure.start))
                or head in {"returnees", "returns"}
                or (
                    # "250 fighters have returned to France, and about 350 to the United Kingdom"
                    kind == "nounless"
                    and claims
                    and claims[-1].subject == "returnees"
                    # "..., and about 350 to the UK", "..., including some 1,800 to Western Europe"
                    and _AND_BEFORE.search(text, max(s_start, figure.start - 12), figure.start) is not None
                    and _TO_A_PLACE.match(text, figure.end, s_end) is not None
                )
                or (
                    # "120 had come back, and dozens have since been convicted", "... Only about 40 have
                    # been convicted": of those who came back
                    kind == "nounless"
                    and (
                        (claims and claims[-1].subject == "returnees")
                        or (not claims and inherit is not None and inherit.subject == "returnees")
                    )
                    and _CHARGED.search(text, figure.end, min(seg_end, figure.end + 40)) is not None
                )
                or (
                    _AMONG_THEM_START.match(text, s_start, figure.start)
                    and _REPATRIATION.search(previous_text)
                )
                or (
                    # "Kosovo flew 110 of its citizens home. The group included 32 women, 74 children and
                    # four men suspected of having fought": the fighters among those brought home
                    kind in {"person", "nounless"}
                    and (
                        _GROUP_MAKEUP_BEFORE.search(text, s_start, figure.start) is not None
                        or _OF_THEM_AFTER.match(text, figure.end) is not None
                    )
                    and _HAD_FOUGHT_AFTER.search(text, figure.end, min(seg_end, head_end + 60)) is not None
                    and (
                        _tells_of_bringing_home(previous_text, 0, len(previous_text))
                        or _FLOWN_HOME.search(text, s_start, figure.start) is not None
                    )
                )
                or (
                    origin is not None
                    and says_custody
                    and (custody := _TO_CUSTODY.search(text, head_end, s_end)) is not None
                    and place_name(custody.group(1)) == origin
                )
                or (
                    # "repatriated seven suspected fighters", "have taken back fewer than 100 men"
                    (
                        kind == "fighter"
                        or head in {"men", "males", "detainees", "prisoners"}
                        # "has taken back around 3,000 of its citizens who fought for ISIS"
                        or (
                            head in {"citizens", "nationals"}
                            and _HAD_FOUGHT_AFTER.search(text, head_end, min(seg_end, head_end + 40))
                            is not None
                        )
                    )
                    and _REPATRIATED_BEFORE.search(text, max(s_start, figure.start - 30), figure.start)
                )
                or (
                    among_the_repatriated
                    and (
                        kind == "fighter"
                        or _FIGHTING_WORDS.search(text, figure.end, min(seg_end, head_end + 60))
                        or _CHARGED.search(text, head_end, min(seg_end, head_end + 40))
                    )
                )
                or (
                    kind in {"nounless", "person"}
                    and _RETURN_CUE.search(
                        _words_of_its_own(text, prev_end, figure.start, prev_end > s_start)
                    )
                )
                or (number_of is not None and _RETURN_CUE.search(number_of.group(1)))
                or (
                    rule == "figure for one country in a list"
                    and inherit is not None
                    and inherit.subject == "returnees"
                    # another item of a list of returnees, or a list said of those who came back; not
                    # the next country after "..., of whom roughly 1,765 have gone back"
                    and (
                        (claims and inherit is claims[-1])
                        or inherit.rule == "figure for one country in a list"
                        or (previous_text.rstrip().endswith(":") and _RETURN_CUE.search(previous_text))
                    )
                )
            )
        )
        if (
            origin is None
            and kind == "nounless"
            and (
                fighters_from := _FIGHTERS_FROM_BEFORE.search(
                    text, max(prev_end, figure.start - 120), figure.start
                )
            )
            and (home := find_places(text, fighters_from.end(), min(figure.start, fighters_from.end() + 40)))
            and home[0].start == fighters_from.end()
        ):
            # "those from Russia's North Caucasus": the place nearest the figure of a run of places
            origin = (
                home[1] if len(home) > 1 and text[home[0].end : home[1].start] in {"'s ", "’s "} else home[0]
            ).name
        if origin is None and rule == "figure of nationals named before it" and nationals:
            origin = place_name(nationals.group(1))
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
            # "4,000 fighters from northern Syria were brought to Azerbaijan": from there, to elsewhere
            and not (_FROM_NEXT.match(text, head_end) and locations and origin not in locations)
        )
        if returning:
            subject = "returnees"
        elif (
            own_strength
            and _MANY_OF_THEM_FROM.search(text, head_end, min(s_end, head_end + 40))
            and not _FOREIGN_WORD.search(phrase)
        ):
            pass  # "a faction that counted 1,000 fighters, many of them from the Caucasus": its strength
        elif (
            # "as many as 5,000, including Chechens, Uzbeks and Turks": peoples listed are foreigners
            _lists_nationalities(text, figure.end, s_end)
            or (origin and not local)
            or origin_countries
            or _foreign_cue(phrase)
            or _foreign_cue(text[max(prev_end, figure.start - 40) : figure.start])
            or ((says_their or "its" in lowered) and _ITS_NATIONALS_AMONG.search(text, s_start, figure.start))
            or _CITIZENS_OF.match(text, figure.end, s_end)
            or _NOT_OF_THE_COUNTRY.match(text, figure.end, s_end)
            # "fewer than 10 nationals with IS": a country's own people counted where they fight
            or (head in {"nationals", "citizens"} and rule == "figure + people noun + fighting context")
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
                and not _LOCAL_FORCE_WORDS.search(sentence)
            )
        ):
            subject = "foreign_fighters"  # "no more than 100 such fighters" after foreign fighters
        if subject == "foreign_fighters" and "Ukraine" in locations and _PMC_IN.search(sentence):
            subject = "fighters"  # Wagner's men in Russia's own war are its force, not foreigners
        if rule == "figure given as a group's strength" and not _FOREIGN_WORD.search(sentence):
            subject = "fighters"  # "Wagner's total strength at a few thousand": the force, wherever from
        if rule == "figure for a contingent of the fighters counted before" and not returning:
            subject = "foreign_fighters"  # a contingent comes from somewhere: those who travelled
        if kind == "nounless" and claims and subject == "fighters" and claims[-1].subject != "returnees":
            subject = claims[-1].subject
        if inherit:
            if (
                # "400 have returned, and courts have convicted about 160 of them": part of the returnees
                claims
                and inherit is claims[-1]
                and inherit.subject == "returnees"
                and _OF_THOSE.match(text, figure.end, s_end)
                and not own_strength
            ) or (
                # "... 1,300 have returned. Of those, around 300 are in detention": part of the returnees
                not claims
                and inherit.subject == "returnees"
                and _OF_THOSE_START.match(text, s_start, figure.start)
                and not _RETURN_VERB_AFTER.match(text, figure.end, s_end)
            ):
                subject = "returnees"
            elif subject == "fighters" and not own_strength and inherit.subject != "returnees":
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
            # a force's own size, whoever leads it; "gunmen", "insurgents" fight where they are
            and head not in _LOCAL_FORCE_NOUNS
            and not (
                kind == "nounless"
                and _LOCAL_FORCE_WORDS.search(text, max(s_start, figure.start - 60), figure.start)
            )
            and not _LOCAL_FORCE_CUE.search(text, s_start, s_end)
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


def is_breakdown(text: str, s_start: int) -> bool:
    return bool(_BREAKDOWN_START.match(text[s_start : s_start + 40]))
