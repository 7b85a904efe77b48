import os

import pytest
from django.core.cache import cache

from ctwatch.statements.tests.browser import CHROMIUM, LAUNCH_ARGS, Visit


@pytest.fixture(autouse=True)
def _empty_cache():
    """Chart data is cached until the claims change; each test starts without what another one left."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        yield None
        return
    # Playwright's sync API runs an event loop in this thread, which Django's async guard would refuse;
    # allowed for these tests only, and put back after them.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def visit(browser, live_server, require_service):
    require_service(CHROMIUM.exists(), f"no {CHROMIUM}", need="BROWSER")
    visits = []

    def open_visit(width: int = 1280) -> Visit:
        visits.append(Visit(browser, live_server, width))
        return visits[-1]

    yield open_visit
    for each in visits:
        each.close()
