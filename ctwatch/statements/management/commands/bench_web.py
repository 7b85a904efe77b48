"""
Server time of every public page, the chart data and the review queue, with typical filters, measured
in-process through Django's test client (the full middleware and template rendering, no network).

    manage.py bench_web --requests 20 --budget 150

Prints, per page, the slowest first request with an empty cache ("cold"), then p50 and p95 of the
timed requests, and a last line with the worst p95; exits non-zero when that is over budget.
Meant for the data set of `generate_data` on PostgreSQL.
"""

import statistics
import time
from itertools import cycle

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Count
from django.test import Client

from ctwatch.statements.models import Article, FigureClaim, Forum, Speaker, Statement


class Command(BaseCommand):
    help = (
        "Request every public page, the chart data and the curators' review queue with typical filters; "
        "print p50/p95 server times."
    )

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=20, help="requests per page (default 20)")
        parser.add_argument("--budget", type=float, default=150.0, help="p95 budget in ms (default 150)")

    def handle(self, *args, **options):
        if not FigureClaim.objects.exists():
            raise CommandError("no figure claims: run manage.py generate_data first")
        client = Client(HTTP_HOST="localhost")
        curator = Client(HTTP_HOST="localhost")
        curator.force_login(self.curator())
        pages = [(name, urls, client) for name, urls in self.pages()]
        pages += [(name, urls, curator) for name, urls in self.admin_pages()]
        results = []
        self.stdout.write(f"{'page':<40} {'cold ms':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
        for name, urls, client in pages:
            # Cold: each URL once with an empty cache (chart data is cached until the claims change).
            cache.clear()
            cold = max(self.timed(client, url) for url in urls)
            times = [
                self.timed(client, url)
                for url, _ in zip(cycle(urls), range(options["requests"]), strict=False)
            ]
            p50, p95 = percentile(times, 50), percentile(times, 95)
            results.append((name, p95))
            self.stdout.write(f"{name:<40} {cold:>8.1f} {p50:>8.1f} {p95:>8.1f} {max(times):>8.1f}")
        worst_name, worst = max(results, key=lambda result: result[1])
        verdict = "within" if worst <= options["budget"] else "OVER"
        size = FigureClaim.objects.order_by("-id").values_list("id", flat=True)[0]
        self.stdout.write(
            f"bench-web on {connection.vendor}, {size:,} claims (highest id): "
            f"{len(results)} pages x {options['requests']} requests; worst p95 "
            f"{worst:.1f} ms ({worst_name}), {verdict} the {options['budget']:.0f} ms budget"
        )
        if worst > options["budget"]:
            raise CommandError("a page is over the p95 budget")

    def timed(self, client: Client, url: str) -> float:
        started = time.perf_counter()
        response = client.get(url, secure=True)
        if response.streaming:
            b"".join(response.streaming_content)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise CommandError(f"{url} answered {response.status_code}")
        return elapsed

    @staticmethod
    def curator():
        """A staff member in the curators group, as a reviewer would be signed in."""
        user, _ = get_user_model().objects.get_or_create(
            username="bench-curator", defaults={"is_staff": True}
        )
        user.groups.add(Group.objects.get(name="curators"))
        return user

    def admin_pages(self) -> list[tuple[str, list[str]]]:
        """The curators' review queue, plain and filtered, and a claim's review page."""
        speaker = Speaker.objects.filter(claims__isnull=False).values_list("name", flat=True).first() or "a"
        claim = FigureClaim.objects.filter(review_status="machine").order_by("created", "id").first()
        queue = "/admin/statements/figureclaim/"
        return [
            ("admin review queue", [queue]),
            ("admin review queue ?filters", [
                f"{queue}?subject__exact=foreign_fighters", f"{queue}?year=2016",
                f"{queue}?forum__kind__exact=security_council", f"{queue}?speaker_name={speaker.split()[-1]}",
                f"{queue}?review=verified", f"{queue}?p=20",
            ]),
            ("admin claim review page", [f"{queue}{claim.pk}/change/"] if claim else []),
        ]  # fmt: skip

    def pages(self) -> list[tuple[str, list[str]]]:
        """Each page with a few typical filter values, taken from the data so they match rows."""
        speakers = list(
            Speaker.objects.annotate(n=Count("claims")).filter(n__gt=0).values_list("slug", flat=True)[:5]
        ) or list(Speaker.objects.values_list("slug", flat=True)[:5])
        forums = list(Forum.objects.filter(claims__isnull=False).values_list("id", flat=True).distinct()[:5])
        claims = list(FigureClaim.objects.order_by("-id").values_list("id", flat=True)[:5])
        articles = list(Article.objects.filter(claims__isnull=False).values_list("id", flat=True)[:5])
        cursor = (
            Statement.objects.filter(date__isnull=False).order_by("-date", "-id").values("date", "id")[500]
        )
        claim_cursor = (
            FigureClaim.objects.filter(claim_date__isnull=False)
            .order_by("-claim_date", "-id")
            .values("claim_date", "id")[500]
        )
        years = [2014, 2015, 2016, 2017, 2019]
        after = f"{cursor['date']}.{cursor['id']}"
        claims_after = f"{claim_cursor['claim_date']}.{claim_cursor['id']}"
        return [
            ("/ overview", ["/"]),
            ("/statements/", ["/statements/"]),
            ("/statements/ ?speaker", [f"/statements/?speaker={s}" for s in speakers]),
            ("/statements/ ?forum_kind&year", [f"/statements/?forum_kind=security_council&year={y}"
                                               for y in years]),
            ("/statements/ ?q (full text)", ["/statements/?q=fighters", "/statements/?q=detention+camps",
                                             "/statements/?q=returnees&year=2016"]),
            ("/statements/ ?after (page 11)", [f"/statements/?after={after}"]),
            ("/speakers/", ["/speakers/", "/speakers/?q=minister", "/speakers/?page=20"]),
            ("/speakers/<slug>/", [f"/speakers/{s}/" for s in speakers]),
            ("/forums/", ["/forums/", "/forums/?forum_kind=report", "/forums/?year=2016"]),
            ("/forums/<id>/", [f"/forums/{f}/" for f in forums]),
            ("/claims/", ["/claims/"]),
            ("/claims/ ?subject&year_min&year_max", [f"/claims/?subject=foreign_fighters&year_min={y}"
                                                     f"&year_max={y + 2}" for y in years]),
            ("/claims/ ?speaker", [f"/claims/?speaker={s}" for s in speakers]),
            ("/claims/ ?location&status", ["/claims/?location=Syria&status=reviewed",
                                           "/claims/?location=Libya"]),
            ("/claims/ ?forum_kind&year", [f"/claims/?forum_kind=security_council&year={y}" for y in years]),
            ("/claims/ ?after (page 11)", [f"/claims/?after={claims_after}"]),
            ("/claims/<id>/", [f"/claims/{c}/" for c in claims]),
            ("/articles/<id>/", [f"/articles/{a}/" for a in articles]),
            ("/claims/chart.json", ["/claims/chart.json"]),
            ("/claims/chart.json ?subject", ["/claims/chart.json?subject=foreign_fighters",
                                             "/claims/chart.json?subject=returnees"]),
            ("/claims/chart.json ?speaker", [f"/claims/chart.json?speaker={s}" for s in speakers]),
            ("/claims/chart.json ?forum_kind&year", [f"/claims/chart.json?forum_kind=report&year={y}"
                                                     for y in years]),
        ]  # fmt: skip


def percentile(values: list[float], pct: int) -> float:
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]
