from rest_framework.routers import DefaultRouter

from .views import CutOrderViewSet, LogViewSet

router = DefaultRouter()
router.register("logs", LogViewSet)
router.register("cut-orders", CutOrderViewSet)

urlpatterns = router.urls
