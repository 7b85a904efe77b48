from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "ctwatch.ingest"
    verbose_name = "Ingestion"
