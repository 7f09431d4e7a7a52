import json

from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET, require_POST

from catalog.models import Book, Loan, Member
from catalog.serializers import book_to_dict, loan_to_dict
from catalog.services import checkout_book, return_loan


@require_GET
def book_list(request):
    return JsonResponse({"books": [book_to_dict(b) for b in Book.objects.order_by("title")]})


@require_GET
def book_detail(request, pk):
    book = get_object_or_404(Book, pk=pk)
    return JsonResponse(book_to_dict(book))


@require_POST
def book_checkout(request, pk):
    book = get_object_or_404(Book, pk=pk)
    payload = json.loads(request.body or "{}")
    member = get_object_or_404(Member, pk=payload.get("member_id"))
    loan = checkout_book(book, member)
    return JsonResponse(loan_to_dict(loan), status=201)


@require_POST
def loan_return(request, pk):
    loan = return_loan(get_object_or_404(Loan, pk=pk))
    return JsonResponse(loan_to_dict(loan))
