"""
The filters of the public lists, one FilterSet per list. Every filter is a query-string parameter with
the same name on every page (`speaker`, `forum`, `forum_kind`, `year`, `year_min`, `year_max`, `q`, ...),
so a filtered page is a link that can be shared, and the chart and exports follow the list's filters.
"""

import django_filters
from django import forms

from ctwatch.statements.models import FigureClaim, Forum, Speaker, Statement


class YearFilter(django_filters.NumberFilter):
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1900)
        kwargs.setdefault("max_value", 2100)
        kwargs.setdefault("widget", forms.NumberInput(attrs={"inputmode": "numeric", "size": 5}))
        super().__init__(*args, **kwargs)


class SpeakerFilter(django_filters.ModelChoiceFilter):
    """A speaker by slug, typed or linked: a list of thousands of names would not fit in a select."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", Speaker.objects.only("id", "name", "slug"))
        kwargs.setdefault("to_field_name", "slug")
        kwargs.setdefault("widget", forms.TextInput(attrs={"placeholder": "e.g. ban-ki-moon"}))
        kwargs.setdefault("label", "Speaker (slug)")
        super().__init__(*args, **kwargs)


class ForumFilter(django_filters.ModelChoiceFilter):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("queryset", Forum.objects.only("id", "name", "date", "date_precision"))
        kwargs.setdefault("widget", forms.NumberInput(attrs={"inputmode": "numeric"}))
        kwargs.setdefault("label", "Forum (number)")
        super().__init__(*args, **kwargs)


class YearRangeForm(forms.Form):
    def clean(self):
        data = super().clean()
        low, high = data.get("year_min"), data.get("year_max")
        if low is not None and high is not None and low > high:
            self.add_error("year_max", "The end year is before the start year.")
        return data


class DatedFilterSet(django_filters.FilterSet):
    """Year filters over the date each list is ordered by (the model's `for_year`/`between_years`)."""

    year = YearFilter(method="filter_year", label="Year")
    year_min = YearFilter(method="filter_year_min", label="From year")
    year_max = YearFilter(method="filter_year_max", label="To year")

    def filter_year(self, queryset, name, value):
        return queryset.for_year(value)

    def filter_year_min(self, queryset, name, value):
        return queryset.between_years(value, None)

    def filter_year_max(self, queryset, name, value):
        return queryset.between_years(None, value)

    def filter_search(self, queryset, name, value):
        return queryset.search(value)


class StatementFilter(DatedFilterSet):
    primary = ("speaker", "forum_kind", "year", "q")
    speaker = SpeakerFilter()
    forum = ForumFilter()
    forum_kind = django_filters.ChoiceFilter(
        field_name="forum__kind", choices=Forum.Kind.choices, label="Forum kind", empty_label="Any kind"
    )
    kind = django_filters.ChoiceFilter(choices=Statement.Kind.choices, label="Kind", empty_label="Any")
    q = django_filters.CharFilter(method="filter_search", label="Words in the statement")

    class Meta:
        model = Statement
        form = YearRangeForm
        fields = ["speaker", "forum", "forum_kind", "kind", "year", "year_min", "year_max", "q"]


class ClaimFilter(DatedFilterSet):
    """Figure claims. Without a `status`, rejected claims are left out: that is the public default."""

    primary = ("subject", "location", "speaker", "forum_kind", "year_min", "year_max", "status")
    STATUS_CHOICES = [
        ("reviewed", "Verified by a person"),
        ("machine", "Not yet reviewed"),
        ("rejected", "Rejected only"),
        ("all", "All, including rejected"),
    ]
    subject = django_filters.ChoiceFilter(choices=FigureClaim.Subject.choices, empty_label="Any subject")
    location = django_filters.CharFilter(method="filter_location", label="Location (country)")
    origin = django_filters.CharFilter(lookup_expr="iexact", label="Origin")
    group = django_filters.CharFilter(lookup_expr="iexact", label="Group")
    qualifier = django_filters.ChoiceFilter(choices=FigureClaim.Qualifier.choices, empty_label="Any")
    speaker = SpeakerFilter()
    forum = ForumFilter()
    forum_kind = django_filters.ChoiceFilter(
        field_name="forum__kind", choices=Forum.Kind.choices, label="Forum kind", empty_label="Any kind"
    )
    status = django_filters.ChoiceFilter(
        choices=STATUS_CHOICES, method="filter_status", label="Review status", empty_label="All but rejected"
    )
    q = django_filters.CharFilter(method="filter_search", label="Words in the evidence")

    class Meta:
        model = FigureClaim
        form = YearRangeForm
        fields = [
            "subject", "location", "origin", "group", "qualifier", "speaker", "forum", "forum_kind",
            "year", "year_min", "year_max", "status", "q",
        ]  # fmt: skip

    def filter_queryset(self, queryset):
        status = self.form.cleaned_data.get("status")
        if not status:
            queryset = queryset.public()
        return super().filter_queryset(queryset)

    def filter_status(self, queryset, name, value):
        if value == "reviewed":
            return queryset.reviewed()
        if value == "all":
            return queryset
        return queryset.filter(review_status=value)

    def filter_location(self, queryset, name, value):
        return queryset.in_location(value.strip())


class ForumListFilter(DatedFilterSet):
    primary = ("forum_kind", "year", "q")
    forum_kind = django_filters.ChoiceFilter(
        field_name="kind", choices=Forum.Kind.choices, label="Kind", empty_label="Any kind"
    )
    q = django_filters.CharFilter(field_name="name", lookup_expr="icontains", label="Name")

    class Meta:
        model = Forum
        form = YearRangeForm
        fields = ["forum_kind", "year", "year_min", "year_max", "q"]


class SpeakerListFilter(django_filters.FilterSet):
    primary = ("q",)
    q = django_filters.CharFilter(method="filter_search", label="Name, role or affiliation")

    class Meta:
        model = Speaker
        fields = ["q"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)


def filtered(filterset: django_filters.FilterSet):
    """The filtered queryset, or none of it when a filter is invalid: an unknown speaker shows no rows."""
    if filterset.is_bound and not filterset.form.is_valid():
        return filterset.queryset.none()
    return filterset.qs
