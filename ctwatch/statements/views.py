from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from ctwatch.statements.models import FigureClaim, Forum, Speaker, Statement


def overview(request: HttpRequest) -> HttpResponse:
    claims = FigureClaim.objects.exclude(review_status=FigureClaim.ReviewStatus.REJECTED)
    context = {
        "counts": {
            "statements": Statement.objects.count(),
            "claims": claims.count(),
            "speakers": Speaker.objects.count(),
            "forums": Forum.objects.count(),
        },
        "latest_statements": Statement.objects.select_related("speaker", "forum", "article").order_by(
            "-date", "-id"
        )[:8],
        "latest_claims": claims.select_related("speaker", "forum").order_by("-claim_date", "-id")[:10],
        "top_speakers": Speaker.objects.annotate(n_claims=Count("claims"))
        .filter(n_claims__gt=0)
        .order_by("-n_claims", "name")[:8],
    }
    return render(request, "statements/overview.html", context)
