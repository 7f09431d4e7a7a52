from herbarium.store import LOANS


def loan():
    def get(request):
        found = LOANS[int(request.path_params["loan_id"])]
        return {"id": found["id"], "specimen_id": found["specimen_id"], "borrower": found["borrower"],
                "due": found["due"]}

    def delete(request):
        LOANS.pop(int(request.path_params["loan_id"]), None)
        return {"returned": True}
