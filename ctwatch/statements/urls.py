from django.urls import path

from ctwatch.statements import views

app_name = "statements"
urlpatterns = [
    path("", views.overview, name="overview"),
]
