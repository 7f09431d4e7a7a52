from django.urls import include, path
from rest_framework.routers import DefaultRouter

from .views import PlantViewSet, ZoneViewSet, dashboard

router = DefaultRouter()
router.register("zones", ZoneViewSet)
router.register("plants", PlantViewSet)

urlpatterns = [
    path("dashboard/", dashboard, name="dashboard"),
    path("", include(router.urls)),
]
