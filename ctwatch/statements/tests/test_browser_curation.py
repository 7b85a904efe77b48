"""A curator's session in headless Chromium: sign in, verify one claim, correct another, reject a third,
then see the public claim pages say so."""

from importlib import import_module

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group

from ctwatch.statements.models import FigureClaim
from ctwatch.statements.tests.factories import claim_in_article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "a-long-curator-password"


@pytest.fixture
def curator(django_user_model):
    # The group comes from a migration, and transactional tests before this one may have flushed it.
    import_module("ctwatch.statements.migrations.0004_curators_group").create_curators(django_apps, None)
    user = django_user_model.objects.create_user("cora", password=PASSWORD, is_staff=True)
    user.groups.add(Group.objects.get(name="curators"))
    return user


def test_it_lets_a_curator_verify_correct_and_reject_claims(visit, curator):
    to_verify = claim_in_article("More than 25,000 fighters have travelled to Syria.", "More than 25,000")
    to_correct = claim_in_article("About 5,000 fighters came from Europe.", "About 5,000", value=5000)
    to_reject = claim_in_article("Some 3,000 people were killed in the fighting.", "Some 3,000", value=3000)
    tab = visit()
    page = tab.open("/admin/login/?next=/admin/statements/figureclaim/")
    page.fill("#id_username", "cora")
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_selector("#result_list")
    tab.screenshot("admin-review-queue")
    assert page.locator("#result_list mark").first.inner_text() == "More than 25,000"

    # Verify the first from the list, with the keyboard: select its row, choose the action, run it.
    page.locator(f"input[name=_selected_action][value='{to_verify.pk}']").check()
    page.select_option("select[name=action]", "verify")
    page.locator("button[name=index]").press("Enter")
    page.wait_for_selector(".messagelist")

    # Correct the second on its page: a range, not an approximation.
    tab.open(f"/admin/statements/figureclaim/{to_correct.pk}/change/")
    page.fill("#id_value", "4000")
    page.fill("#id_value_max", "5000")
    page.select_option("#id_qualifier", "range")
    tab.screenshot("admin-claim-correction")
    page.click("input[name=_verify]")
    page.wait_for_selector(".messagelist")

    # Reject the third: it counts deaths. The reason goes in the review note.
    tab.open(f"/admin/statements/figureclaim/{to_reject.pk}/change/")
    page.fill("#id_review_note", "counts people killed, not fighters")
    page.click("input[name=_reject]")
    page.wait_for_selector(".messagelist")

    statuses = dict(FigureClaim.objects.values_list("pk", "review_status"))
    assert statuses == {to_verify.pk: "verified", to_correct.pk: "corrected", to_reject.pk: "rejected"}

    public = visit()
    verified_page = public.open(f"/claims/{to_verify.pk}/").content()
    assert "Verified" in verified_page
    corrected_page = public.open(f"/claims/{to_correct.pk}/").inner_text("main")
    assert "Corrected" in corrected_page and "4,000" in corrected_page and "5,000" in corrected_page
    public.screenshot("claim-corrected")
    rejected_page = public.open(f"/claims/{to_reject.pk}/").inner_text("main")
    assert "Rejected" in rejected_page
    listed = public.open("/claims/").content()
    assert f"/claims/{to_verify.pk}/" in listed and f"/claims/{to_reject.pk}/" not in listed
    assert tab.errors == [] and public.errors == []
