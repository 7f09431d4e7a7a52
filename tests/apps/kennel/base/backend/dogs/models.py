from django.db import models


class Owner(models.Model):
    name = models.CharField(max_length=120)
    phone = models.CharField(max_length=32)


class Dog(models.Model):
    name = models.CharField(max_length=80)
    breed = models.CharField(max_length=80, blank=True)
    owner = models.ForeignKey(Owner, on_delete=models.CASCADE, related_name="dogs")
    checked_in = models.BooleanField(default=False)
    feeding_notes = models.TextField(blank=True)

    def __str__(self) -> str:
        return self.name
