; impact: where a JavaScript or TypeScript module uses names (read by impact/lang/javascript.py):
; its references, member chains and call sites. Patterns valid in both grammars. Left out of
; the query of build output, which is read for what it provides (impact/lang/generated.py).

; --- every identifier: the ones not captured above are references
(identifier) @identifier
(shorthand_property_identifier) @identifier

; --- member chains and call sites
(member_expression) @member
(call_expression function: (_) @call.function arguments: (arguments) @call.arguments) @call
(new_expression constructor: (_) @call.function arguments: (arguments) @call.arguments) @call
