"""The Celery app of ctwatch, configured from Django's settings (the CELERY_* names)."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ctwatch.settings")

# DjangoTask gives every task delay_on_commit(), so a row is visible to the worker before it is queued.
app = Celery("ctwatch", task_cls="celery.contrib.django.task:DjangoTask")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
