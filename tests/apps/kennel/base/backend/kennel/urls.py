from django.urls import path

from kennel.api import api

urlpatterns = [
    path("api/", api.urls),
]
