"""Headless Chromium (Debian's, driven by Playwright) for end-to-end tests: a tab that records console
errors and refuses requests to other sites, and the screenshots it saves."""

from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run",
]  # fmt: skip


class Visit:
    """A browser tab that records console errors and any request leaving the test server."""

    def __init__(self, browser, live_server, width: int = 1280):
        self.base = live_server.url
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.elsewhere: list[str] = []
        self.page.on("console", lambda message: message.type == "error" and self.errors.append(message.text))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on(
            "dialog", lambda dialog: (self.errors.append(f"dialog: {dialog.message}"), dialog.dismiss())
        )
        self.page.route("**/*", self.only_this_site)

    def only_this_site(self, route):
        if urlsplit(route.request.url).netloc == urlsplit(self.base).netloc:
            route.continue_()
        else:
            self.elsewhere.append(route.request.url)
            route.abort()

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        assert response.status == 200, path
        return self.page

    def wait_for_charts(self) -> None:
        # A selector, not wait_for_function: the page's Content Security Policy forbids eval, which
        # Playwright's function polling would need.
        self.page.wait_for_selector("[data-chart-src]:not([data-ready])", state="detached")

    def screenshot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    def close(self) -> None:
        self.context.close()
