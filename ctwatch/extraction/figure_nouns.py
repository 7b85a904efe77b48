"""What a figure counts, read from the words after it: a fighter noun ("300 jihadists"), a noun of
people who count as fighters only in context ("700 nationals", "32 Sri Lankans"), a noun of
something else ("troops", "years"), a rate or a percentage, or no noun at all ("300 have returned")."""

from __future__ import annotations

import re

from .numbers import Figure
from .places import find_places, place_name

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
    "departures",
    "paramilitaries",
    "mujahideen",
    "mujahidin",
    "mujahedeen",
    "mujahedin",
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
    "detainees",
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
    "adult",  # "217 adult returnees"
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
    # conjunctions and prepositions end a noun phrase: "from about 500 when the fighting began"
    "when",
    "where",
    "over",  # "fewer than 20,000 over a full decade"
    "today",  # "between 300 and 400 today"
    "yesterday",
    "whereas",
    "during",
    "although",
    "though",
    "because",
    "once",
    "against",
    "into",
    "within",
    "around",
    "near",
    "for",
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
# "40%", "two-thirds of them": a share, not a count
_PERCENT = re.compile(
    r"^\s*(?:%|per\s*cent|percent|pc\b)|^-(?:thirds?|quarters?|fifths?|tenths?)\b", re.IGNORECASE
)
_REGULAR_FORCE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:force|forces|army|contingent|mission|troops|peacekeep\w*|police|coalition)\b",
    re.IGNORECASE,
)
_CAPITALIZED_BEFORE = re.compile(r"[A-Z][\w-]*\s+$")
_HEAD_GAP_BREAKS = frozenset(".;:!?(),—–")
_HEAD_WORD = re.compile(r"(?:[A-Z]\.){2,}|[\w’'%-]+|[%+]")  # "U.S." is one word
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_DASH_YEAR = re.compile(r"^\s*[-–]?\s*year")
_PMC_NOUNS = {"personnel", "contractors", "instructors", "operatives", "men"}
_PMC_NAMED = re.compile(r"\bWagner\b|\bprivate military compan|\bmercenary compan|\bPMCs?\b")
_THESE_NOUN = re.compile(r"\s+(?:these|those)\s+([A-Za-z]+)\b")
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-|retired)\s*$", re.IGNORECASE)
_HIRED_AFTER = re.compile(r"\b(?:recruited|hired|contracted|paid)\b|\bto\s+fight\b", re.IGNORECASE)
_AND_FIGHTERS = re.compile(r"\s+(?:and|or)\s+(mercenaries|fighters|militants|militiamen|jihadists)\b", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z-]+)")


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
    if (
        after[:1] in {'"', "”"}
        and (nxt := _NEXT_WORD.match(after, 1))
        and _ends_a_quoted_figure(nxt.group(1))
    ):
        # 'was "several thousand" if ...': the quotation ends the figure ('"over 800" ISIS fighters' does not)
        return "nounless", None, figure.end
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
        if low == "members" and text[max(figure.end, m.start() - 6) : m.start()].lower() == "armed ":
            return "fighter", "armed men", m.end()  # "about 400 armed members"
        if low in _PMC_NOUNS and _PMC_NAMED.search(
            text, max(0, figure.start - 100), min(len(text), m.end() + 60)
        ):
            return "fighter", "mercenaries", m.end()  # "Wagner had some 3,000 personnel in the country"
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
        if (
            low in {"soldiers", "troops", "servicemen"}
            and _FORMER_BEFORE.search(text, max(figure.end, m.start() - 12), m.start())
            and _HIRED_AFTER.search(text, m.end(), min(len(text), m.end() + 120))
        ):
            # "300 Colombian former soldiers recruited to fight in Sudan"
            return "fighter", "mercenaries", m.end()
        if low in NON_FIGHTER_NOUNS or low == "forces":
            if low in {"forces", "personnel", "troops"} and (
                paired := _AND_FIGHTERS.match(text, m.end(), limit)
            ):
                # "20,000 foreign forces and mercenaries"
                return "fighter", paired.group(1).lower(), paired.end()
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
        if low.endswith(("'s", "’s")) and words_seen > 1:
            continue  # "2,900 of his country's nationals": a possessive before the noun
        if low == "of":
            following = [w.strip(",.;:") for w in text[m.end() : m.end() + 12].lower().split()]
            if (
                following
                and following[0] in {"these", "those"}
                and (named := _THESE_NOUN.match(text, m.end()))
                and (noun := named.group(1).lower()) == "returnees"
            ):
                # "137 of these returnees": a part of those counted before, who came back
                return "person", noun, named.end()
            if own := _OF_ITS_PEOPLE.match(text, m.start()):
                return "person", own.group(1).lower(), own.end()  # "135 of its residents have travelled"
            if following and following[0] in {"them", "these", "those", "which", "whom", "whom,", "it"}:
                return "nounless", None, figure.end
            if len(following) > 1 and following[0] == "the" and _A_TOTAL_AFTER_THE.match(text, m.end()):
                return "nounless", None, figure.end  # "120 of the (roughly) 300 Belgians": part of a total
            continue
        if (
            words_seen == 1
            and low in {"more", "additional", "extra", "further"}
            and _next_is_word(text, m.end())
        ):
            continue  # "475 more military advisers", "200 more fighters": the noun follows
        if words_seen == 1 and low == "each":
            return "nounless", None, figure.end  # "Germany and the UK, with about 760 each"
        if word == "IS":
            continue  # "10,000 IS fighters": the group, not the verb
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


_OF_ITS_PEOPLE = re.compile(r"of\s+(?:its|their)\s+(?:own\s+)?(nationals|citizens|residents)\b")
_A_TOTAL_AFTER_THE = re.compile(
    r"\s+the\s+(?:(?:roughly|about|around|some|nearly|almost|approximately|estimated|more than|over)\s+)?\d"
)


def _ends_a_quoted_figure(word: str) -> bool:
    low = word.lower()
    return (
        word[:1].islower() and low not in FIGHTER_NOUNS and low not in PERSON_NOUNS and low not in _MODIFIERS
    )


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
        or word
        in {"advisers", "advisors", "troops", "soldiers", "military", "security", "police", "army", "special"}
        or m.group(1)[:1].isupper()
    )


def _next_is_noun(text: str, at: int, limit: int) -> bool:
    m = _NEXT_WORD.match(text[at:limit])
    return bool(m) and (m.group(1).lower() in FIGHTER_NOUNS | PERSON_NOUNS)
