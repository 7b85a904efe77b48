"""Synthetic news articles with known figures, speakers and forums, for load tests and benchmarks.

Each article is put together from paragraph templates filled with invented people, real countries,
dates and figures, in the shape of wire copy about foreign fighters. What each article states is
returned beside it, so a test can check what ingestion found. Deterministic for a given seed.
"""

import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

FIRST_NAMES = (
    "Amina Daniel Elena Farid Grace Hassan Ingrid Jonas Karim Leila Marco Nadia Oskar Priya Rafael Sofia "
    "Tarek Ursula Viktor Yasmin Zoran Helga Ibrahim Mei Tomas Aisha Pieter Rosa Samir Lena"
).split()
LAST_NAMES = (
    "Albescu Brennan Castellanos Dahlberg Eriksen Fontaine Galloway Haddad Ivanova Jansen Kowalczyk "
    "Lindqvist Moreau Nakamura Okafor Petrenko Quintana Rahimi Sandoval Tanaka Umarov Vasquez Whitfield "
    "Yilmaz Zeller "
    "Abernathy Belkacem Christoffersen Drummond Esposito"
).split()
ROLES = (
    ("the United Nations counter-terrorism coordinator", "United Nations"),
    ("the head of the UN Monitoring Team", "United Nations"),
    ("the interior minister", "Ministry of the Interior"),
    ("the EU counter-terrorism coordinator", "European Union"),
    ("the Coalition's special envoy", "Global Coalition"),
    ("a senior State Department official", "US Department of State"),
    ("the director of the national intelligence service", "National Intelligence Service"),
    ("Interpol's head of counter-terrorism", "Interpol"),
)
COUNTRIES = (
    "Tunisia Morocco France Germany Belgium Russia Turkey Jordan Saudi Arabia Indonesia Kazakhstan "
    "Uzbekistan Tajikistan Sweden Denmark Austria Netherlands Egypt Lebanon Pakistan"
).split()
DESTINATIONS = (("Syria", "Iraq"), ("Syria",), ("Iraq",), ("Libya",), ("Afghanistan",), ("Syria", "Iraq"))
GROUPS = ("the Islamic State", "ISIL", "Daesh", "al-Qaeda", "the Nusra Front")
CITIES = ("Geneva", "Brussels", "Vienna", "New York", "Paris", "Rome", "Amman", "The Hague", "Madrid", "Oslo")
FORUMS = (
    ("security_council", "a Security Council briefing"),
    ("un_conference", "a UN conference on counter-terrorism"),
    ("coalition_meeting", "a meeting of the Global Coalition"),
    ("press_briefing", "a press briefing"),
    ("interview", "an interview"),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
FILLERS = (
    "Officials have long warned that the numbers are hard to verify, since many travel through third states.",
    "Governments have tightened border checks and begun to share passenger records more widely.",
    "Several states are still debating whether to bring home the families held in camps in the region.",
    "Analysts say recruitment online has fallen since the group lost most of its territory.",
    "Prosecutors in several countries have opened cases against people suspected of travelling to fight.",
    "Aid groups say conditions in the detention camps have worsened over the winter months.",
    "The figures are compiled from national reports that member states submit each year.",
    "Human rights groups have criticised the use of citizenship stripping against suspected fighters.",
    "Some returnees have been enrolled in rehabilitation programmes rather than sent to prison.",
    "The debate over how to handle returning fighters has divided several European governments.",
    "Security services say a small share of returnees pose a serious threat of attacks at home.",
    "The assessment was shared with partner agencies before it was made public.",
    "Travel has become harder since neighbouring states closed most of the crossings.",
    "Officials declined to say how many of those counted had since been killed in fighting.",
    "The report also described new routes used by smugglers along the southern border.",
    "Diplomats said the issue would come up again at the next ministerial meeting.",
    "Experts caution that some of those counted may have travelled for reasons other than fighting.",
    "Lawmakers have asked for regular updates on the number of people who have returned.",
)


QUALIFIER_WORDS = {
    "more_than": ("more than", "over", "at least"),
    "about": ("about", "some", "an estimated"),
    "up_to": ("up to", "as many as"),
    "nearly": ("nearly", "almost"),
    "exact": ("",),
}


@dataclass
class ExpectedClaim:
    figure: str
    value: int
    value_max: int | None
    qualifier: str
    subject: str
    source: str


@dataclass
class SyntheticArticle:
    id: str
    url: str
    title: str
    published: str
    text: str
    speaker: str
    speaker_role: str
    forum_kind: str
    claims: list[ExpectedClaim] = field(default_factory=list)


def _round(rng: random.Random, low: int, high: int, step: int) -> int:
    return rng.randrange(low // step, high // step + 1) * step


def _figure(rng: random.Random, subject: str) -> tuple[str, int, int | None, str]:
    """A figure phrase and what it means: (phrase, value, value_max, qualifier)."""
    scale = {
        "foreign_fighters": (1_000, 45_000, 500),
        "returnees": (100, 8_000, 50),
        "fighters": (2_000, 35_000, 500),
    }
    low, high, step = scale[subject]
    value = _round(rng, low, high, step)
    kind = rng.choice(("more_than", "about", "up_to", "nearly", "range", "exact"))
    if kind == "range":
        upper = value + _round(rng, step * 2, max(step * 4, value // 3), step)
        return f"between {value:,} and {upper:,}", value, upper, "range"
    word = rng.choice(QUALIFIER_WORDS[kind])
    return (f"{word} {value:,}".strip(), value, None, kind)


def _paragraphs(
    rng: random.Random, speaker: str, role: str, forum: str, day: str
) -> list[tuple[str, ExpectedClaim]]:
    surname = speaker.split()[-1]
    origin = rng.choice(COUNTRIES)
    where = " and ".join(rng.choice(DESTINATIONS))
    group = rng.choice(GROUPS)
    countries = rng.randrange(40, 120)
    f1 = _figure(rng, "foreign_fighters")
    f2 = _figure(rng, "returnees")
    f3 = _figure(rng, "fighters")
    return [
        (
            f"{f1[0].capitalize()} foreign terrorist fighters from {countries} countries have travelled to "
            f"{where} to join {group}, {speaker}, {role}, told {forum} on {day}.",
            ExpectedClaim(f1[0], f1[1], f1[2], f1[3], "foreign_fighters", speaker),
        ),
        (
            f"{surname} said that {f2[0]} fighters had already returned to {origin}, and that many more were "
            "held in camps or had moved on to other conflicts.",
            ExpectedClaim(f2[0], f2[1], f2[2], f2[3], "returnees", speaker),
        ),
        (
            f"According to {surname}, {group} still commands {f3[0]} fighters in {where}, most of them local "
            "recruits rather than foreigners.",
            ExpectedClaim(f3[0], f3[1], f3[2], f3[3], "fighters", speaker),
        ),
    ]


def generate_articles(
    count: int, *, seed: int = 1, start: dt.date = dt.date(2014, 1, 6)
) -> Iterator[SyntheticArticle]:
    rng = random.Random(seed)
    for n in range(count):
        speaker = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
        role, _ = rng.choice(ROLES)
        forum_kind, forum = rng.choice(FORUMS)
        published = start + dt.timedelta(days=rng.randrange(0, 11 * 365))
        day = rng.choice(WEEKDAYS)
        city = rng.choice(CITIES)
        claims = _paragraphs(rng, speaker, role, forum, day)
        chosen = rng.sample(claims, rng.randrange(1, len(claims) + 1))
        chosen.sort(key=claims.index)
        fillers = rng.sample(FILLERS, rng.randrange(3, 7))
        body = [sentence for sentence, _ in chosen]
        for filler in fillers:
            body.insert(rng.randrange(1, len(body) + 1), filler)
        quote = (
            f'"We cannot arrest our way out of this, and we must work with {rng.choice(COUNTRIES)} and '
            f'{rng.choice(COUNTRIES)} on returns," {speaker.split()[-1]} said.'
        )
        body.insert(rng.randrange(1, len(body) + 1), quote)
        title = f"{role[0].upper()}{role[1:]} gives new figures on foreign fighters ({n})"
        text = f"{city}, {published:%d %B %Y} - " + "\n\n".join(body)
        yield SyntheticArticle(
            id=f"synthetic-{seed}-{n:06d}",
            url=f"https://news.example.org/{published:%Y/%m}/foreign-fighters-{seed}-{n}",
            title=title,
            published=published.isoformat(),
            text=text,
            speaker=speaker,
            speaker_role=role,
            forum_kind=forum_kind,
            claims=[claim for _, claim in chosen],
        )


def write_articles(folder: Path, count: int, *, seed: int = 1) -> list[SyntheticArticle]:
    """Write `count` articles as corpus-format JSON files, and manifest.json with what each states."""
    folder.mkdir(parents=True, exist_ok=True)
    articles = list(generate_articles(count, seed=seed))
    for article in articles:
        record = {
            "id": article.id,
            "url": article.url,
            "title": article.title,
            "published": article.published,
            "language": "en",
            "text": article.text,
        }
        path = folder / f"{article.id}.json"
        path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    manifest = {article.id: asdict(article) for article in articles}
    (folder.parent / f"{folder.name}-manifest.json").write_text(
        json.dumps(manifest, indent=1), encoding="utf-8"
    )
    return articles
