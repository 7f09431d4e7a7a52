"""HTTP across the seam, found by comparing base with head: IMP401 to IMP406, and IMP408.

A request the frontend sends is matched against the operations the backend serves (method,
and path with parameter segments matching any segment). What the change leaves unmatched is
reported: at each request that found an operation in base and finds none in head (IMP401),
and once per removed operation at its base definition, with its callers (IMP403). Then the
response fields: at each read of a field the request's operation sent in base and no longer
sends (IMP402), and once per such field at its base definition, with its readers (IMP404).
Then the requests' own keys: a query parameter or body field the operation requires in head,
did not in base, and the request does not send (IMP405).
impact abstains wherever it cannot be sure: requests to other hosts, URLs built at run time,
base URLs it cannot read, paths an unresolved router or a catch-all may still serve, several
routes that may serve one request, and response bodies whose fields are not all known.

URLs built from endpoint names (`url_for`, `reverse`, `{% url %}`) are matched against the
names the routes have: a name a route had in base and none has in head (IMP408). The
attributes templates read from the values views render them with are matched against the
values' classes: an attribute a class defined in base and no longer does (IMP406).

The rules and their entry point are here; the comparisons, and all they read, in
`comparison.py`, `request_fields.py`, `endpoint_names.py` and `template_attributes.py`,
imported only when a change can affect what the rules find.
"""

from __future__ import annotations

from impact.checks.base import Rule
from impact.checks.context import ChangeContext
from impact.model import Finding

UNSERVED_REQUEST = Rule(
    code="IMP401",
    name="unserved-request",
    severity="error",
    summary="a request (fetch, axios, an instance with a baseURL, a one-level wrapper such as "
            "`apiFetch('/x')`) matched an operation the backend served in base and matches none "
            "in head: the route was removed or renamed and this caller was left behind.",
    why="the call now gets a 404 or 405 at run time; no type checker sees it, because the "
        "route and the call live in different languages or modules joined only by a string.",
    example="# base: @bp.post('/chats/<int:id>/messages')   head: route removed\n"
            "# static/chat.js: fetch(`/api/chats/${id}/messages`, { method: 'POST' })\n"
            "# IMP401 at static/chat.js:12, origin: the route in base",
    short="a request the frontend sends matched a served route in base and matches none in head "
          "(at the call)",
    use_instead="call the route's new path or method, or keep serving the old one (an alias) "
                "until every client has moved.",
    references=("https://github.com/oasdiff/oasdiff/blob/main/docs/BREAKING-CHANGES.md",),
)
REMOVED_ENDPOINT = Rule(
    code="IMP403",
    name="removed-endpoint",
    severity="error",
    summary="a served operation (method and path) was removed; reported once, at the route in "
            "base, with the requests in head that still call it (each also gets IMP401).",
    why="callers in this repository break (an error), and so may clients deployed elsewhere: an "
        "older frontend, a mobile app, a webhook sender — a warning when no caller here is left "
        "and none was known in base. A route removed together with all its callers is silent, "
        "and so is one of a test's own server (a mock) that no request here still calls.",
    example="# base: router.get('/group-chats', list)   head: removed\n"
            "# dashboard/src/api/groupChat.js:5 still calls it\n"
            "# IMP403 at worker/src/routes/api.js:27 (base), consumers: groupChat.js:5",
    short="a served operation was removed: once, at the route in base, with the requests still "
          "calling it; a warning when none is known",
    use_instead="remove or update the requests listed in the same change, or keep the route "
                "(deprecated) while deployed clients may still call it.",
    references=("https://github.com/oasdiff/oasdiff/blob/main/docs/BREAKING-CHANGES.md",),
)
MISSING_RESPONSE_FIELD = Rule(
    code="IMP402",
    name="missing-response-field",
    severity="error",
    summary="a field read from a response (`data.x` after `await res.json()`, destructuring, "
            "axios `data`, `.map((m) => m.x)` over an array, a one-level wrapper's return "
            "value), or from a value inside it whose model or type the backend declares "
            "(`page.items[0].title` of a `Page[TaskOut]`), was sent in base and its operation "
            "no longer sends it; reported at the read. Only judged when every body the "
            "operation may send is known in both revisions.",
    why="the read gives `undefined` at run time instead of failing loudly: an empty image, a "
        "`NaN`, a crash further on. The backend's response model and the frontend's own type "
        "for it are separate copies, so tsc and pyright both pass.",
    example="# base: jsonify({'id': m.id, 'mediaUrl': m.media_url})   head: 'mediaUrl' dropped\n"
            "# web/src/Chat.tsx:14: messages.map((m) => <img src={m.mediaUrl} />)\n"
            "# IMP402 at web/src/Chat.tsx:14, origin: the field in base",
    short="a field read from a response was sent in base and the operation no longer sends it "
          "(at the read)",
    use_instead="read the field the backend sends now, or keep sending the old one (both for a "
                "release) until every reader has moved.",
    references=("https://github.com/oasdiff/oasdiff/blob/main/docs/BREAKING-CHANGES.md",
                "https://docs.pact.io/getting_started/matching"),
)
REMOVED_RESPONSE_FIELD = Rule(
    code="IMP404",
    name="removed-response-field",
    severity="error",
    summary="a field an operation sent in base is no longer sent; reported once, at the field "
            "in base (a pydantic model field, a dict or object literal key), with the reads in "
            "head that still expect it (each also gets IMP402). A warning when no read is left "
            "in head but there was one in base: frontends already deployed read it. Silent when "
            "nothing in the repository ever read it.",
    why="readers in this repository break (an error), and so do frontends already deployed "
        "that read it — an open tab, a cached bundle, a mobile app — when the backend ships "
        "first: the `mediaUrl` incident, whose rollback plan existed because older frontends "
        "still read the removed field.",
    example="# base: class ThreadResponse(BaseModel): metadata: dict   head: field removed\n"
            "# frontend reads thread.metadata in base only\n"
            "# IMP404 (warning) at backend/app/schemas.py:12: read in base by ThreadList.tsx:9",
    short="a field an operation sent in base is no longer sent: once, at the field, with its "
          "readers; a warning when only base had readers",
    use_instead="keep sending the field (deprecated) for a release while deployed frontends "
                "still read it, then remove it; update the readers listed.",
    references=("https://github.com/oasdiff/oasdiff/blob/main/docs/BREAKING-CHANGES.md",
                "https://docs.pact.io/pact_broker/can_i_deploy"),
)
REQUEST_INCOMPATIBLE = Rule(
    code="IMP405",
    name="request-incompatible",
    severity="error",
    summary="a request does not send a query parameter or a JSON body field that the operation "
            "serving it requires in head and did not require in base (a required field added to "
            "a FastAPI view's pydantic body model, an optional one made required, a query "
            "parameter added without a default, a Flask view that now reads "
            "`request.json[\"x\"]` before anything else); reported at the request. Only judged when "
            "every key the request sends is known (an object literal without spreads, a query "
            "string written out) and so is what the operation requires.",
    why="the server answers 422 (FastAPI) or 400 (Flask) to a request it served in base: a "
        "form that stops saving, a search that stops loading. The backend's model and the "
        "frontend's object literal are separate copies joined only by field names, so neither "
        "tsc nor pyright sees it.",
    example="# base: class ItemCreate(BaseModel): title: str   head: + price: float\n"
            "# web/src/NewItem.tsx:9: api.post('/items', { title })\n"
            "# IMP405 at web/src/NewItem.tsx:9 (price), origin: the route in base",
    short="a request does not send a query parameter or body field its operation now requires "
          "(at the request)",
    use_instead="send the field from every request of the operation in the same change, or give "
                "it a default on the server (`price: float = 0`, `Query(None)`) until every "
                "client, deployed ones too, sends it.",
    references=("https://github.com/oasdiff/oasdiff/blob/main/docs/BREAKING-CHANGES.md",
                "https://fastapi.tiangolo.com/tutorial/body/"),
)
UNBUILDABLE_URL = Rule(
    code="IMP408",
    name="unbuildable-url",
    severity="error",
    summary="a URL is built from an endpoint's name that a route had in base and no route has "
            "in head: Flask's `url_for('chat.view')` (in a view or a Jinja template), Django's "
            "`reverse('polls:detail')`, `reverse_lazy`, `redirect('name')`, `resolve_url` and "
            "`{% url 'polls:detail' %}`; reported where the name is written.",
    why="the name is a string: renaming a view function (Flask's default endpoint), a "
        "blueprint or a URL conf's `name=` leaves it behind, and nothing fails until that page "
        "is rendered or that view runs, with werkzeug's BuildError or Django's NoReverseMatch "
        "(a 500). No type checker reads these strings.",
    example="# base: @chat.route('/chats/<int:id>/comments', methods=['POST'])\n"
            "#       def add_comment(id): ...            head: renamed post_comment\n"
            "# templates/chat.html:14: <form action=\"{{ url_for('chat.add_comment', id=c.id) }}\">\n"
            "# IMP408 at templates/chat.html:14, origin: the route in base",
    short="a URL is built (`url_for`, `reverse`, `{% url %}`) from an endpoint name a route had "
          "in base and none has in head (where the name is written)",
    use_instead="build the URL from the route's new name, or give the route its old one "
                "(Flask `endpoint=`, Django `name=`).",
    references=("https://flask.palletsprojects.com/en/stable/api/#flask.url_for",
                "https://docs.djangoproject.com/en/stable/ref/urlresolvers/#reverse"),
)
TEMPLATE_ATTRIBUTE = Rule(
    code="IMP406",
    name="template-attribute",
    severity="error",
    summary="a Jinja or Django template reads an attribute (a column, a relationship, a method, "
            "a property) of a model class that defined it in base and no longer does in head: "
            "of a value a view renders it with (directly, or through a function of the "
            "repository passing its template and keyword arguments on to the renderer) whose "
            "class is known (`Chat.query.get_or_404(id)`, "
            "`Comment.query.filter_by(...).all()`, `db.session.get(Chat, id)`, "
            "`get_object_or_404(Poll, ...)`, `Poll.objects.filter(...)`), through `{% for %}` "
            "loops and relationships, into the templates it includes or extends and the Jinja "
            "macros it calls; reported at "
            "the template line. An error when Jinja raises "
            "(`c.gone()`, `c.gone.x`), a warning when the read renders as empty (a plain "
            "`{{ c.gone }}`, any read in a Django template). Silent when the template guards it "
            "(`is defined`, `|default`).",
    why="a template reads the model by attribute names in a string the type checkers never "
        "see: the view and the model pass pyright, and the page fails (a 500) or silently "
        "loses its content only when it is rendered. The threaded-replies incident: "
        "`parent_comment_id` left the model while `chat/view.html` still called it.",
    example="# base: class Comment(db.Model): parent_comment_id = db.Column(...)   head: removed\n"
            "# views.py: render_template('chat/view.html', comments=Comment.query.all())\n"
            "# templates/chat/view.html:9: {% for c in comments %}{{ c.parent_comment_id.real }}\n"
            "# IMP406 at templates/chat/view.html:9, origin: the column in base",
    short="a template reads an attribute its model class defined in base and no longer does "
          "(at the template line; a warning when the read renders as empty)",
    use_instead="update the template in the same change, or keep the attribute (a property "
                "returning the new value) until no template reads it.",
    references=("https://jinja.palletsprojects.com/en/stable/templates/#variables",
                "https://docs.djangoproject.com/en/stable/ref/templates/api/#invalid-template-variables"),
)
RULES = (UNSERVED_REQUEST, MISSING_RESPONSE_FIELD, REMOVED_ENDPOINT, REMOVED_RESPONSE_FIELD,
         REQUEST_INCOMPATIBLE, TEMPLATE_ATTRIBUTE, UNBUILDABLE_URL)


def check(context: ChangeContext) -> list[Finding]:
    """The IMP4xx rules, through the files with HTTP facts of each revision (none when the
    change touches nothing they read)."""
    if context.http_untouched:
        return []
    from impact.checks.http import comparison, endpoint_names, template_attributes

    # when the revisions' reads are kept (a run with indexes), all of them
    every_read = context.base.index is not None
    base, head = context.base.http_graph(), context.head.http_graph()
    return comparison.check_change(base, head, every_read) + \
        endpoint_names.check_change(base, head, every_read) + \
        template_attributes.check_change(base, head)
