"""sawmill: Django REST framework ViewSets registered with a `DefaultRouter` under
`path("api/", include("yard.urls"))`, with `@action` routes (`mill`, a detail POST; `seasoned`, a
list GET) and ModelSerializers naming their fields; an Angular 18 frontend whose services build
their URLs on a constant made from the environment (`${environment.apiUrl}/api`), whose
components keep their templates in `templateUrl` files and hand each log to a child component's
`@Input()` (`<app-log-card [log]="log" />`)."""

BACK = "backend/yard"
MIGRATION_0002 = """\
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("yard", "0001_initial")]

    operations = [
        migrations.AddField(model_name="log", name="stand", field=models.CharField(blank=True, max_length=40)),
    ]
"""
WEB = "web/src/app"

CHANGES = {
    # Milling is at /logs/<pk>/saw/ now; the service still POSTs to /mill/ (404).
    "mill-action-renamed": [
        ("edit", f"{BACK}/views.py", '@action(detail=True, methods=["post"], url_path="mill")',
         '@action(detail=True, methods=["post"], url_path="saw")'),
    ],
    # The diameter is `diameter_mm` now (in the serializer); the card shows `log.diameter_cm`.
    "diameter-renamed": [
        ("edit", f"{BACK}/serializers.py", '"diameter_cm", "grade"', '"diameter_mm", "grade"'),
        ("edit", f"{BACK}/serializers.py", "class Meta:\n        model = Log\n",
         "diameter_mm = serializers.IntegerField(source=\"diameter_cm\")\n\n    class Meta:\n        model = Log\n"),
    ],
    # The grade is no longer sent; the card's label reads `this.log.grade` (undefined).
    "grade-dropped": [
        ("edit", f"{BACK}/serializers.py", '"diameter_cm", "grade", "felled_on"', '"diameter_cm", "felled_on"'),
    ],
    # The felling date is no longer sent; the seasoned list shows `log.felled_on` (empty).
    "felled-on-dropped": [
        ("edit", f"{BACK}/serializers.py", '"grade", "felled_on", "milled"', '"grade", "milled"'),
    ],
    # The orders are registered at /orders now; the order service still calls /cut-orders/ (404s).
    "cut-orders-prefix-renamed": [
        ("edit", f"{BACK}/urls.py", 'router.register("cut-orders", CutOrderViewSet)',
         'router.register("orders", CutOrderViewSet)'),
    ],
    # board_feet takes the kerf too; get_board_feet gives length and diameter only.
    "board-feet-signature-changed": [
        ("edit", f"{BACK}/volume.py", "def board_feet(length_m, diameter_cm):",
         "def board_feet(length_m, diameter_cm, kerf_mm):"),
    ],
    # Refactor: milling at /saw/, with the service.
    "refactor-mill-renamed-with-service": [
        ("edit", f"{BACK}/views.py", '@action(detail=True, methods=["post"], url_path="mill")',
         '@action(detail=True, methods=["post"], url_path="saw")'),
        ("edit", f"{WEB}/services/log.service.ts", "`${API}/logs/${logId}/mill/`", "`${API}/logs/${logId}/saw/`"),
    ],
    # Refactor: a log says where it was felled too (the templates ignore it).
    "refactor-stand-added": [
        ("edit", f"{BACK}/models.py", '    milled = models.BooleanField(default=False)\n',
         '    milled = models.BooleanField(default=False)\n    stand = models.CharField(max_length=40, blank=True)\n'),
        ("edit", f"{BACK}/serializers.py", '"milled", "board_feet"]', '"milled", "board_feet", "stand"]'),
        ("write", f"{BACK}/migrations/0002_log_stand.py",
         MIGRATION_0002),
    ],
}
