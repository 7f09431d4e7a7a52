; impact: patterns of the TypeScript grammar only (see ecmascript.scm for the shared ones).

(interface_declaration name: (type_identifier) @bind.lexical)
(type_alias_declaration name: (type_identifier) @bind.lexical)
(enum_declaration name: (identifier) @bind.lexical)
(abstract_class_declaration name: (type_identifier) @bind.lexical)
(type_parameter name: (type_identifier) @bind.lexical)
(internal_module name: (identifier) @bind.lexical)
(function_signature name: (identifier) @bind.hoisted)

; --- type positions: type names, and the roots of `ns.Type`
(type_identifier) @type_identifier
(nested_type_identifier module: (identifier) @type_root)
(nested_type_identifier module: (nested_identifier . (identifier) @type_root))
(nested_type_identifier name: (type_identifier) @not_a_name)

; --- more names TypeScript binds, and labels that are not references
(mapped_type_clause name: (type_identifier) @bind.lexical)
(infer_type (type_identifier) @bind.lexical)
(import_alias . (identifier) @bind.lexical)
(index_signature name: (identifier) @not_a_name)
(type_predicate name: (identifier) @not_a_name)

; --- `declare global { ... }`, `declare module ...`, `declare namespace ...` at top level:
; such a file adds names impact does not list
(program (ambient_declaration (statement_block)) @ambient_block)
(program (ambient_declaration (module)) @ambient_block)
(program (ambient_declaration (internal_module)) @ambient_block)
