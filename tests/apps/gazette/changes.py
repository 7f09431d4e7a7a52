"""gazette: a Bottle API (`articles = Bottle()` and `comments = Bottle()` mounted with
`app.mount("/api/articles", articles)`, routes `@articles.get("/")`,
`@articles.route("/<article_id:int>/publish", method="POST")`, `@articles.delete(...)`,
handlers returning dicts (Bottle answers a dict as JSON), the body read with
`data = request.json`: `data["text"]` required, `data.get("author", "anonymous")` not) and a
plain-JS client on superagent: `await request.get(url)` / `request.post(url).send(body)` whose
`res.body` the wrappers return, DOM code mapping the articles to list items."""

BACK = "backend/gazette"
WEB = "web/src"

CHANGES = {
    # Publishing is /release now; the wrapper still posts to /publish.
    "publish-route-renamed": [
        ("edit", f"{BACK}/articles.py", '"/<article_id:int>/publish"', '"/<article_id:int>/release"'),
    ],
    # An article is archived with PATCH now, no DELETE; the wrapper still deletes (a 405).
    "delete-verb-changed": [
        ("edit", f"{BACK}/articles.py", '@articles.delete("/<article_id:int>")',
         '@articles.route("/<article_id:int>", method="PATCH")'),
    ],
    # The comment routes moved into a package; app.py still imports gazette.comments.
    "comments-module-moved": [
        ("move", f"{BACK}/comments.py", f"{BACK}/routes/comments.py"),
        ("write", f"{BACK}/routes/__init__.py", ""),
    ],
    # An article's `headline` is `title`; the list item still shows `headline`.
    "headline-renamed": [
        ("edit", f"{BACK}/articles.py", '"headline": article.headline', '"title": article.headline'),
    ],
    # A comment no longer names its author; the page still shows it.
    "author-dropped": [
        ("edit", f"{BACK}/comments.py", '"author": comment.author, ', ""),
    ],
    # A comment must name its author now; the wrapper still sends only the text (a 500).
    "author-now-required": [
        ("edit", f"{BACK}/comments.py", 'data.get("author", "anonymous")', 'data["author"]'),
    ],
    # Refactor: the publish route is renamed with its client.
    "refactor-publish-route-with-client": [
        ("edit", f"{BACK}/articles.py", '"/<article_id:int>/publish"', '"/<article_id:int>/release"'),
        ("edit", f"{WEB}/api.js", "`${API}/articles/${id}/publish`", "`${API}/articles/${id}/release`"),
    ],
    # Refactor: more fields served, an optional one accepted; nothing read goes away.
    "refactor-fields-added": [
        ("edit", f"{BACK}/articles.py", '"published": article.published,\n',
         '"published": article.published,\n        "comments": len(article.comments),\n'),
        ("edit", f"{BACK}/comments.py", '"text": comment.text}', '"text": comment.text, "flagged": False}'),
        ("edit", f"{BACK}/comments.py", 'data.get("author", "anonymous")', 'data.get("author") or "anonymous"'),
    ],
}
