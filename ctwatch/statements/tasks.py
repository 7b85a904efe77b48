"""Periodic work for the public pages."""

from celery import shared_task

from ctwatch.statements.charts import warm_busiest_charts


@shared_task(ignore_result=True)
def warm_busiest_charts_task() -> int:
    """Beat, every minute: recompute the most visited charts in a worker when claims have changed."""
    return warm_busiest_charts()
