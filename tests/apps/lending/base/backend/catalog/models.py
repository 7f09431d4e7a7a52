from django.db import models


class Member(models.Model):
    name = models.CharField(max_length=120)
    email = models.EmailField(unique=True)


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.CharField(max_length=120)
    copies = models.PositiveIntegerField(default=1)


class Loan(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE, related_name="loans")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="loans")
    due = models.DateField()
    returned = models.BooleanField(default=False)
