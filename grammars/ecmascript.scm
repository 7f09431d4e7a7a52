; impact: facts of a JavaScript or TypeScript module (read by impact/lang/javascript.py).
; Patterns valid in both the JavaScript and the TypeScript grammars.

; --- scopes
[
  (function_declaration)
  (generator_function_declaration)
  (function_expression)
  (generator_function)
  (arrow_function)
  (method_definition)
] @scope.function
[
  (statement_block)
  (for_statement)
  (for_in_statement)
  (catch_clause)
  (class_body)
  (switch_body)
] @scope.block

; --- imports, exports, require() and import()
(import_statement) @import
(export_statement) @export
(call_expression
  function: (identifier) @require.function (#eq? @require.function "require")
  arguments: (arguments . (string) @require.source .)) @require
(call_expression
  function: (import)
  arguments: (arguments . (string) @dynamic.source)) @dynamic
(assignment_expression left: (member_expression) @commonjs.target)

; --- names bound where they stand
(variable_declarator name: (_) @bind.declarator)
(function_declaration name: (identifier) @bind.hoisted)
(generator_function_declaration name: (identifier) @bind.hoisted)
(class_declaration name: (_) @bind.lexical)
(class name: (_) @bind.lexical)
(function_expression name: (identifier) @bind.lexical)
(generator_function name: (identifier) @bind.lexical)
(formal_parameters (_) @bind.pattern)
(arrow_function parameter: (identifier) @bind.pattern)
(catch_clause parameter: (_) @bind.pattern)
(for_in_statement left: (_) @bind.loop)

; --- identifiers that are not references
(export_clause) @skip
(namespace_export) @skip
(import_statement) @skip
(export_statement value: (identifier) @not_a_name)
(export_statement (identifier) @not_a_name)

; --- identifiers that may be CommonJS's `module` / `exports` (compared here, not in Python)
((identifier) @commonjs_word (#any-of? @commonjs_word "module" "exports"))
((shorthand_property_identifier) @commonjs_word (#any-of? @commonjs_word "module" "exports"))

; --- `window.x = ...`, `globalThis.x = ...`: a global the code creates at run time
(assignment_expression
  left: (member_expression
    object: (identifier) @_global_object
    property: (property_identifier) @global.assigned)
  (#any-of? @_global_object "window" "globalThis" "global" "self"))

; --- `window.x` read: a global the code relies on the page or the runtime to provide (a
; library a template's <script> tag loads, as bootstrap.js reads `window.jQuery`)
(member_expression
  object: (identifier) @_global_reader
  property: (property_identifier) @global.read
  (#any-of? @_global_reader "window" "globalThis" "global" "self"))
