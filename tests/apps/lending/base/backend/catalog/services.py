from datetime import date, timedelta

from catalog.models import Book, Loan, Member

LOAN_DAYS = 21


def checkout_book(book: Book, member: Member) -> Loan:
    return Loan.objects.create(book=book, member=member, due=date.today() + timedelta(days=LOAN_DAYS))


def return_loan(loan: Loan) -> Loan:
    loan.returned = True
    loan.save(update_fields=["returned"])
    return loan
