from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "ctwatch.statements"
    verbose_name = "Statements and figure claims"
