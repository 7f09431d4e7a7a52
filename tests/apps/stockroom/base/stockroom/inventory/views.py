from flask import Blueprint, flash, redirect, render_template, request, url_for

from ..extensions import db
from ..models import Item, Location
from .forms import ItemForm

inventory_bp = Blueprint("inventory", __name__)


@inventory_bp.route("/")
def index():
    items = Item.query.order_by(Item.updated_at.desc()).all()
    return render_template("inventory/index.html", items=items)


@inventory_bp.route("/items/<int:item_id>")
def detail(item_id):
    item = db.get_or_404(Item, item_id)
    return render_template("inventory/detail.html", item=item)


@inventory_bp.route("/items/new", methods=["GET", "POST"])
def create_item():
    if request.method == "POST":
        form = ItemForm.from_request(request.form)
        item = Item(sku=form.sku, name=form.name, quantity=form.quantity, location_id=form.location_id)
        db.session.add(item)
        db.session.commit()
        flash(f"Added {item.sku}")
        return redirect(url_for("inventory.detail", item_id=item.id))
    return render_template("inventory/edit.html", item=None, locations=Location.query.all())


@inventory_bp.route("/items/<int:item_id>/edit", methods=["GET", "POST"])
def edit_item(item_id):
    item = db.get_or_404(Item, item_id)
    if request.method == "POST":
        form = ItemForm.from_request(request.form)
        item.name, item.location_id = form.name, form.location_id
        db.session.commit()
        return redirect(url_for("inventory.detail", item_id=item.id))
    return render_template("inventory/edit.html", item=item, locations=Location.query.all())


@inventory_bp.route("/locations/<int:location_id>")
def by_location(location_id):
    location = db.get_or_404(Location, location_id)
    items = Item.query.filter(Item.location_id == location.id).order_by(Item.sku).all()
    return render_template("inventory/index.html", items=items, location=location)
