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
(type_alias_statement
  left: (type (generic_type (type_parameter (type (constrained_type . (type (identifier) @bind.name)))))))
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
; annotations (`x: "Foo"`, `-> list["Foo"]`); `TypeVar(..., bound="Foo")` and `cast("Foo", v)`
; are in python_typing_calls.scm
(type) @annotation
; --- `name.attr...` chains and call sites
(attribute) @attribute
(call function: (_) @call.function arguments: (_) @call.arguments) @call

; The rarer constructs are in python_typing_calls.scm, python_all.scm and
; python_runtime_namespace.scm: each is walked only over a source that holds one of its words.
