"""lending: a Django project (plain function views returning JsonResponse, `include()`d URL
confs, dict serializers) and a Vue 3 frontend whose books and loans live in a pinia setup
store, read in components through `storeToRefs(store)` and handed to a card's prop."""

CATALOG = "backend/catalog"
FRONTEND = "frontend/src"

CHANGES = {
    # The checkout URL became /borrow/; the frontend still POSTs to /checkout/.
    "checkout-route-renamed": [
        ("edit", f"{CATALOG}/urls.py", 'path("books/<int:pk>/checkout/"', 'path("books/<int:pk>/borrow/"'),
    ],
    # The book dict sends `author_name`; the detail view (a ref set to getBook()'s result) and
    # the card (the store's books through storeToRefs, a v-for and a prop) still read `author`.
    "author-renamed": [
        ("edit", f"{CATALOG}/serializers.py", '"author": book.author,', '"author_name": book.author,'),
    ],
    # checkout_book() takes the loan length; the view still passes book and member.
    "checkout-signature-changed": [
        ("edit", f"{CATALOG}/services.py", "def checkout_book(book: Book, member: Member) -> Loan:",
         "def checkout_book(book: Book, member: Member, days: int) -> Loan:"),
        ("edit", f"{CATALOG}/services.py", "timedelta(days=LOAN_DAYS)", "timedelta(days=days)"),
    ],
    # Book gains an `isbn` column and no migration adds it.
    "isbn-without-migration": [
        ("edit", f"{CATALOG}/models.py", "    copies = models.PositiveIntegerField(default=1)\n",
         "    copies = models.PositiveIntegerField(default=1)\n    isbn = models.CharField(max_length=13, blank=True)\n"),
    ],
    # utils/dates.ts moved to lib/dates.ts; the loan banner still imports '../utils/dates'.
    "dates-module-moved": [
        ("move", f"{FRONTEND}/utils/dates.ts", f"{FRONTEND}/lib/dates.ts"),
    ],
    # Refactor: loans are closed at /close/ now, and the frontend follows.
    "refactor-return-route-moved": [
        ("edit", f"{CATALOG}/urls.py", 'path("loans/<int:pk>/return/"', 'path("loans/<int:pk>/close/"'),
        ("edit", f"{FRONTEND}/api/books.ts", "request<Loan>(`/loans/${id}/return/`,", "request<Loan>(`/loans/${id}/close/`,"),
    ],
    # Refactor: loan_to_dict() renamed to serialize_loan() with its callers.
    "refactor-serializer-renamed": [
        ("edit", f"{CATALOG}/serializers.py", "def loan_to_dict(", "def serialize_loan("),
        ("edit", f"{CATALOG}/views.py", "from catalog.serializers import book_to_dict, loan_to_dict",
         "from catalog.serializers import book_to_dict, serialize_loan"),
        ("edit", f"{CATALOG}/views.py", "return JsonResponse(loan_to_dict(loan), status=201)",
         "return JsonResponse(serialize_loan(loan), status=201)"),
        ("edit", f"{CATALOG}/views.py", "return JsonResponse(loan_to_dict(loan))",
         "return JsonResponse(serialize_loan(loan))"),
    ],
}
