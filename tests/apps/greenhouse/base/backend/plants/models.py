from datetime import timedelta

from django.db import models


class Zone(models.Model):
    name = models.CharField(max_length=80)
    humidity_target = models.PositiveSmallIntegerField(default=60)

    def __str__(self):
        return self.name


class Plant(models.Model):
    name = models.CharField(max_length=120)
    species = models.CharField(max_length=120, blank=True)
    zone = models.ForeignKey(Zone, related_name="plants", on_delete=models.PROTECT)
    water_every_days = models.PositiveSmallIntegerField(default=7)
    last_watered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def next_watering(self):
        if self.last_watered_at is None:
            return None
        return self.last_watered_at + timedelta(days=self.water_every_days)


class Watering(models.Model):
    plant = models.ForeignKey(Plant, related_name="waterings", on_delete=models.CASCADE)
    amount_ml = models.PositiveIntegerField()
    note = models.CharField(max_length=200, blank=True)
    watered_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-watered_at"]
