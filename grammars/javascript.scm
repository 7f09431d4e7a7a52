; impact: patterns of the JavaScript grammar only (see ecmascript.scm for the shared ones).
