from django.urls import path

from catalog import views

urlpatterns = [
    path("books/", views.book_list, name="book-list"),
    path("books/<int:pk>/", views.book_detail, name="book-detail"),
    path("books/<int:pk>/checkout/", views.book_checkout, name="book-checkout"),
    path("loans/<int:pk>/return/", views.loan_return, name="loan-return"),
]
