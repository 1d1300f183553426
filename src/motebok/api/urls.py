"""URLs of the api app, mounted at /api/; every route is described in ``openapi.py``."""

from django.urls import path, re_path

from motebok.api import views

app_name = "api"
urlpatterns = [
    path("v1/", views.index, name="index"),
    path("v1/meetings/", views.meeting_list, name="meetings"),
    path("v1/meetings/<int:meeting_id>/", views.meeting_detail, name="meeting"),
    path("v1/bodies/", views.body_list, name="bodies"),
    path("v1/bodies/<slug:slug>/", views.body_detail, name="body"),
    path("v1/people/", views.person_list, name="people"),
    path("v1/people/<int:person_id>/", views.person_detail, name="person"),
    path("v1/people/<int:person_id>/meetings/", views.person_meetings, name="person_meetings"),
    path("v1/actions/", views.action_list, name="actions"),
    path("v1/search", views.search, name="search"),
    path("v1/openapi.json", views.openapi, name="openapi"),
    # Last: anything else under /api/ answers a JSON 404, not the site's HTML page.
    re_path(r"^(?P<rest>.*)$", views.not_found, name="not-found"),
]
