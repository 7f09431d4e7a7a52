"""HTTP across the seam: the operations a revision serves and the requests it sends.

Per file (`javascript.py`, `python.py`): declarations read from the syntax tree impact
already parsed, kept in FileFacts.http (cached with the other facts). Per revision
(`routes.py`, `clients.py`): served operations with their full paths, and client calls with
the paths they ask for, composed across modules with impact's own import resolution.
`paths.py` normalises and matches paths. The rules are in impact.checks.http.
"""
