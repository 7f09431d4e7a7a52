from django.db import models


class Log(models.Model):
    species = models.CharField(max_length=40)
    length_m = models.DecimalField(max_digits=5, decimal_places=2)
    diameter_cm = models.PositiveIntegerField()
    grade = models.CharField(max_length=2, default="B")
    felled_on = models.DateField()
    milled = models.BooleanField(default=False)


class CutOrder(models.Model):
    log = models.ForeignKey(Log, on_delete=models.CASCADE, related_name="orders")
    thickness_mm = models.PositiveIntegerField()
    boards = models.PositiveIntegerField(default=1)
    customer = models.CharField(max_length=80, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
