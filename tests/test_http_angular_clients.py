"""Angular's HttpClient: `this.http.get<T>(url)` in a service holding it (`inject(HttpClient)`,
a field typed `HttpClient`, a constructor parameter property) is a request; a URL built from the
class's own field (`${this.baseUrl}/${id}`) is read through the value the field is declared
with, and a property of an imported object constant (`environment.apiUrl`) through its value.
A component holding the service calls its methods; what a method returning the request gives
is read in `subscribe` callbacks."""

from __future__ import annotations

from conftest import selected_keys

ENVIRONMENT = """\
export const environment = {
  production: false,
  apiUrl: '/api',
};
"""
BERTHS = """\
import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';

import { environment } from '../environments/environment';

@Injectable({ providedIn: 'root' })
export class BerthService {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = `${environment.apiUrl}/berths`;

  release(id: number) {
    return this.http.post(`${this.baseUrl}/${id}/release`, {});
  }
}
"""
VISITS = """\
import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';

@Injectable({ providedIn: 'root' })
export class VisitService {
  constructor(private http: HttpClient) {}

  pay(visitId: number, amount: number) {
    return this.http.post(`/api/visits/${visitId}/payments`, { amount });
  }
}
"""
NOT_A_CLIENT = """\
export class Cache {
  constructor(private http: Map<string, string>) {}

  read(id: number) {
    return this.http.get(`/api/berths/${id}/release`);
  }
}
"""
COMPONENT = """\
import { Component, inject } from '@angular/core';

import { VisitService } from './visit.service';

@Component({ selector: 'app-pay', standalone: true, template: '<p>{{ note }}</p>' })
export class PayComponent {
  private readonly visits = inject(VisitService);
  note = '';

  pay(id: number): void {
    this.visits.pay(id, 10).subscribe(({ balance }) => {
      this.note = `balance ${balance}`;
    });
  }

  payNext(id: number): void {
    this.visits.pay(id, 5).subscribe({ next: (receipt) => (this.note = `${receipt.balance}`) });
  }
}
"""
ROUTES = """\
from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api")


@bp.post("/berths/<int:berth_id>/release")
def release(berth_id):
    return {"id": berth_id}


@bp.post("/visits/<int:visit_id>/payments")
def pay(visit_id):
    return {"ok": True, "balance": 0}
"""
APP = "from flask import Flask\n\nfrom api.routes import bp\n\napp = Flask(__name__)\napp.register_blueprint(bp)\n"
BASE = {"api/__init__.py": "", "api/app.py": APP, "api/routes.py": ROUTES,
        "web/src/environments/environment.ts": ENVIRONMENT,
        "web/src/app/berth.service.ts": BERTHS, "web/src/app/visit.service.ts": VISITS,
        "web/src/app/cache.ts": NOT_A_CLIENT, "web/src/app/pay.component.ts": COMPONENT}


def _keys(change):
    return sorted(key[:4] for key in selected_keys(BASE, change, ("IMP4",)))


def test_a_service_injecting_http_client_with_a_base_url_field_calls_the_route():
    change = {"api/routes.py": ROUTES.replace('"/berths/<int:berth_id>/release"', '"/berths/<int:berth_id>/vacate"')}
    assert _keys(change) == [("IMP401", "web/src/app/berth.service.ts", 12, "error"),
                             ("IMP403", "api/routes.py", 6, "error")]


def test_a_constructor_parameter_property_typed_http_client_and_the_verb_changed():
    change = {"api/routes.py": ROUTES.replace('@bp.post("/visits/', '@bp.put("/visits/')}
    assert _keys(change) == [("IMP401", "web/src/app/visit.service.ts", 9, "error"),
                             ("IMP403", "api/routes.py", 11, "error")]


def test_the_route_moved_with_its_angular_client_is_silent():
    change = {"api/routes.py": ROUTES.replace('"/berths/<int:berth_id>/release"', '"/berths/<int:berth_id>/vacate"'),
              "web/src/app/berth.service.ts": BERTHS.replace("/release`", "/vacate`")}
    assert _keys(change) == []


def test_a_component_reads_what_a_service_method_returns_in_its_subscribe_callbacks():
    change = {"api/routes.py": ROUTES.replace('"balance": 0', '"due": 0')}
    assert _keys(change) == [("IMP402", "web/src/app/pay.component.ts", 11, "error"),
                             ("IMP402", "web/src/app/pay.component.ts", 17, "error"),
                             ("IMP404", "api/routes.py", 13, "error")]
