"""Countries, regions and their demonyms: finding places in text and naming them in plain English."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .scanning import ParagraphScanner

# One country per line: short English name | adjectives | plural nouns for its people | other names.
# Kept as a table so a curator can extend it without touching code.
_COUNTRY_TABLE = """
Afghanistan|Afghan|Afghans|
Albania|Albanian|Albanians|
Algeria|Algerian|Algerians|
Argentina|Argentine,Argentinian|Argentines,Argentinians|
Armenia|Armenian|Armenians|
Australia|Australian|Australians|
Austria|Austrian|Austrians|
Azerbaijan|Azerbaijani,Azeri|Azerbaijanis,Azeris|
Bahrain|Bahraini|Bahrainis|
Bangladesh|Bangladeshi|Bangladeshis|
Belarus|Belarusian|Belarusians|
Belgium|Belgian|Belgians|
Bosnia and Herzegovina|Bosnian|Bosnians|Bosnia
Brazil|Brazilian|Brazilians|
Bulgaria|Bulgarian|Bulgarians|
Burkina Faso|Burkinabe||
Cameroon|Cameroonian|Cameroonians|
Canada|Canadian|Canadians|
Chad|Chadian|Chadians|
China|Chinese||
Croatia|Croatian|Croats,Croatians|
Cyprus|Cypriot|Cypriots|
Czech Republic|Czech|Czechs|Czechia
Democratic Republic of the Congo|Congolese||DRC,DR Congo
Denmark|Danish|Danes|
Egypt|Egyptian|Egyptians|
Eritrea|Eritrean|Eritreans|
Estonia|Estonian|Estonians|
Ethiopia|Ethiopian|Ethiopians|
Finland|Finnish|Finns|
France|French|Frenchmen|
Georgia|Georgian|Georgians|
Germany|German|Germans|
Greece|Greek|Greeks|
Hungary|Hungarian|Hungarians|
India|Indian|Indians|
Indonesia|Indonesian|Indonesians|
Iran|Iranian|Iranians|
Iraq|Iraqi|Iraqis|
Ireland|Irish||
Israel|Israeli|Israelis|
Italy|Italian|Italians|
Japan|Japanese||
Jordan|Jordanian|Jordanians|
Kazakhstan|Kazakh,Kazakhstani|Kazakhs,Kazakhstanis|
Kenya|Kenyan|Kenyans|
Kosovo|Kosovar,Kosovan|Kosovars|
Kuwait|Kuwaiti|Kuwaitis|
Kyrgyzstan|Kyrgyz||
Lebanon|Lebanese||
Libya|Libyan|Libyans|
Lithuania|Lithuanian|Lithuanians|
Latvia|Latvian|Latvians|
Malaysia|Malaysian|Malaysians|
Maldives|Maldivian|Maldivians|
Mali|Malian|Malians|
Mauritania|Mauritanian|Mauritanians|
Morocco|Moroccan|Moroccans|
Mozambique|Mozambican|Mozambicans|
Netherlands|Dutch|Dutchmen|Holland
New Zealand||New Zealanders|
Niger|Nigerien|Nigeriens|
Nigeria|Nigerian|Nigerians|
North Macedonia|Macedonian|Macedonians|Macedonia
Norway|Norwegian|Norwegians|
Oman|Omani|Omanis|
Pakistan|Pakistani|Pakistanis|
Philippines|Filipino,Philippine|Filipinos|
Poland|Polish|Poles|
Portugal|Portuguese||
Qatar|Qatari|Qataris|
Romania|Romanian|Romanians|
Russia|Russian|Russians|Russian Federation
Saudi Arabia|Saudi|Saudis|
Senegal|Senegalese||
Serbia|Serbian|Serbs,Serbians|
Somalia|Somali|Somalis|
South Africa|South African|South Africans|
Spain|Spanish|Spaniards|
Sri Lanka|Sri Lankan|Sri Lankans|
Sudan|Sudanese||
Sweden|Swedish|Swedes|
Switzerland|Swiss||
Syria|Syrian|Syrians|Syrian Arab Republic
Tajikistan|Tajik|Tajiks|
Tanzania|Tanzanian|Tanzanians|
Trinidad and Tobago|Trinidadian|Trinidadians|
Tunisia|Tunisian|Tunisians|
Turkey|Turkish|Turks|Türkiye
Turkmenistan|Turkmen||
Uganda|Ugandan|Ugandans|
Ukraine|Ukrainian|Ukrainians|
United Arab Emirates|Emirati|Emiratis|UAE
United Kingdom|British|Britons,Brits|UK,U.K.,Britain,Great Britain
United States|American|Americans|US,U.S.,USA,U.S.A.,United States of America,America
Uzbekistan|Uzbek|Uzbeks|
Yemen|Yemeni|Yemenis|
Bhutan|Bhutanese||
Bolivia|Bolivian|Bolivians|
Brunei|Bruneian|Bruneians|
Burundi|Burundian|Burundians|
Cambodia|Cambodian|Cambodians|
Central African Republic|Central African||CAR
Chile|Chilean|Chileans|
Colombia|Colombian|Colombians|
Comoros|Comoran,Comorian|Comorians|
Cuba|Cuban|Cubans|
Djibouti|Djiboutian|Djiboutians|
Ecuador|Ecuadorian|Ecuadorians|
Gambia|Gambian|Gambians|The Gambia
Ghana|Ghanaian|Ghanaians|
Guinea|Guinean|Guineans|
Guyana|Guyanese||
Iceland|Icelandic|Icelanders|
Ivory Coast|Ivorian|Ivorians|Côte d'Ivoire,Cote d'Ivoire
Jamaica|Jamaican|Jamaicans|
Laos|Lao,Laotian|Laotians|
Liberia|Liberian|Liberians|
Luxembourg|Luxembourgish|Luxembourgers|
Madagascar|Malagasy||
Malawi|Malawian|Malawians|
Malta|Maltese||
Mexico|Mexican|Mexicans|
Moldova|Moldovan|Moldovans|
Mongolia|Mongolian|Mongolians|
Montenegro|Montenegrin|Montenegrins|
Myanmar|Burmese||Burma
Nepal|Nepali,Nepalese|Nepalis|
North Korea|North Korean|North Koreans|DPRK
Palestine|Palestinian|Palestinians|Palestinian territories,West Bank,Gaza
Peru|Peruvian|Peruvians|
Rwanda|Rwandan|Rwandans|
Sierra Leone|Sierra Leonean|Sierra Leoneans|
Singapore|Singaporean|Singaporeans|
Slovakia|Slovak|Slovaks|
Slovenia|Slovenian,Slovene|Slovenians,Slovenes|
South Korea|South Korean|South Koreans|Korea,Republic of Korea
South Sudan|South Sudanese||
Suriname|Surinamese||
Taiwan|Taiwanese||
Thailand|Thai|Thais|
Togo|Togolese||
Venezuela|Venezuelan|Venezuelans|
Vietnam|Vietnamese||Viet Nam
Zambia|Zambian|Zambians|
Zimbabwe|Zimbabwean|Zimbabweans|
Benin|Beninese||
Botswana|Botswanan||
Angola|Angolan|Angolans|
"""

# Regions are kept as written (normalized spelling), per the corpus convention.
_REGION_TABLE = """
Europe|European|Europeans|EU member states,European Union
Central Asia|Central Asian|Central Asians|
Middle East|Middle Eastern||
North Africa|North African|North Africans|
West Africa|West African||
East Africa|East African||
Sub-Saharan Africa|||
Africa|African|Africans|
Southeast Asia|Southeast Asian,South-East Asian|Southeast Asians,South-East Asians|South-East Asia
South Asia|South Asian||
Western Balkans|||
Balkans|Balkan||
North Caucasus|North Caucasian||
Caucasus|Caucasian||
Western countries|Western|Westerners|the West
Gulf|||Gulf states
Sahel|||
Levant|||
Maghreb|Maghrebi||
Pacific Rim|||
former Soviet Union|former Soviet|ex-Soviet|ex-Soviet Union
Western Europe|Western European|Western Europeans|
Eastern Europe|Eastern European|Eastern Europeans|
Northern Europe|Northern European|Northern Europeans|
Southern Europe|Southern European|Southern Europeans|
Scandinavia|Scandinavian|Scandinavians|Nordic countries
Latin America|Latin American|Latin Americans|
Caribbean|Caribbean||
South America|South American|South Americans|
North America|North American|North Americans|
Horn of Africa|||
Asia|Asian|Asians|
Arab world|||Arab countries,Arab states
Chechnya|Chechen|Chechens|
Dagestan|Dagestani|Dagestanis|
Ingushetia|Ingush||
Xinjiang|Uighur,Uyghur,Uygur|Uighurs,Uyghurs,Uygurs|
Kashmir|Kashmiri|Kashmiris|
Mindanao|||
Crimea|Crimean||
Donbas|||Donbass
Sinai|||Sinai Peninsula
"""


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    name: str  # plain English name of the country or region
    is_region: bool
    is_demonym: bool  # "Dutch", "Britons": names the people, not the place


def _parse(table: str, is_region: bool) -> list[tuple[str, str, bool, bool]]:
    """(surface form, name, is_region, is_demonym) rows from a table."""
    rows = []
    for line in table.strip().splitlines():
        name, adjectives, people, aliases = (line.split("|") + ["", "", ""])[:4]
        rows.append((name, name, is_region, False))
        for alias in filter(None, aliases.split(",")):
            rows.append((alias, name, is_region, False))
        for demonym in filter(None, adjectives.split(",") + people.split(",")):
            rows.append((demonym, name, is_region, True))
    return rows


_ROWS = _parse(_COUNTRY_TABLE, False) + _parse(_REGION_TABLE, True)
_BY_SURFACE = {
    surface.lower(): (name, is_region, is_demonym) for surface, name, is_region, is_demonym in _ROWS
}
COUNTRY_NAMES = frozenset(name for _, name, is_region, _ in _ROWS if not is_region)
# Short all-caps aliases and words that are also common words must match case exactly.
_CASE_SENSITIVE = {"US", "UK", "UAE", "DRC", "U.S.", "U.K.", "USA", "U.S.A.", "the West", "Western", "Gulf"}
# Index of surface forms by their first word, longest first, so "South Africa" wins over "Africa".
# Looking words up in a dict is several times faster than one regex alternation of ~400 names.
_BY_FIRST_WORD: dict[str, list[str]] = {}
for _surface in sorted({s for s, *_ in _ROWS}, key=len, reverse=True):
    _BY_FIRST_WORD.setdefault(_surface.split()[0].lower(), []).append(_surface)
# Place names start with a capital letter, except a few written in lower case.
_PLAIN_WORD_RE = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’'-]*|\b(?:westerners?|western|former|ex-[Ss]oviet|sub-[Ss]aharan)\b"
)
# _PLAIN_WORD_RE, written so that the regex engine can skip ahead to a possible first letter (an
# alternation whose second branch starts with \b is tried at every position): the first letter is
# matched by one character class, then each branch checks which letter it was ((?<=w)), and
# (?<!\w.) is the \b before the lower-case words. Tests check that both find the same words.
_WORD_RE = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Žwfes](?:(?<=[A-ZÀ-ÖØ-ÞĀ-Ž])[\w.’'-]*"
    r"|(?<!\w.)(?:(?<=w)esterners?|(?<=w)estern|(?<=f)ormer|(?<=e)x-[Ss]oviet|(?<=s)ub-[Ss]aharan)\b)"
)
_NOT_AFTER = re.compile(r"[\w]|-(?:led|backed|based|sponsored)\b")
# Compiled once at import: the helpers below run these many times per article,
# and re's own cache lookup costs more than the match on such short strings.
_APOSTROPHE_OR_HYPHEN = re.compile(r"[’'-]")


def find_places(text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
    """Every country, region or demonym mentioned in text[start:end]."""
    end = len(text) if end is None else end
    if len(text) > 200:
        return _by_paragraph.find(text, start, end)  # an article: scanned once, by paragraph
    return list(_scan_cached(text, start, end))


@lru_cache(maxsize=8192)
def _scan_cached(text: str, start: int, end: int) -> tuple[PlaceMention, ...]:
    return tuple(_scan(text, start, end))


_by_paragraph: ParagraphScanner[PlaceMention] = ParagraphScanner(lambda t, s, e: _scan(t, s, e))


@lru_cache(maxsize=65536)
def _candidates(word: str) -> list[str]:
    low = word.lower()
    keys = [low, low.rstrip(".,"), _APOSTROPHE_OR_HYPHEN.split(low)[0]]
    if low.endswith("."):
        keys.append(low[:-1])
    seen: list[str] = []
    for key in keys:
        for surface in _BY_FIRST_WORD.get(key, ()):
            if surface not in seen:
                seen.append(surface)
    return sorted(seen, key=len, reverse=True)


def _scan(text: str, start: int, end: int) -> list[PlaceMention]:
    mentions = []
    resume = start
    for w in _WORD_RE.finditer(text, start, end):
        at = w.start()
        if at < resume or (at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-")):
            continue
        match = None
        for candidate in _candidates(w.group(0)):
            stop = at + len(candidate)
            if stop > end:
                continue
            piece = text[at:stop]
            same = piece == candidate if candidate in _CASE_SENSITIVE else piece.lower() == candidate.lower()
            if same and not _NOT_AFTER.match(text, stop):
                match = piece
                break
        if match is None:
            continue
        resume = at + len(match)
        surface = match
        name, is_region, is_demonym = _BY_SURFACE[surface.lower()]
        # "US" in "US$" or an all-caps headline word "US" is still the United States; lower-case
        # "us" is the pronoun and never matches because those aliases are case-sensitive.
        if surface.lower() == "georgia" and not surface[0].isupper():
            continue
        if surface.lower() in {"chad", "jordan", "niger", "georgia"} and _looks_like_person(text, at):
            continue
        mentions.append(PlaceMention(at, at + len(surface), name, is_region, is_demonym))
    return mentions


def _looks_like_person(text: str, at: int) -> bool:
    """'Jordan Smith', 'Chad Wolf': a place word followed by another capitalized word is a given name."""
    # the second space-separated word from `at`, found without copying the rest of the text
    first_space = text.find(" ", at)
    if first_space < 0:
        return False
    second_space = text.find(" ", first_space + 1)
    following = text[first_space + 1 : second_space if second_space >= 0 else len(text)]
    return following[:1].isupper() and following.isalpha()


def place_name(surface: str) -> str | None:
    """The plain name for a surface form ('Dutch' -> 'Netherlands'), or None."""
    found = _BY_SURFACE.get(surface.lower())
    return found[0] if found else None
