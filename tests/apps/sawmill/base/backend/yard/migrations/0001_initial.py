import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Log",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("species", models.CharField(max_length=40)),
                ("length_m", models.DecimalField(decimal_places=2, max_digits=5)),
                ("diameter_cm", models.PositiveIntegerField()),
                ("grade", models.CharField(default="B", max_length=2)),
                ("felled_on", models.DateField()),
                ("milled", models.BooleanField(default=False)),
            ],
        ),
        migrations.CreateModel(
            name="CutOrder",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("thickness_mm", models.PositiveIntegerField()),
                ("boards", models.PositiveIntegerField(default=1)),
                ("customer", models.CharField(blank=True, max_length=80)),
                ("created_at", models.DateTimeField(auto_now_add=True)),
                ("log", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                          related_name="orders", to="yard.log")),
            ],
        ),
    ]
