; only where the source holds: __all__
; impact: what a module's `__all__` lists
; --- __all__ = [...], __all__ += [...], __all__.extend([...]), __all__.append("x"),
; __all__.remove("x")
(assignment
  left: (identifier) @all.target (#eq? @all.target "__all__")
  right: (_) @all.value)
(augmented_assignment
  left: (identifier) @all.target (#eq? @all.target "__all__")
  right: (_) @all.value)
(call
  function: (attribute
    object: (identifier) @all.target (#eq? @all.target "__all__")
    attribute: (identifier) @all.method (#any-of? @all.method "extend" "append" "remove"))
  arguments: (argument_list) @all.value)
