import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="Member",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("name", models.CharField(max_length=120)),
                ("email", models.EmailField(max_length=254, unique=True)),
            ],
        ),
        migrations.CreateModel(
            name="Book",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("title", models.CharField(max_length=200)),
                ("author", models.CharField(max_length=120)),
                ("copies", models.PositiveIntegerField(default=1)),
            ],
        ),
        migrations.CreateModel(
            name="Loan",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False)),
                ("due", models.DateField()),
                ("returned", models.BooleanField(default=False)),
                ("book", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                           related_name="loans", to="catalog.book")),
                ("member", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE,
                                             related_name="loans", to="catalog.member")),
            ],
        ),
    ]
