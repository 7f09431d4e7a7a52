; impact: facts of a Python module (read by impact/lang/python.py).
; Capture names say what a node is; the extractor decides scope and binding.

; --- scopes: functions, lambdas, classes and comprehensions open one
(function_definition) @scope.function
(lambda) @scope.lambda
(class_definition) @scope.class
[
  (list_comprehension)
  (set_comprehension)
  (dictionary_comprehension)
  (generator_expression)
] @scope.comprehension

; --- imports
(import_statement) @import
(import_from_statement) @import.from

; --- names bound where they stand
(function_definition name: (identifier) @bind.name)
(class_definition name: (identifier) @bind.name)
(parameters (identifier) @bind.name)
(lambda_parameters (identifier) @bind.name)
(default_parameter name: (identifier) @bind.name)
(typed_parameter . (identifier) @bind.name)
(typed_default_parameter name: (identifier) @bind.name)
(list_splat_pattern (identifier) @bind.name)
(dictionary_splat_pattern (identifier) @bind.name)
(function_definition type_parameters: (type_parameter (type (identifier) @bind.name)))
(class_definition type_parameters: (type_parameter (type (identifier) @bind.name)))
(type_alias_statement left: (type (identifier) @bind.name))
; PEP 695 `def f[**P, *Ts, R: int]`, `type Alias[K, **P] = ...`: each parameter's name, not
; a bound's
(function_definition type_parameters: (type_parameter (type (splat_type (identifier) @bind.name))))
(class_definition type_parameters: (type_parameter (type (splat_type (identifier) @bind.name))))
(function_definition type_parameters:
  (type_parameter (type (constrained_type . (type (identifier) @bind.name)))))
(class_definition type_parameters:
  (type_parameter (type (constrained_type . (type (identifier) @bind.name)))))
(type_alias_statement left: (type (generic_type (identifier) @bind.name)))
(type_alias_statement left: (type (generic_type (type_parameter (type (identifier) @bind.name)))))
(type_alias_statement
  left: (type (generic_type (type_parameter (type (splat_type (identifier) @bind.name))))))
(case_pattern) @bind.pattern
(named_expression name: (identifier) @bind.walrus)

; --- assignment targets: identifiers inside are bound, unless under an attribute or subscript
(assignment left: (_) @bind.target)
(augmented_assignment left: (_) @bind.target)
(for_statement left: (_) @bind.target)
(for_in_clause left: (_) @bind.target)
(as_pattern alias: (as_pattern_target) @bind.target)

(global_statement (identifier) @global)
(nonlocal_statement (identifier) @nonlocal)

; --- identifiers that are not names at all
(attribute attribute: (identifier) @not_a_name)
(keyword_argument name: (identifier) @not_a_name)
(dotted_name (identifier) @not_a_name)
(aliased_import alias: (identifier) @not_a_name)

; --- every identifier: the ones not captured above are references
(identifier) @identifier

; --- type expressions, where a string is a forward reference pyright reads names in:
; annotations (`x: "Foo"`, `-> list["Foo"]`), `TypeVar(..., bound="Foo")`, `cast("Foo", v)`
; (python.py keeps the last two only where the function is typing's)
(type) @annotation
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

; --- `name.attr...` chains and call sites
(attribute) @attribute
(call function: (_) @call.function arguments: (_) @call.arguments) @call

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

; --- `sys.modules[__name__] = ...`: the module replaces itself at run time (registering
; another module, `sys.modules[name] = ...`, changes nothing of this one)
(assignment
  left: (subscript
    value: (attribute
      object: (identifier) @_sys (#eq? @_sys "sys")
      attribute: (identifier) @_modules (#eq? @_modules "modules"))
    subscript: (identifier) @_key (#eq? @_key "__name__")))
  @replaces_module
; `del sys.modules[__name__]`, and both by the module's own dotted name as a string
; (`del sys.modules["twisted.internet.reactor"]`): which name is the module's is known from
; its path
(delete_statement
  (subscript
    value: (attribute
      object: (identifier) @_sys (#eq? @_sys "sys")
      attribute: (identifier) @_modules (#eq? @_modules "modules"))
    subscript: [(identifier) (string)] @replaces_module.key))
(assignment
  left: (subscript
    value: (attribute
      object: (identifier) @_sys (#eq? @_sys "sys")
      attribute: (identifier) @_modules (#eq? @_modules "modules"))
    subscript: (string) @replaces_module.key))

; --- `globals()[name] = v`, `globals().update(...)`: module-scope names bound at run time
(assignment
  left: (subscript
    value: (call
      function: (identifier) @_globals (#eq? @_globals "globals")))) @binds_globals
(call
  function: (attribute
    object: (call
      function: (identifier) @_globals (#eq? @_globals "globals"))
    attribute: (identifier) @_update (#any-of? @_update "update" "setdefault"))) @binds_globals
; `globals()` handed to a call, or kept under a name (`_globals = globals()`) that may be: the
; callee may fill the module's namespace (protoc's `_builder.BuildTopDescriptorsAndMessages(
; DESCRIPTOR, 'x_pb2', _globals)` binds every message class of a `*_pb2.py`)
(call
  arguments: (argument_list
    (call
      function: (identifier) @_globals (#eq? @_globals "globals")) @passes_globals))
(call
  arguments: (argument_list
    (keyword_argument
      value: (call
        function: (identifier) @_globals (#eq? @_globals "globals")) @passes_globals)))
(assignment
  left: (identifier) @globals_alias
  right: (call
    function: (identifier) @_globals (#eq? @_globals "globals")))
; `locals()` likewise, which is the module's namespace only at module level (requests.packages:
; `for package in ("urllib3", "idna"): locals()[package] = __import__(package)`)
(assignment
  left: (subscript
    value: (call
      function: (identifier) @_locals (#eq? @_locals "locals")))) @binds_locals
(call
  function: (attribute
    object: (call
      function: (identifier) @_locals (#eq? @_locals "locals"))
    attribute: (identifier) @_update (#any-of? @_update "update" "setdefault"))) @binds_locals
