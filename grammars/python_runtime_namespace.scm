; only where the source holds: modules globals locals
; impact: a module that replaces itself or binds names at run time
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
