; impact: comments of any language (read by impact/suppression.py for inline suppressions).
(comment) @comment
