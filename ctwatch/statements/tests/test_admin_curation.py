"""The curators' workflow in the admin, and the boundaries of who may do what."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from ctwatch.statements.models import FigureClaim, Forum, Speaker, Statement
from ctwatch.statements.tests.factories import (
    FigureClaimFactory,
    ForumFactory,
    SpeakerFactory,
    StatementFactory,
    claim_in_article,
)

pytestmark = pytest.mark.django_db
Status = FigureClaim.ReviewStatus
CLAIMS = reverse("admin:statements_figureclaim_changelist")


@pytest.fixture
def curator(django_user_model):
    user = django_user_model.objects.create_user("cora", password="a-long-curator-password", is_staff=True)
    user.groups.add(Group.objects.get(name="curators"))
    return user


@pytest.fixture
def curator_client(client, curator):
    client.force_login(curator)
    return client


def change_url(claim: FigureClaim) -> str:
    return reverse("admin:statements_figureclaim_change", args=[claim.pk])


def form_data(claim: FigureClaim, **changes) -> dict:
    data = {
        "subject": claim.subject, "value": claim.value, "value_max": claim.value_max or "",
        "qualifier": claim.qualifier, "origin": claim.origin,
        "origin_countries": claim.origin_countries or "",
        "location": ", ".join(claim.location), "group": claim.group, "source_label": claim.source_label,
        "speaker": claim.speaker_id or "", "forum": claim.forum_id or "",
        "claim_date": claim.claim_date.isoformat() if claim.claim_date else "",
        "claim_date_precision": claim.claim_date_precision, "review_note": claim.review_note,
    }  # fmt: skip
    data.update(changes)
    return data


def test_it_opens_the_claim_list_on_the_review_queue(curator_client):
    waiting = FigureClaimFactory(figure_text="about 4,000", evidence="About 4,000 fighters came back.")
    FigureClaimFactory(review_status=Status.VERIFIED, evidence="Verified evidence sentence.")
    response = curator_client.get(CLAIMS)
    assert response.status_code == 200
    assert list(response.context["cl"].result_list) == [waiting]
    all_claims = curator_client.get(CLAIMS, {"review": "all"})
    assert len(all_claims.context["cl"].result_list) == 2


def test_it_highlights_the_figure_in_the_evidence_and_links_the_article(curator_client):
    claim = claim_in_article("Officials said that up to 5,000 fighters had returned.", "up to 5,000")
    content = curator_client.get(CLAIMS).content.decode()
    assert "<mark>up to 5,000</mark>" in content
    assert f"/articles/{claim.article_id}/#claim-{claim.pk}" in content


def test_it_filters_the_queue_by_speaker_outlet_year_subject_and_forum_kind(curator_client):
    match = FigureClaimFactory(speaker=SpeakerFactory(name="Ada Lindqvist"), subject="returnees")
    match.article.outlet = "Nordic Wire"
    match.article.save()
    FigureClaimFactory()
    query = {
        "speaker_name": "lindqvist", "outlet": "nordic", "year": str(match.claim_date.year),
        "subject__exact": "returnees", "forum__kind__exact": match.forum.kind,
    }  # fmt: skip
    response = curator_client.get(CLAIMS, query)
    assert list(response.context["cl"].result_list) == [match]


def test_it_lists_the_queue_in_a_bounded_number_of_queries(curator_client, django_assert_max_num_queries):
    for _ in range(30):
        FigureClaimFactory()
    with django_assert_max_num_queries(12):
        response = curator_client.get(CLAIMS)
    assert len(response.context["cl"].result_list) == 30


def test_it_verifies_selected_claims(curator_client, curator):
    claims = [FigureClaimFactory(), FigureClaimFactory()]
    curator_client.post(CLAIMS, {"action": "verify", "_selected_action": [c.pk for c in claims]})
    for claim in claims:
        claim.refresh_from_db()
        assert (claim.review_status, claim.reviewed_by) == (Status.VERIFIED, curator)


def test_it_rejects_selected_claims_with_a_reason(curator_client):
    claim = FigureClaimFactory()
    asked = curator_client.post(CLAIMS, {"action": "reject", "_selected_action": [claim.pk]})
    assert b"Reason" in asked.content
    claim.refresh_from_db()
    assert claim.review_status == Status.MACHINE
    curator_client.post(
        CLAIMS, {"action": "reject", "_selected_action": [claim.pk], "reason": "counts deaths"}
    )
    claim.refresh_from_db()
    assert (claim.review_status, claim.review_note) == (Status.REJECTED, "counts deaths")


def test_it_corrects_a_claim_keeping_the_machines_values(curator_client, curator):
    claim = FigureClaimFactory(value=25000, qualifier="more_than", location=["Syria"])
    nxt = FigureClaimFactory()
    response = curator_client.post(
        change_url(claim),
        form_data(
            claim, value=27000, value_max=31000, qualifier="range", location="Syria, Iraq", _verify="1"
        ),
    )
    assert response.status_code == 302
    assert response["Location"].endswith(f"/{nxt.pk}/change/")  # on to the next claim in the queue
    claim.refresh_from_db()
    assert (claim.value, claim.value_max, claim.qualifier) == (27000, 31000, "range")
    assert claim.location == ["Syria", "Iraq"]
    assert (claim.review_status, claim.reviewed_by) == (Status.CORRECTED, curator)
    assert claim.machine_values["value"] == 25000 and claim.machine_values["location"] == ["Syria"]
    page = curator_client.get(change_url(claim)).content.decode()
    assert "original values" in page and "<td>25000</td><td>27000</td>" in page


def test_it_verifies_an_unchanged_claim_from_its_page(curator_client):
    claim = FigureClaimFactory()
    curator_client.post(change_url(claim), form_data(claim, _verify="1"))
    claim.refresh_from_db()
    assert claim.review_status == Status.VERIFIED
    assert claim.machine_values is None


def test_it_rejects_from_the_claim_page_only_with_a_reason(curator_client):
    claim = FigureClaimFactory()
    response = curator_client.post(change_url(claim), form_data(claim, _reject="1"))
    assert response.status_code == 200  # the form again, asking for the note
    claim.refresh_from_db()
    assert claim.review_status == Status.MACHINE
    curator_client.post(
        change_url(claim), form_data(claim, review_note="a budget, not fighters", _reject="1")
    )
    claim.refresh_from_db()
    assert claim.review_status == Status.REJECTED


def test_it_shows_a_claims_history_with_a_diff_and_reverts_it(curator_client):
    claim = FigureClaimFactory(value=25000)
    curator_client.post(change_url(claim), form_data(claim, value=26000, _verify="1"))
    history = curator_client.get(reverse("admin:statements_figureclaim_history", args=[claim.pk]))
    assert history.status_code == 200
    assert b"25000" in history.content and b"26000" in history.content

    curator_client.post(f"{CLAIMS}?review=all", {"action": "revert", "_selected_action": [claim.pk]})
    claim.refresh_from_db()
    assert (claim.value, claim.review_status, claim.machine_values) == (25000, Status.MACHINE, None)


def test_it_merges_speakers_chosen_by_a_curator(curator_client):
    keep, copy = SpeakerFactory(name="Ban Ki-moon"), SpeakerFactory(name="Ki-moon Ban")
    statement = StatementFactory(speaker=copy)
    url = reverse("admin:statements_speaker_changelist")
    asked = curator_client.post(url, {"action": "merge", "_selected_action": [keep.pk, copy.pk]})
    assert b"Keep this one" in asked.content
    curator_client.post(url, {"action": "merge", "_selected_action": [keep.pk, copy.pk], "keep": keep.pk})
    statement.refresh_from_db()
    assert statement.speaker == keep
    assert list(Speaker.objects.all()) == [keep]
    assert keep.aliases.filter(name="Ki-moon Ban").exists()


def test_it_merges_forums(curator_client):
    keep, copy = ForumFactory(), ForumFactory()
    claim = FigureClaimFactory(forum=copy)
    curator_client.post(
        reverse("admin:statements_forum_changelist"),
        {"action": "merge", "_selected_action": [keep.pk, copy.pk], "keep": keep.pk},
    )
    claim.refresh_from_db()
    assert claim.forum == keep
    assert not Forum.objects.filter(pk=copy.pk).exists()


def test_it_fixes_a_statements_attribution_and_hides_an_irrelevant_one(curator_client):
    statement, speaker, forum = StatementFactory(), SpeakerFactory(), ForumFactory()
    url = reverse("admin:statements_statement_change", args=[statement.pk])
    response = curator_client.post(url, {"speaker": speaker.pk, "forum": forum.pk})
    assert response.status_code == 302
    statement.refresh_from_db()
    assert (statement.speaker, statement.forum, statement.is_curated) == (speaker, forum, True)
    curator_client.post(
        reverse("admin:statements_statement_changelist"),
        {"action": "mark_not_relevant", "_selected_action": [statement.pk]},
    )
    statement.refresh_from_db()
    assert not statement.is_relevant
    assert statement not in Statement.objects.public()


def test_it_gives_curators_no_delete_and_no_user_management(curator_client, curator):
    claim = FigureClaimFactory()
    assert not curator.has_perm("statements.delete_figureclaim")
    assert curator.has_perm("statements.change_figureclaim")
    changelist = curator_client.get(CLAIMS)
    assert b"delete_selected" not in changelist.content
    response = curator_client.post(
        reverse("admin:statements_figureclaim_delete", args=[claim.pk]), {"post": "yes"}
    )
    assert response.status_code == 403
    assert FigureClaim.objects.filter(pk=claim.pk).exists()
    assert curator_client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert curator_client.get(reverse("admin:auth_group_changelist")).status_code == 403


def test_it_keeps_non_staff_out_of_the_admin(client, django_user_model):
    reader = django_user_model.objects.create_user("reader", password="a-long-reader-password")
    reader.groups.add(Group.objects.get(name="curators"))
    client.force_login(reader)
    response = client.get(CLAIMS)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_it_lets_anonymous_visitors_change_nothing_anywhere(client):
    claim = FigureClaimFactory()
    before = (claim.value, claim.review_status)
    for url in [
        "/", "/claims/", f"/claims/{claim.pk}/", f"/articles/{claim.article_id}/", "/statements/",
        f"/speakers/{claim.speaker.slug}/", f"/forums/{claim.forum_id}/", "/claims/export.csv",
    ]:  # fmt: skip
        response = client.post(url, {"review_status": "rejected", "value": 1})
        assert response.status_code in (403, 405), url
    response = client.post(change_url(claim), form_data(claim, value=1, _verify="1"))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    claim.refresh_from_db()
    assert (claim.value, claim.review_status) == before


def test_it_throttles_failed_logins(client, curator):
    login = reverse("admin:login")
    for _ in range(5):
        client.post(login, {"username": "cora", "password": "wrong"}, REMOTE_ADDR="10.1.2.3")
    locked = client.post(
        login, {"username": "cora", "password": "a-long-curator-password"}, REMOTE_ADDR="10.1.2.3"
    )
    assert locked.status_code == 429
    assert "_auth_user_id" not in client.session
