from django.urls import path

from ctwatch.statements import views

app_name = "statements"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("statements/", views.statement_list, name="statements"),
    path("statements/export.csv", views.statement_export_csv, name="statements_csv"),
    path("speakers/", views.speaker_list, name="speakers"),
    path("speakers/<slug:slug>/", views.speaker_detail, name="speaker"),
    path("forums/", views.forum_list, name="forums"),
    path("forums/<int:pk>/", views.forum_detail, name="forum"),
    path("claims/", views.claim_list, name="claims"),
    path("claims/chart.json", views.claim_chart_json, name="claims_chart"),
    path("claims/export.csv", views.claim_export_csv, name="claims_csv"),
    path("claims/export.json", views.claim_export_json, name="claims_json"),
    path("claims/<int:pk>/", views.claim_detail, name="claim"),
    path("articles/<int:pk>/", views.article_detail, name="article"),
]
