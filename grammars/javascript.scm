; only where the source holds: using
; impact: patterns of the JavaScript grammar only (see ecmascript.scm for the shared ones).

; --- `using x = f()` and `await using x = ...`: this grammar reads an assignment to `using`
; with `x` in an ERROR, or an ERROR `using` before an assignment to `x`
; (impact/lang/syntax_errors.py)
(assignment_expression
  left: (identifier) @not_a_name (#eq? @not_a_name "using")
  (ERROR (identifier) @bind.lexical))
(_
  (ERROR . (identifier) @not_a_name . (#eq? @not_a_name "using"))
  .
  (expression_statement (assignment_expression left: (identifier) @bind.lexical)))
(await_expression
  (ERROR . (identifier) @not_a_name . (#eq? @not_a_name "using"))
  .
  (assignment_expression left: (identifier) @bind.lexical))
