"""HTTP across the seam: the operations a revision serves, the requests it sends, the fields
the one sends and the other reads.

Per file (`javascript.py`, `python.py`, `django.py`; bodies in `js_bodies.py` and
`py_bodies.py`, reads in `js_reads.py`, development proxies in `proxies.py`): declarations
read from the syntax tree impact already parsed, kept in FileFacts.http (cached with the
other facts). Per revision: served operations with their full paths (`routes.py`) and the
fields of their bodies (`responses.py`), client calls with the paths they ask for
(`clients.py`) and the response fields their callers read (`reads.py`), composed across
modules with impact's own import resolution (`names.py`). `paths.py` normalises and matches
paths; `listing.py` is `impact routes`. The rules are in impact.checks.http.
"""

# the files a Next.js route handler may be (routes.py, and index.py, which must not import it)
ROUTE_FILE_SUFFIXES = (".js", ".jsx", ".ts", ".tsx", ".mjs")
