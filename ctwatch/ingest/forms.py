from django import forms

from ctwatch.ingest.urls import InvalidURL, canonical_url


class AddSourcesForm(forms.Form):
    """What a staff member can hand to ingestion from the admin: URLs, a feed, or pasted text."""

    urls = forms.CharField(
        label="Article URLs",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="One per line.",
    )
    feed_url = forms.URLField(label="Feed URL (RSS or Atom)", required=False, assume_scheme="https")
    text = forms.CharField(label="Article text", required=False, widget=forms.Textarea(attrs={"rows": 10}))
    title = forms.CharField(required=False, max_length=500)
    source_url = forms.URLField(label="Source URL of the text", required=False, assume_scheme="https")
    published = forms.DateField(required=False, help_text="YYYY-MM-DD")

    def clean_urls(self) -> list[str]:
        urls, bad = [], []
        for line in self.cleaned_data["urls"].splitlines():
            if not line.strip():
                continue
            try:
                urls.append(canonical_url(line))
            except InvalidURL:
                bad.append(line.strip())
        if bad:
            raise forms.ValidationError(f"Not http(s) URLs: {', '.join(bad[:5])}")
        return urls

    def clean(self) -> dict:
        data = super().clean()
        if not (data.get("urls") or data.get("feed_url") or (data.get("text") or "").strip()):
            raise forms.ValidationError("Give at least one article URL, a feed URL, or an article's text.")
        return data
