from django.db import models

from dogs.models import Dog


class Booking(models.Model):
    dog = models.ForeignKey(Dog, on_delete=models.CASCADE, related_name="bookings")
    starts_on = models.DateField()
    ends_on = models.DateField()
    grooming = models.BooleanField(default=False)
    cancelled = models.BooleanField(default=False)
