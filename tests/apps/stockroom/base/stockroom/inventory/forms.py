from dataclasses import dataclass


@dataclass
class ItemForm:
    sku: str
    name: str
    quantity: int
    location_id: int | None

    @classmethod
    def from_request(cls, form) -> "ItemForm":
        location = form.get("location_id")
        return cls(
            sku=form["sku"].strip().upper(),
            name=form["name"].strip(),
            quantity=int(form.get("quantity") or 0),
            location_id=int(location) if location else None,
        )
