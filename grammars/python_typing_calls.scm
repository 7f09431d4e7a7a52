; only where the source holds: TypeVar cast
; impact: the strings pyright reads as type expressions in calls: `TypeVar(..., bound="Foo")`,
; `cast("Foo", v)` (python.py keeps them only where the function is typing's)
(call
  function: [(identifier) (attribute attribute: (identifier))] @_typevar
  (#match? @_typevar "(^|[.])TypeVar$")
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_bound (#eq? @_bound "bound")
      value: (string) @annotation.argument)))
(call
  function: [(identifier) (attribute attribute: (identifier))] @_cast
  (#match? @_cast "(^|[.])cast$")
  arguments: (argument_list . (string) @annotation.argument))
