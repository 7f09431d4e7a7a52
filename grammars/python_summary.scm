; impact: what a Python module's index summary needs (read by impact/lang/python_summary.py):
; its import statements and the attributes read from a plain name.
(import_statement) @import
(import_from_statement) @import.from
(attribute object: (identifier) @rooted.name) @rooted
