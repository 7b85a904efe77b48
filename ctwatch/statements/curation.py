"""What curators do to machine-extracted rows: verify, reject, correct, revert, merge, re-attribute.

Every function records who and when (on the row and, through django-simple-history, in its history),
and keeps the machine's original values when a person changes a claim, so the two can be compared.
"""

from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from ctwatch.statements.models import FigureClaim, Forum, Speaker, SpeakerAlias, Statement
from ctwatch.statements.names import person_key

Status = FigureClaim.ReviewStatus


def _reviewed(claim: FigureClaim, *, reviewer: AbstractBaseUser, status: str, note: str) -> None:
    claim.review_status = status
    claim.reviewed_by = reviewer
    claim.reviewed_at = timezone.now()
    claim.review_note = note
    claim._change_reason = f"{status} by {reviewer}"


def verify_claim(*, claim: FigureClaim, reviewer: AbstractBaseUser, note: str = "") -> FigureClaim:
    """The claim is right as it stands."""
    _reviewed(claim, reviewer=reviewer, status=Status.VERIFIED, note=note)
    claim.save()
    return claim


def reject_claim(*, claim: FigureClaim, reviewer: AbstractBaseUser, reason: str) -> FigureClaim:
    """The claim is wrong (not a fighter figure, misread, a duplicate); the reason is kept."""
    if not reason.strip():
        raise ValidationError("Say why the claim is rejected.")
    _reviewed(claim, reviewer=reviewer, status=Status.REJECTED, note=reason.strip())
    claim.save()
    return claim


def correct_claim(
    *, claim: FigureClaim, reviewer: AbstractBaseUser, changes: dict[str, Any], note: str = ""
) -> FigureClaim:
    """Change what the machine got wrong. The machine's values are kept the first time a person corrects."""
    unknown = set(changes) - set(FigureClaim.CURATED_FIELDS) - {"speaker", "forum"}
    if unknown:
        raise ValidationError(f"These fields cannot be corrected: {', '.join(sorted(unknown))}")
    if claim.machine_values is None:
        claim.machine_values = claim.curated_values()
    for field, value in changes.items():
        setattr(claim, field, value)
    claim.full_clean(exclude=["article", "statement", "reviewed_by", "machine_values"])
    _reviewed(claim, reviewer=reviewer, status=Status.CORRECTED, note=note)
    claim.save()
    return claim


def revert_claim(*, claim: FigureClaim, reviewer: AbstractBaseUser) -> FigureClaim:
    """Undo a person's decision: back to the machine's values, awaiting review again."""
    if claim.machine_values:
        for field, value in claim.machine_values.items():
            if field == "claim_date" and value:
                value = FigureClaim._meta.get_field("claim_date").to_python(value)
            setattr(claim, field, value)
    claim.machine_values = None
    claim.review_status = Status.MACHINE
    claim.reviewed_by = reviewer
    claim.reviewed_at = timezone.now()
    claim.review_note = ""
    claim._change_reason = f"reverted to the machine's values by {reviewer}"
    claim.save()
    return claim


def attribute_statement(
    *, statement: Statement, curator: AbstractBaseUser, speaker: Speaker | None, forum: Forum | None
) -> Statement:
    """Fix who said it and where; a curated statement is left alone by re-extraction."""
    statement.speaker, statement.forum, statement.is_curated = speaker, forum, True
    statement.speaker_role = speaker.role if speaker else ""
    statement._change_reason = f"attribution fixed by {curator}"
    statement.save()
    return statement


def mark_statement_not_relevant(*, statement: Statement, curator: AbstractBaseUser) -> Statement:
    """Not about foreign fighters, or no statement at all: hidden from public pages, kept for the record."""
    statement.is_relevant, statement.is_curated = False, True
    statement._change_reason = f"marked not relevant by {curator}"
    statement.save()
    return statement


def _move(rows, field: str, target, reason: str) -> None:
    """Point `field` of these rows at `target`, with a history record for each row."""
    rows = list(rows)
    for row in rows:
        setattr(row, field, target)
    if rows:
        bulk_update_with_history(rows, type(rows[0]), [field], default_change_reason=reason)


@transaction.atomic
def merge_speakers(*, keep: Speaker, duplicates: Iterable[Speaker]) -> Speaker:
    """One person recorded as several speakers becomes one: statements, claims and every name move to `keep`.

    The duplicates' names become aliases of `keep`, so the ingestion pipeline matches them to it from now on.
    """
    duplicates = [speaker for speaker in duplicates if speaker.pk != keep.pk]
    ids = [speaker.pk for speaker in duplicates]
    names = [speaker.name for speaker in duplicates]
    names += list(SpeakerAlias.objects.filter(speaker_id__in=ids).values_list("name", flat=True))
    _move(Statement.objects.filter(speaker_id__in=ids), "speaker", keep, f"speaker merged into {keep}")
    _move(FigureClaim.objects.filter(speaker_id__in=ids), "speaker", keep, f"speaker merged into {keep}")
    SpeakerAlias.objects.filter(speaker_id__in=ids).delete()
    for speaker in duplicates:
        speaker.delete()
    for field in ("role", "affiliation", "country"):
        if not getattr(keep, field):
            setattr(keep, field, next((getattr(d, field) for d in duplicates if getattr(d, field)), ""))
    keep.save()
    for name in names:
        key = person_key(name)
        if key and key != keep.name_key:
            SpeakerAlias.objects.get_or_create(name_key=key, defaults={"speaker": keep, "name": name})
    return keep


@transaction.atomic
def merge_forums(*, keep: Forum, duplicates: Iterable[Forum]) -> Forum:
    """One meeting recorded as several forums becomes one: what was said there moves to `keep`."""
    ids = [forum.pk for forum in duplicates if forum.pk != keep.pk]
    _move(Statement.objects.filter(forum_id__in=ids), "forum", keep, f"forum merged into {keep}")
    _move(FigureClaim.objects.filter(forum_id__in=ids), "forum", keep, f"forum merged into {keep}")
    Forum.objects.filter(pk__in=ids).delete()
    return keep
