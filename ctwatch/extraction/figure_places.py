"""Where the counted fighters come from and where they are, and the group they are with: a claim's
origin, number of countries of origin, location and group, read from the words around its figure,
then shared across the sentence, a list or the paragraph; the home returnees went back to is their
origin."""

from __future__ import annotations

import re

from .figure_clauses import _CONTRAST_BREAK, _main_clause
from .figure_lists import _SUBSET_BEFORE
from .groups import find_groups, join_groups
from .numbers import QUALIFIER_PATTERN, Figure
from .places import PlaceMention, find_places, place_name
from .regex import KeywordGate
from .types import FigureClaim

_REPATRIATED_BY = KeywordGate(
    re.compile(
        r"\b([A-Z][\w-]+)\s+(?:has|have|had)\s+(?:so far\s+|now\s+|already\s+)?(?:repatriated|brought back|"
        r"taken back)\s+(?:(?:some|about|around|nearly|almost|over|more than|at least|up to|roughly)\s+)?$"
    ),
    ("repatriated", "brought back", "taken back"),
)
_CITIZENS_OF = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:citizens|nationals|residents|natives)\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)
_ARE_DEMONYMS = re.compile(
    r"\s+(?:of\s+(?:them|those|whom)\s+(?:(?:are|were)\s+)?|(?:are|were)\s+)"
    r"(?:(?:believed|thought|said|reported|estimated)\s+to\s+be\s+)?([A-Z][a-z]+s)\b"
)
_OF_ITS_NATIONALS = re.compile(
    r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:nationals|citizens|residents|people)\b"
)
_NUMBER_OF_PEOPLE = re.compile(
    r"\bnumber of (?:the\s+)?(?:[\w-]+\s+){0,2}?(\w+)\s+(?:fighters|jihadists|jihadis|militants|"
    r"extremists|terrorists|nationals|citizens|recruits)"
)
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_FROM_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?(?:Muslim\s+|(?:northern|southern|eastern|western|central|"
    r"north-eastern|north-western|south-eastern|south-western|neighbouring|neighboring)\s+|"
    r"(?:north|south|east|west)\s+of\s+)?"
)
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
_FROM_ARE_WERE = re.compile(r"\s*(?:from|are|were)\b")
# gated: searched for every accepted figure, and few segments name countries, nations or states
_ORIGIN_COUNTRIES = KeywordGate(
    re.compile(
        rf"\bfrom\s+(?:{QUALIFIER_PATTERN}\s+)?"
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
_TITLE_WORD_BEFORE = re.compile(r"\b([A-Z][\w-]+)\s+(?:to|of|on|for)\s+(?:the\s+)?$")


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


_THAN_BEFORE = re.compile(r"\bthan\s+(?:the\s+)?$")
_THE_GROUP = re.compile(
    r"\b(?:the|this)\s+(?:group|organi[sz]ation|affiliate|militia|movement|faction|branch)\b", re.IGNORECASE
)
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
