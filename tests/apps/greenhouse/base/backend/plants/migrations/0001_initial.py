import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Zone",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("name", models.CharField(max_length=80)),
                ("humidity_target", models.PositiveSmallIntegerField(default=60)),
            ],
        ),
        migrations.CreateModel(
            name="Plant",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("name", models.CharField(max_length=120)),
                ("species", models.CharField(blank=True, max_length=120)),
                ("water_every_days", models.PositiveSmallIntegerField(default=7)),
                ("last_watered_at", models.DateTimeField(blank=True, null=True)),
                ("zone", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT,
                                           related_name="plants", to="plants.zone")),
            ],
            options={"ordering": ["name"]},
        ),
        migrations.CreateModel(
            name="Watering",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("amount_ml", models.PositiveIntegerField()),
                ("note", models.CharField(blank=True, max_length=200)),
                ("watered_at", models.DateTimeField(auto_now_add=True)),
                ("plant", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                            related_name="waterings", to="plants.plant")),
            ],
            options={"ordering": ["-watered_at"]},
        ),
    ]
