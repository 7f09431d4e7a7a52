; impact: patterns of the TypeScript grammar only (see ecmascript.scm for the shared ones).

(interface_declaration name: (type_identifier) @bind.lexical)
(type_alias_declaration name: (type_identifier) @bind.lexical)
(enum_declaration name: (identifier) @bind.lexical)
(abstract_class_declaration name: (type_identifier) @bind.lexical)
(type_parameter name: (type_identifier) @bind.lexical)
; variance annotations `<in out T>`: this grammar takes `in` or `out` for the name and leaves
; the parameter's own name in an ERROR (impact/lang/syntax_errors.py)
(type_parameters (ERROR (identifier) @bind.lexical))
(type_parameter (ERROR (identifier) @bind.lexical))
(internal_module name: (identifier) @bind.lexical)
; `namespace A.B { }`, `namespace A.B.C { }` declare `A`
(internal_module name: (nested_identifier object: (identifier) @bind.lexical))
(internal_module name: (nested_identifier object: (member_expression object: (identifier) @bind.lexical)))
(internal_module name: (nested_identifier object: (member_expression object: (member_expression
  object: (identifier) @bind.lexical))))
(function_signature name: (identifier) @bind.hoisted)

; --- signatures without a body: their parameters are bound from the parameter list to the end
[
  (function_signature)
  (method_signature)
  (abstract_method_signature)
  (call_signature)
  (construct_signature)
  (function_type)
  (constructor_type)
] @scope.signature

; --- `using x = ...` and `await using x = ...` (this grammar reads them as assignments)
(assignment_expression "using" left: (identifier) @bind.lexical)

; --- type positions: type names, the roots of `ns.Type` and of `typeof x.y` in a type
(type_identifier) @type_identifier
(nested_type_identifier module: (identifier) @type_root)
(nested_type_identifier module: (nested_identifier . (identifier) @type_root))
(nested_type_identifier name: (type_identifier) @not_a_name)
(nested_type_identifier) @qualified_type
(type_query) @type_query

; --- object patterns annotated with a type: `({ a, b: c }: Props) =>`, `const { a }: Props = x`
(required_parameter pattern: (object_pattern) type: (type_annotation)) @typed_pattern
(optional_parameter pattern: (object_pattern) type: (type_annotation)) @typed_pattern
(variable_declarator name: (object_pattern) type: (type_annotation)) @typed_pattern

; --- labels of tuple members: `[key: string, value?: number, ...rest: T[]]`
(tuple_type (required_parameter name: (identifier) @not_a_name))
(tuple_type (optional_parameter name: (identifier) @not_a_name))
(tuple_type (required_parameter name: (rest_pattern (identifier) @not_a_name)))

; --- more names TypeScript binds, and labels that are not references
(mapped_type_clause name: (type_identifier) @bind.lexical)
(infer_type (type_identifier) @bind.infer)  ; seen by the whole conditional type
(import_alias . (identifier) @bind.lexical)
(import_alias (nested_identifier) @aliased_member)  ; `import B = Pagination.BasePage`: a member read
(index_signature name: (identifier) @not_a_name)
(type_predicate name: (identifier) @not_a_name)

; --- `declare global { ... }`, `declare module ...`, `declare namespace ...` at top level:
; such a file adds names impact does not list
(program (ambient_declaration (statement_block)) @ambient_block)
(program (ambient_declaration (module)) @ambient_block)
(program (ambient_declaration (internal_module)) @ambient_block)

; --- the body of `declare module 'x' { ... }`: in a module, an augmentation of 'x', whose names
; tsc merges into scope there (`HookContext` of the augmented module, not imported)
(ambient_declaration (module name: (string) body: (statement_block) @augmentation))

; --- `declare module '*.svg';`, `declare module '*/server/index.js';` at top level: the names of
; ambient modules, a pattern of which (one `*`) types every import it matches that no file resolves
(program (ambient_declaration (module name: (string) @ambient_module)))

; --- a namespace of the global scope (`declare global { namespace Lume { ... } }`, a top-level
; `declare namespace Lume { ... }`): tsc merges every declaration of a namespace, so its body
; sees the members other files declare (`Lume.Data` of lume's types.ts)
(ambient_declaration "global"
  (statement_block (expression_statement (internal_module) @global_namespace)))
(ambient_declaration "global"
  (statement_block (export_statement declaration: (internal_module) @global_namespace)))
(program (ambient_declaration (internal_module) @global_namespace))

; --- names the runtime provides: `declare global { ... }` and `declare const x` at top level
(program (ambient_declaration "global" (statement_block) @ambient.global))
(program (ambient_declaration) @ambient.top)
