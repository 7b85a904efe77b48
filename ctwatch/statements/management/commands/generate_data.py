"""
A synthetic but realistic data set for load tests: speakers with roles, forums of every kind across
2013-2025, articles whose text holds every statement and claim at its recorded character span, and
claims with every subject, qualifier, range, location and review status.

    manage.py generate_data --articles 100000 --claims 1000000 --statements 200000 --speakers 5000

Rows are written in batches without model instances: COPY on PostgreSQL, executemany elsewhere.
The same --seed gives the same rows. History tables are left empty: nobody edited these rows.
"""

import datetime as dt
import hashlib
import json
import random
import time
from collections.abc import Iterable

from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify
from tqdm import tqdm

from ctwatch.statements.models import (
    Article,
    DatePrecision,
    FigureClaim,
    Forum,
    Speaker,
    SpeakerAlias,
    Statement,
)
from ctwatch.statements.names import forum_key, person_key

BATCH = 5000
FIRST_YEAR, LAST_YEAR = 2013, 2025

FIRST_NAMES = (
    "Amina Omar Sofia Lars Mei Carlos Fatima Jonas Aisha Pierre Ingrid Kofi Yusuf Elena Hiroshi Nadia "
    "Tomas Leila Samuel Grace Dmitri Priya Ahmed Clara Miguel Zainab Erik Ana Hassan Julia Kwame Irina "
    "Rashid Maria Olaf Noura Pablo Chen Amara Viktor Salma Luca Esther Tariq Hanna Diego Rania Felix "
    "Yara Marco Selin Idris Martina Bilal Astrid Karim Lucia Emre Farah"
).split()
SURNAMES = (
    "Haddad Mensah Lindqvist Moreau Tanaka Okafor Novak Rahman Costa Petrov Nakamura Schmidt Osei "
    "Khalil Jansen Ferreira Ivanova Mansour Dubois Kowalski Hassan Eriksen Santos Volkov Abdi Bianchi "
    "Yilmaz Farouk Keller Alvarez Nyambura Sato Lund Barakat Rossi Adeyemi Hoffmann Castillo Qureshi "
    "Lambert Amari Fischer Nowak Saleh Morales Popescu Obi Karlsson Greco Bakr Weber Romero Aziz Smit "
    "Duarte Kaya Vargas Hadid Lindgren Conti Bello Sorensen Nasser Lopes Berg Tahir Marino Ekström"
).split()
ROLES = (
    ("Special Envoy for Counter-Terrorism", "United Nations"),
    ("Under-Secretary-General for Counter-Terrorism", "UN Office of Counter-Terrorism"),
    ("Coordinator of the Analytical Support and Sanctions Monitoring Team", "United Nations"),
    ("Minister of the Interior", "Government of {country}"),
    ("Minister of Foreign Affairs", "Government of {country}"),
    ("Permanent Representative to the United Nations", "Mission of {country}"),
    ("Director of National Intelligence", "Government of {country}"),
    ("Counter-Terrorism Coordinator", "European Union"),
    ("Head of Counter-Terrorism Policing", "Police of {country}"),
    ("Spokesperson", "Global Coalition to Defeat ISIS"),
    ("Senior Researcher", "International Centre for Counter-Terrorism"),
    ("Director", "Europol"),
    ("Special Rapporteur on counter-terrorism and human rights", "United Nations"),
)
ORGANIZATIONS = (
    "UN Monitoring Team", "Europol", "Interpol", "The Soufan Center", "Global Coalition to Defeat ISIS",
    "UN Office of Counter-Terrorism", "Counter-Terrorism Committee Executive Directorate",
    "International Centre for the Study of Radicalisation", "RAND Corporation", "Combating Terrorism Center",
)  # fmt: skip
COUNTRIES = (
    "United States", "United Kingdom", "France", "Germany", "Belgium", "Tunisia", "Morocco", "Jordan",
    "Russia", "Turkey", "Saudi Arabia", "Indonesia", "Kazakhstan", "Sweden", "Netherlands", "Australia",
    "Iraq", "Egypt", "Norway", "Denmark", "Austria", "Kosovo", "Bosnia and Herzegovina", "Tajikistan",
)  # fmt: skip
LOCATIONS = ("Syria", "Iraq", "Libya", "Afghanistan", "Yemen", "Somalia", "Mali", "Nigeria", "Philippines")
ORIGINS = ("Europe", "Western Europe", "the Balkans", "Central Asia", "North Africa", "Southeast Asia",
           "Tunisia", "France", "Russia", "Belgium", "Germany", "the United Kingdom", "")  # fmt: skip
GROUPS = ("ISIS", "ISIL", "Da'esh", "al-Nusra Front", "al-Qaida", "Hayat Tahrir al-Sham", "ISIS-K", "")
OUTLETS = ("Reuters", "AP", "AFP", "BBC News", "The Guardian", "Al Jazeera", "UN News", "Le Monde",
           "Der Spiegel", "The New York Times", "Deutsche Welle", "France 24")  # fmt: skip
FORUM_NAMES = {
    Forum.Kind.SECURITY_COUNCIL: "Security Council, {n}th meeting on threats to international peace",
    Forum.Kind.UN_CONFERENCE: "UN high-level conference on counter-terrorism, session {n}",
    Forum.Kind.COALITION_MEETING: "Global Coalition to Defeat ISIS ministerial meeting {n}",
    Forum.Kind.PRESS_BRIEFING: "Press briefing no. {n}",
    Forum.Kind.INTERVIEW: "Interview no. {n}",
    Forum.Kind.REPORT: "Report of the Monitoring Team, S/{year}/{n}",
    Forum.Kind.OTHER: "Public hearing no. {n}",
}
PLACES = ("New York", "Geneva", "Vienna", "Brussels", "Washington", "Paris", "Rome", "Kuwait City", "")
QUOTES = (
    "The flow of foreign terrorist fighters has slowed, but it has not stopped.",
    "We are seeing fighters return to their countries of origin with combat experience.",
    "No country can address this threat alone; information sharing is essential.",
    "The detention camps in the north-east of Syria remain a serious concern.",
    "Many of those who travelled were very young, some of them teenagers.",
    "Prosecuting returnees requires evidence gathered on the battlefield.",
    "Women and children who were taken to the conflict zone need a different response.",
    "The number of travellers has dropped sharply since the border was closed.",
)
SUBJECT_WORDS = {
    FigureClaim.Subject.FOREIGN_FIGHTERS: "foreign terrorist fighters",
    FigureClaim.Subject.RETURNEES: "returnees",
    FigureClaim.Subject.FIGHTERS: "fighters",
    FigureClaim.Subject.OTHER: "people",
}
MIDDLE_INITIALS = [f"{a}." for a in "ABCDEFGHJKLMNPRST"] + [f"{a}. {b}." for a in "ABCDEFGH" for b in "JKLMN"]
VAGUE_FIGURES = {12: "dozens", 100: "hundreds", 1000: "thousands", 10000: "tens of thousands"}


def claim_value(rng: random.Random, subject: str, year: int) -> int:
    """A plausible order of magnitude: foreign fighters rose to tens of thousands by 2015, then fell."""
    if subject == FigureClaim.Subject.FOREIGN_FIGHTERS:
        peak = {2013: 8000, 2014: 20000, 2015: 30000, 2016: 38000, 2017: 40000}.get(year, 30000)
        return max(100, int(rng.gauss(peak, peak * 0.18)))
    if subject == FigureClaim.Subject.RETURNEES:
        return rng.randint(50, 8000)
    if subject == FigureClaim.Subject.FIGHTERS:
        return rng.randint(15000, 100000)
    return rng.randint(10, 5000)


def round_figure(value: int) -> int:
    step = 1000 if value >= 10000 else 100 if value >= 1000 else 10
    return max(step, round(value / step) * step)


def partial_date(rng: random.Random, day: dt.date) -> tuple[dt.date, str]:
    roll = rng.random()
    if roll < 0.8:
        return day, DatePrecision.DAY
    if roll < 0.95:
        return day.replace(day=1), DatePrecision.MONTH
    return day.replace(month=1, day=1), DatePrecision.YEAR


def random_day(rng: random.Random) -> dt.date:
    start = dt.date(FIRST_YEAR, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(LAST_YEAR, 12, 31).toordinal()))


class Command(BaseCommand):
    help = "Fill the database with a synthetic data set of speakers, forums, articles, statements and claims."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000)
        parser.add_argument("--claims", type=int, default=10000)
        parser.add_argument("--statements", type=int, default=2000)
        parser.add_argument("--speakers", type=int, default=200)
        parser.add_argument("--forums", type=int, default=None, help="default: one per ten statements")
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--yes", action="store_true", help="add to a database that already has rows")
        parser.add_argument("--flush", action="store_true", help="first delete all statements data")

    def handle(self, *args, **options):
        if options["articles"] < 1 or options["speakers"] < 1:
            raise CommandError("--articles and --speakers must be at least 1")
        if options["flush"]:
            self.flush()
        elif Article.objects.exists() and not options["yes"]:
            raise CommandError("the database already has articles: pass --yes to add to them, or --flush")
        started = time.monotonic()
        self.rng = random.Random(options["seed"])
        self.now = timezone.now()
        self.postgres = connection.vendor == "postgresql"
        forums = options["forums"] or max(10, options["statements"] // 10)
        self.speaker_ids = self.write_speakers(options["speakers"])
        self.forum_rows = self.write_forums(forums)
        counts = self.write_articles(
            articles=options["articles"], statements=options["statements"], claims=options["claims"]
        )
        self.reset_sequences()
        if self.postgres:
            # Fresh statistics for the planner, and (outside a transaction) the visibility map that lets
            # counts read indexes only.
            command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
            with connection.cursor() as cursor:
                for model in (Speaker, Forum, Article, Statement, FigureClaim):
                    cursor.execute(f"{command} {model._meta.db_table}")
        self.stdout.write(
            f"generated {len(self.speaker_ids)} speakers, {len(self.forum_rows)} forums, "
            f"{options['articles']} articles, {counts['statements']} statements, {counts['claims']} claims "
            f"in {time.monotonic() - started:.0f} s (seed {options['seed']})"
        )

    def flush(self) -> None:
        models = (FigureClaim, Statement, Article, SpeakerAlias, Speaker, Forum)
        with transaction.atomic():
            if connection.vendor == "postgresql":
                tables = ", ".join(model._meta.db_table for model in models)
                with connection.cursor() as cursor:
                    # Deferred foreign-key checks still pending (rows written earlier in this
                    # transaction) would block TRUNCATE: run them now.
                    cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
                    cursor.execute(f"TRUNCATE {tables} CASCADE")
            else:
                for model in models:
                    model.objects.all().delete()

    def next_id(self, model) -> int:
        last = model.objects.order_by("-id").values_list("id", flat=True).first()
        return (last or 0) + 1

    def write(self, model, columns: list[str], rows: Iterable[tuple], total: int) -> None:
        table = model._meta.db_table
        with tqdm(total=total, desc=table, unit="rows", disable=total < BATCH) as bar:
            if self.postgres:
                self.copy(table, columns, rows, bar)
            else:
                self.insert(table, columns, rows, bar)

    def copy(self, table: str, columns: list[str], rows: Iterable[tuple], bar) -> None:
        names = ", ".join(f'"{column}"' for column in columns)
        with connection.cursor() as cursor, transaction.atomic():
            cursor.execute("SET LOCAL synchronous_commit = off")
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
                    bar.update()

    def insert(self, table: str, columns: list[str], rows: Iterable[tuple], bar) -> None:
        names = ", ".join(f'"{column}"' for column in columns)
        sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"
        batch = []
        with connection.cursor() as cursor, transaction.atomic():
            for row in rows:
                batch.append(row)
                if len(batch) == BATCH:
                    cursor.executemany(sql, batch)
                    bar.update(len(batch))
                    batch = []
            cursor.executemany(sql, batch)
            bar.update(len(batch))

    def json(self, value) -> str:
        return json.dumps(value)

    def write_speakers(self, count: int) -> list[int]:
        rng, first_id = self.rng, self.next_id(Speaker)
        taken = set(Speaker.objects.values_list("name_key", flat=True))
        taken_slugs = set(Speaker.objects.values_list("slug", flat=True))
        rows, ids = [], []
        organizations = list(ORGANIZATIONS)
        for n in range(count):
            is_person = not (organizations and rng.random() < 0.02)
            if is_person:
                first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
                name = f"{first} {last}"
                # Middle initials keep 5,000 people apart with a few hundred names, as in life.
                initials = iter(MIDDLE_INITIALS)
                while person_key(name) in taken:
                    name = f"{first} {next(initials)} {last}"
                role, affiliation = rng.choice(ROLES)
                country = rng.choice(COUNTRIES)
                affiliation = affiliation.format(country=country)
            else:
                name = organizations.pop(rng.randrange(len(organizations)))
                role, affiliation, country = "", name, ""
                if person_key(name) in taken:
                    continue
            key = person_key(name)
            taken.add(key)
            slug = slugify(name) or f"speaker-{n}"
            while slug in taken_slugs:
                slug = f"{slugify(name)}-{n}"
            taken_slugs.add(slug)
            speaker_id = first_id + len(ids)
            ids.append(speaker_id)
            rows.append(
                (speaker_id, self.now, self.now, name, key, slug, role, affiliation, country, is_person)
            )
        columns = ["id", "created", "updated", "name", "name_key", "slug", "role", "affiliation", "country",
                   "is_person"]  # fmt: skip
        self.write(Speaker, columns, rows, len(rows))
        return ids

    def write_forums(self, count: int) -> list[tuple[int, str, dt.date | None, str]]:
        rng, first_id = self.rng, self.next_id(Forum)
        kinds = list(Forum.Kind)
        weights = [20, 12, 10, 25, 15, 10, 8]
        forums, rows = [], []
        for n in range(count):
            kind = rng.choices(kinds, weights)[0]
            day, precision = partial_date(rng, random_day(rng))
            if rng.random() < 0.02:
                day, precision = None, DatePrecision.DAY
            name = FORUM_NAMES[kind].format(n=first_id + n, year=day.year if day else "undated")
            forum_id = first_id + n
            forums.append((forum_id, kind, day, precision))
            rows.append((forum_id, self.now, self.now, kind, name, forum_key(name), day, precision,
                         rng.choice(PLACES)))  # fmt: skip
        columns = ["id", "created", "updated", "kind", "name", "name_key", "date", "date_precision", "place"]
        self.write(Forum, columns, rows, len(rows))
        return forums

    def write_articles(self, *, articles: int, statements: int, claims: int) -> dict:
        """Articles first, then the statements and claims inside them, all from one pass of the plan."""
        rng = self.rng
        first_article = self.next_id(Article)
        first_statement = self.next_id(Statement)
        first_claim = self.next_id(FigureClaim)
        plan = [
            self.plan_article(first_article + n, articles, statements, claims, n) for n in range(articles)
        ]
        statement_rows, claim_rows = [], []
        article_rows = []
        for article in plan:
            text_parts, offset = [], 0
            statement_ids = []
            for sentence in article["sentences"]:
                if sentence["type"] == "statement":
                    statement_id = first_statement + len(statement_rows)
                    statement_ids.append((statement_id, sentence))
                    statement_rows.append(self.statement_row(statement_id, article, sentence, offset))
                elif sentence["type"] == "claim":
                    claim_id = first_claim + len(claim_rows)
                    linked = statement_ids[-1][0] if statement_ids and rng.random() < 0.3 else None
                    claim_rows.append(self.claim_row(claim_id, article, sentence, offset, linked))
                text_parts.append(sentence["text"])
                offset += len(sentence["text"]) + 1
            text = " ".join(text_parts)
            article_rows.append(self.article_row(article, text))
        self.write(Article, ARTICLE_COLUMNS, article_rows, len(article_rows))
        del article_rows
        self.write(Statement, STATEMENT_COLUMNS, statement_rows, len(statement_rows))
        self.write(FigureClaim, CLAIM_COLUMNS, claim_rows, len(claim_rows))
        return {"statements": len(statement_rows), "claims": len(claim_rows)}

    def plan_article(self, article_id: int, articles: int, statements: int, claims: int, n: int) -> dict:
        """Spread statements and claims evenly, so the totals are exactly what was asked for."""
        rng = self.rng
        n_statements = statements * (n + 1) // articles - statements * n // articles
        n_claims = claims * (n + 1) // articles - claims * n // articles
        forum = rng.choice(self.forum_rows)
        published = forum[2] + dt.timedelta(days=rng.randint(0, 3)) if forum[2] else random_day(rng)
        speakers = [rng.choice(self.speaker_ids) for _ in range(max(1, min(3, n_statements or 1)))]
        sentences = [{"type": "lead", "text": f"Report {article_id}: officials discussed the threat."}]
        for i in range(max(n_statements, n_claims)):
            if i < n_statements:
                sentences.append(self.statement_sentence(speakers))
            if i < n_claims:
                sentences.append(self.claim_sentence(speakers, forum))
        return {"id": article_id, "forum": forum, "published": published, "sentences": sentences}

    def statement_sentence(self, speakers: list[int]) -> dict:
        rng = self.rng
        kind = Statement.Kind.DIRECT if rng.random() < 0.7 else Statement.Kind.REPORTED
        quote = rng.choice(QUOTES)
        text = f"\u201c{quote}\u201d" if kind == Statement.Kind.DIRECT else f"The official said that {quote}"
        return {"type": "statement", "text": text, "kind": kind, "speaker": rng.choice(speakers)}

    def claim_sentence(self, speakers: list[int], forum: tuple) -> dict:
        rng = self.rng
        subject = rng.choices(list(SUBJECT_WORDS), [60, 15, 15, 10])[0]
        qualifier = rng.choices(list(FigureClaim.Qualifier), [15, 25, 25, 10, 10, 10, 5])[0]
        year = forum[2].year if forum[2] else rng.randint(FIRST_YEAR, LAST_YEAR)
        value, value_max = round_figure(claim_value(rng, subject, year)), None
        if qualifier == FigureClaim.Qualifier.VAGUE:
            value = rng.choice(list(VAGUE_FIGURES))
            figure = VAGUE_FIGURES[value]
        elif qualifier == FigureClaim.Qualifier.RANGE:
            value_max = round_figure(int(value * rng.uniform(1.1, 1.5)))
            figure = f"between {value:,} and {value_max:,}"
        elif qualifier == FigureClaim.Qualifier.EXACT:
            value = claim_value(rng, subject, year)
            figure = f"{value:,}"
        else:
            figure = f"{FigureClaim.Qualifier(qualifier).label} {value:,}"
        location = rng.sample(LOCATIONS[:4], rng.choice([1, 1, 2])) if rng.random() < 0.85 else []
        origin = rng.choice(ORIGINS)
        countries = rng.choice([None, None, 80, 100, 110, 120]) if subject == "foreign_fighters" else None
        words = SUBJECT_WORDS[subject]
        place = f" in {' and '.join(location)}" if location else ""
        source = "the envoy" if rng.random() < 0.5 else "officials"
        prefix = f"According to {source}, " if rng.random() < 0.5 else "There were "
        suffix = f" {words}{f' from {origin}' if origin else ''}{place}."
        return {
            "type": "claim", "text": prefix + figure + suffix, "figure_offset": len(prefix), "figure": figure,
            "subject": subject, "qualifier": qualifier, "value": value, "value_max": value_max,
            "location": location, "origin": origin, "countries": countries, "group": rng.choice(GROUPS),
            "speaker": rng.choice(speakers) if rng.random() < 0.85 else None,
            "source_label": "" if rng.random() < 0.85 else rng.choice(ORGANIZATIONS),
        }  # fmt: skip

    def article_row(self, article: dict, text: str) -> tuple:
        article_id = article["id"]
        digest = hashlib.sha256(text.encode()).hexdigest()
        return (
            article_id, self.now, self.now, f"https://news.example.org/{article['published']:%Y/%m}/{article_id}",
            f"Officials give new figures on foreign fighters ({article_id})", self.rng.choice(OUTLETS),
            article["published"], "en", "", "text/html", text, digest, Article.Status.EXTRACTED, "",
            Article.Via.URL, "", "synthetic-1", self.now, self.now,
        )  # fmt: skip

    def dated(self, article: dict) -> tuple[dt.date | None, str]:
        forum = article["forum"]
        if self.rng.random() < 0.03:
            return None, DatePrecision.DAY
        if forum[2]:
            return forum[2], forum[3]
        return article["published"], DatePrecision.DAY

    def statement_row(self, statement_id: int, article: dict, sentence: dict, offset: int) -> tuple:
        day, precision = self.dated(article)
        return (
            statement_id, article["id"], sentence["speaker"], article["forum"][0], "synthetic", "synthetic-1",
            self.now, self.now, "", sentence["kind"], sentence["text"], day, precision, offset,
            offset + len(sentence["text"]), False, True,
        )  # fmt: skip

    def claim_row(self, claim_id: int, article: dict, sentence: dict, offset: int, statement: int | None):
        rng = self.rng
        day, precision = self.dated(article)
        status = rng.choices(list(FigureClaim.ReviewStatus), [80, 10, 5, 5])[0]
        figure_start = offset + sentence["figure_offset"]
        return (
            claim_id, article["id"], sentence["speaker"], article["forum"][0], "synthetic", "synthetic-1",
            self.now, self.now, statement, sentence["source_label"], sentence["subject"], sentence["value"],
            sentence["value_max"], sentence["qualifier"], sentence["origin"], sentence["countries"],
            self.json(sentence["location"]), sentence["group"], day, precision, sentence["figure"],
            figure_start, figure_start + len(sentence["figure"]), sentence["text"], offset,
            offset + len(sentence["text"]), status, "",
        )  # fmt: skip

    def reset_sequences(self) -> None:
        statements = connection.ops.sequence_reset_sql(
            no_style(), [Speaker, Forum, Article, Statement, FigureClaim]
        )
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


ARTICLE_COLUMNS = [
    "id", "created", "updated", "url", "title", "outlet", "published", "language", "raw_content",
    "raw_content_type", "text", "content_hash", "status", "failure_reason", "ingested_via", "source_file",
    "extractor_version", "fetched_at", "extracted_at",
]  # fmt: skip
STATEMENT_COLUMNS = [
    "id", "article_id", "speaker_id", "forum_id", "rule", "extractor_version", "created", "updated",
    "speaker_role", "kind", "text", "date", "date_precision", "start", "end", "is_curated", "is_relevant",
]  # fmt: skip
CLAIM_COLUMNS = [
    "id", "article_id", "speaker_id", "forum_id", "rule", "extractor_version", "created", "updated",
    "statement_id", "source_label", "subject", "value", "value_max", "qualifier", "origin",
    "origin_countries", "location", "group", "claim_date", "claim_date_precision", "figure_text",
    "figure_start", "figure_end", "evidence", "evidence_start", "evidence_end", "review_status",
    "review_note",
]  # fmt: skip
