"""CherryPy under the `MethodDispatcher`: `cherrypy.tree.mount(Root(), "/api", config)`
(`cherrypy.quickstart(...)`, the same arguments) serves the object tree of `Root()` under the
script name where the config's section for a path sets `"request.dispatch"` to
`cherrypy.dispatch.MethodDispatcher()` (`"/"`: the whole tree; `"/user"`: the objects at
`/user` and below) (the config a dict written in place or bound once to a
module-level name; the root an instance made in place, or a module-level name bound once to
one). The tree: an instance a class holds in an attribute (`batches = Batches()` in its body,
`self.batches = Batches()` in its `__init__`, `Root.batches = Batches()` or `root.batches =
Batches()` at the module's top level, `root` bound once to `Root()`) is served at the segment
of that attribute's name below it. Objects nothing links to a tree mount so serve nothing. An exposed class (`@cherrypy.expose`, or
`exposed = True` in its body) answers the methods its upper-case functions name (`GET`,
`POST`, `DELETE`...; another method: 405), and the path segments left over are the
function's positional parameters (`GET(self, batch_id=None)` answers `/batches` and
`/batches/{id}`; `*args`: any segments below). Under `@cherrypy.tools.json_out()` a function
answers what it returns as JSON (all of a class's do under `_cp_config = {"tools.json_out.on":
True}` in its body); `cherrypy.request.json` (under `json_in()`) is the body.
A mount whose config sets no dispatcher at all (none given, or a dict none of whose sections
says `"request.dispatch"`) is under CherryPy's *default* dispatcher: each object of the tree
serves its exposed methods (`@cherrypy.expose` on the method) at `<its path>/<method name>`
(a `_` of the name also answered as `-`), `index` at its own path and `default` at its own
path and below, each taking its positional parameters as further segments (a parameter
CherryPy fills from the query string instead is not read); every HTTP method, or those
`@cherrypy.tools.allow(methods=[...])` names. These routes are named `Class.method`
(`default_routes`); the class's own route (its name) is the MethodDispatcher's.
With another dispatcher, or a config impact cannot read, nothing is read as served; a class
with bases or other decorators (`@cherrypy.popargs`) may answer more: every method at its
path and below.
Only modules importing `cherrypy` are read so.
"""

from __future__ import annotations

from tree_sitter import Node

from impact.http import flask_requests
from impact.http.py_bodies import OPEN, class_bases, module_classes, view_bodies
from impact.http.py_syntax import call_arguments, definition_of, string_literal
from impact.lang.treesitter import site, text
from impact.model import Import, MountDecl, ParameterDecl, ResponderDecl, RouteDecl, RouterDecl

MODULE = "cherrypy"
KIND, NODE_KIND = "cherrypy", "cherrypy-node"  # the tree (an app) and each object in it
DEFAULT_KIND = "cherrypy-default"  # the tree of a mount under the default dispatcher
TREE_KINDS = (KIND, DEFAULT_KIND)
TREE = "(cherrypy tree)"  # the router a module's mounts on the tree are made on (one per section)
DEFAULT_TREE = "(cherrypy default tree)"
MOUNTS = ("tree.mount", "quickstart")
DISPATCH_KEY, DISPATCHER = "request.dispatch", "MethodDispatcher"
VERBS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS")
REQUEST = "cherrypy.request"
EXPOSE, JSON_OUT, ALLOW, POPARGS = "expose", "tools.json_out", "tools.allow", "popargs"
SPECIAL = ("index", "default")  # served at the object's own path (`default`: and below)
KNOWN_TOOLS = ("tools.json_out", "tools.json_in", ALLOW, EXPOSE)
CLASS_CONFIG, JSON_OUT_ON = "_cp_config", "tools.json_out.on"  # a class's config, its key


def imports_cherrypy(imports: tuple[Import, ...]) -> bool:
    return any(i.source == MODULE and not i.imported for i in imports)


def extract(root: Node, calls: list[Node]
            ) -> tuple[list[RouteDecl], list[RouterDecl], list[MountDecl], tuple[ResponderDecl, ...]]:
    """The routes, routers (the tree, each class), mounts and responders of a module."""
    routes, routers, mounts, responders = [], [], [], []
    wrappers = _mounting_functions(calls)
    for call in calls:
        for mount in _tree_mounts(call, root, _instances(root)) or _wrapped_mounts(call, root, wrappers):
            mounts.append(mount)
            if not any(r.name == mount.parent for r in routers):
                kind = DEFAULT_KIND if tree_of(mount.parent) == DEFAULT_TREE else KIND
                routers.append(RouterDecl(mount.parent, kind, "", site(call)))
    instances = _instances(root)
    mounts += _module_attributes(root, instances)
    for node in module_classes(root):
        name = text(node.child_by_field_name("name"))
        routers.append(RouterDecl(name, NODE_KIND, "", site(node)))
        mounts += _attributes(node, name)
        routes += default_routes(node, name)
        if not _exposed(node):
            continue
        reshaped = bool(class_bases(node)) or _other_decorators(node)
        responders += _responders(node, name, reshaped, _json_out_config(node))
        routes.append(RouteDecl(name, ("*",), "" if not reshaped else None, name, site(node)))
    return routes, routers, mounts, tuple(responders)


def tree_name(section: str, script: str | None, tree: str = TREE) -> str:
    """The tree router of the objects a config section dispatches by method (`tree`
    DEFAULT_TREE: the objects of a mount under the default dispatcher), named with the
    section's whole path (under the script name; the whole tree when that is not known)."""
    whole = "/".join(s for s in f"{script}/{section}".split("/") if s) if script is not None else ""
    return tree if not whole else f"{tree[:-1]} /{whole})"


def section_of(name: str, tree: str = TREE) -> tuple[str, ...] | None:
    """The path segments of the section a tree router (of the `tree` kind) stands for, from
    the root of the server (() for the whole tree); None for another name."""
    if name == tree:
        return ()
    if not name.startswith(tree[:-1] + " /") or not name.endswith(")"):
        return None
    return tuple(name[len(tree) + 1:-1].strip("/").split("/"))


def tree_of(name: str) -> str:
    """The kind of tree (TREE, DEFAULT_TREE) a tree router's name is of."""
    return DEFAULT_TREE if name.startswith(DEFAULT_TREE[:-1]) else TREE


def is_default_route(route: RouteDecl) -> bool:
    """A route of an exposed method under the default dispatcher (`default_routes`)."""
    return route.handler != route.owner


def _tree_mounts(call: Node, root: Node, instances: dict[str, str],
                 outer: tuple[Node, dict[str, Node], set[str]] | None = None) -> list[MountDecl]:
    """`cherrypy.tree.mount(Root(), "/api", config)`: the root on the tree of each config
    section under the MethodDispatcher (`root`, a name `instances` knows, too). `outer`: the
    call of a function wrapping this one, and what it gives each parameter (`_wrapped_mounts`)."""
    if not _is_mount(call):
        return []
    positional, keywords = call_arguments(call)
    given = dict(zip(("root", "script_name", "config"), positional)) | keywords
    scopes = {key: call for key in given}
    if outer is not None:  # a parameter of the wrapper is what its caller gives, read there
        for key, node in list(given.items()):
            if node.type == "identifier" and text(node) in outer[1]:
                given[key], scopes[key] = outer[1][text(node)], outer[0]
        if any(node.type == "identifier" and text(node) in outer[2] for node in given.values()):
            return []  # a parameter the caller does not give: not known
    made, config = given.get("root"), given.get("config")
    sections = _dispatched_sections(config, scopes["config"]) if config is not None else []
    script = given.get("script_name")
    prefix = "" if script is None else string_literal(script)
    trees = [tree_name(section, prefix) for section in sections] or \
        ([tree_name("", prefix, DEFAULT_TREE)] if _sets_no_dispatcher(config, scopes.get("config", call)) else [])
    if made is None or not trees:
        return []
    if made.type == "identifier" and text(made) in instances:
        child = instances[text(made)]
    else:
        function = made.child_by_field_name("function") if made.type == "call" else None
        if function is None or function.type not in ("identifier", "attribute"):
            return []
        child = text(function)
    return [MountDecl(tree, child, prefix, site(call if outer is None else outer[0])) for tree in trees]


def _is_mount(call: Node) -> bool:
    return text(call.child_by_field_name("function")) in {f"{MODULE}.{m}" for m in MOUNTS}


def _mounting_functions(calls: list[Node]) -> dict[str, tuple[Node, list[str], bool]]:
    """The functions of the module (at its top level, or methods of its classes) that mount on
    the tree what their parameters give (`def mount_app(self, app, mount_point):
    cherrypy.tree.mount(app, mount_point, CONFIG)`): name -> (the mount call, the parameters
    after `self` for a method, whether it is a method)."""
    found: dict[str, tuple[Node, list[str], bool]] = {}
    for call in calls:
        function = call.parent
        while function is not None and function.type not in ("function_definition", "class_definition"):
            function = function.parent
        if not _is_mount(call) or function is None or function.type != "function_definition":
            continue
        holder = function.parent
        holder = holder.parent if holder.type == "decorated_definition" else holder
        holder = holder.parent if holder.type == "block" else holder
        method = holder.type == "class_definition"
        if holder.type not in ("module", "class_definition"):
            continue
        names = [text(p.child_by_field_name("name") or p)
                 for p in function.child_by_field_name("parameters").named_children
                 if p.type in ("identifier", "default_parameter")]
        names = names[1:] if method else names
        positional, keywords = call_arguments(call)
        if any(n.type == "identifier" and text(n) in names for n in (*positional, *keywords.values())):
            found[text(function.child_by_field_name("name"))] = (call, names, method)
    return found


def _wrapped_mounts(call: Node, root: Node, wrappers: dict[str, tuple[Node, list[str], bool]]) -> list[MountDecl]:
    """A call of a function mounting what it is given (`self.mount_app(Api(), "/api")` in a
    method of the same class, `mount_app(Api(), "/api")` of a module-level one): the mount its
    body makes with these arguments."""
    function = call.child_by_field_name("function")
    written = text(function) if function is not None else ""
    name = written.removeprefix("self.")
    wrapper = wrappers.get(name)
    if wrapper is None or (written != name) != wrapper[2]:
        return []
    positional, keywords = call_arguments(call)
    if "**" in keywords:
        return []
    given = dict(zip(wrapper[1], positional)) | {k: v for k, v in keywords.items() if k in wrapper[1]}
    missing = {n for n in wrapper[1] if n not in given}
    return _tree_mounts(wrapper[0], root, _instances(root), (call, given, missing))


def _assignments(root: Node) -> list[tuple[str, Node, Node]]:
    """(left as written, right, the assignment) of the assignments at the top of a module (or
    of a block)."""
    return [(text(a.child_by_field_name("left")), a.child_by_field_name("right"), a)
            for s in root.named_children
            if s.type == "expression_statement" and s.named_children
            and (a := s.named_children[0]).type == "assignment" and a.child_by_field_name("right") is not None]


def _instances(root: Node) -> dict[str, str]:
    """Module-level names bound once, to an instance of a class made in place (`root =
    Root()`): name -> the class as written."""
    bound: dict[str, list[str]] = {}
    for left, right, _node in _assignments(root):
        function = right.child_by_field_name("function") if right.type == "call" else None
        made = text(function) if function is not None and function.type in ("identifier", "attribute") else ""
        bound.setdefault(left, []).append(made)
    return {name: made[0] for name, made in bound.items() if len(made) == 1 and made[0] and name.isidentifier()}


def _module_attributes(root: Node, instances: dict[str, str]) -> list[MountDecl]:
    """`Root.user = UserAPI()`, `root.orders = Resource()` (`root` an instance of `Root`) at the
    module's top level."""
    classes = {text(c.child_by_field_name("name")) for c in module_classes(root)}
    found = []
    for left, right, node in _assignments(root):
        owner, _dot, attribute = left.rpartition(".")
        parent = owner if owner in classes else instances.get(owner)
        function = right.child_by_field_name("function") if right.type == "call" else None
        if parent is None or not attribute.isidentifier() or function is None or \
                function.type not in ("identifier", "attribute"):
            continue
        found.append(MountDecl(parent, text(function), attribute, site(node)))
    return found


def _dispatched_sections(config: Node, call: Node) -> list[str]:
    """The paths of the config's sections that set `request.dispatch` to a MethodDispatcher
    (the config, or a section, a name bound once in the blocks around the call)."""
    config = _bound(config, call)
    found = []
    for pair in config.named_children if config is not None and config.type == "dictionary" else ():
        key = string_literal(pair.child_by_field_name("key")) if pair.type == "pair" else None
        dispatch = _value(_bound(pair.child_by_field_name("value"), call), DISPATCH_KEY) if key else None
        if key is not None and key.startswith("/") and dispatch is not None and dispatch.type == "call" and \
                text(dispatch.child_by_field_name("function")).rsplit(".", 1)[-1] == DISPATCHER:
            found.append(key)
    return found


def _sets_no_dispatcher(config: Node | None, call: Node) -> bool:
    """No config, or a dict (each section a dict) none of whose sections sets a dispatcher:
    CherryPy's default dispatcher serves the mount."""
    if config is None:
        return True
    config = _bound(config, call)
    if config is None or config.type != "dictionary":
        return False
    for pair in config.named_children:
        section = _bound(pair.child_by_field_name("value"), call) if pair.type == "pair" else None
        if section is None or section.type != "dictionary" or _value(section, DISPATCH_KEY) is not None or \
                any(p.type != "pair" for p in section.named_children):
            return False
    return True


def _bound(node: Node | None, call: Node) -> Node | None:
    """What a name is bound to, once, in the blocks around `call` (the module's top level
    included: a function that binds the name nowhere around the call reads the module's);
    the node itself when it is no name; None when that is not one value."""
    if node is None or node.type != "identifier":
        return node
    values = []
    scope = call.parent
    while scope is not None:
        if scope.type in ("block", "module"):
            values += [right for left, right, _node in _assignments(scope) if left == text(node)]
        if scope.type == "function_definition":
            if values:
                break
            while scope.parent is not None:  # on to the module
                scope = scope.parent
            continue
        scope = scope.parent
    return values[0] if len(values) == 1 else None


def _value(mapping: Node | None, key: str) -> Node | None:
    if mapping is None or mapping.type != "dictionary":
        return None
    for pair in mapping.named_children:
        if pair.type == "pair" and string_literal(pair.child_by_field_name("key")) == key:
            return pair.child_by_field_name("value")
    return None


def _attributes(node: Node, name: str) -> list[MountDecl]:
    """`batches = Batches()` in the class body, `self.batches = Batches()` in `__init__`: the
    instance served at `/batches` below the class's objects."""
    body = node.child_by_field_name("body")
    found = []
    for statement in body.named_children if body is not None else ():
        if statement.type == "expression_statement":
            found += _instance(statement, "", name)
        function = definition_of(statement)
        if function is not None and function.type == "function_definition" and \
                text(function.child_by_field_name("name")) == "__init__":
            block = function.child_by_field_name("body")
            for inner in block.named_children if block is not None else ():
                if inner.type == "expression_statement":
                    found += _instance(inner, "self.", name)
    return found


def _instance(statement: Node, owner: str, name: str) -> list[MountDecl]:
    assignment = statement.named_children[0] if statement.named_children else None
    if assignment is None or assignment.type != "assignment":
        return []
    left, right = assignment.child_by_field_name("left"), assignment.child_by_field_name("right")
    written = text(left) if left is not None else ""
    if not written.startswith(owner) or "." in written[len(owner):] or right is None or \
            right.type != "call" or right.child_by_field_name("function").type not in ("identifier", "attribute"):
        return []
    attribute = written[len(owner):]
    if not attribute.isidentifier() or attribute == "exposed":
        return []
    return [MountDecl(name, text(right.child_by_field_name("function")), attribute, site(assignment))]


def default_routes(node: Node, name: str) -> list[RouteDecl]:
    """The routes of a class's exposed methods under the default dispatcher: at the method's
    name (`index`, `default`: at the object's own path) and the segments its positional
    parameters may take, every method or those `tools.allow` names."""
    body = node.child_by_field_name("body")
    json_class, popargs = _json_out_config(node), _popped(node)
    found: list[RouteDecl] = []
    for child in body.named_children if body is not None else ():
        function = child.child_by_field_name("definition") if child.type == "decorated_definition" else None
        decorators = _decorators(function) if function is not None else []
        if function is None or function.type != "function_definition" or \
                not any(_tool(d) == EXPOSE for d in decorators):
            continue
        method = text(function.child_by_field_name("name"))
        known = all(_tool(d).endswith(KNOWN_TOOLS) for d in decorators)
        json_out = json_class or any(_tool(d).endswith(JSON_OUT) for d in decorators)
        bodies = view_bodies(function) if json_out and known else (OPEN,)
        reads = flask_requests.view_reads(function, REQUEST)
        verbs = _allowed(decorators)
        taken = {n for _kind, n in _parameters(function)}
        paths: dict[str, tuple[str, ...]] = {}
        for popped in ((), *([popargs] if popargs and (set(popargs) <= taken or "" in taken) else ())):
            leading = "/".join(f"<{p}>" for p in popped)  # `/rings/42/recoveries` too
            for at in ([""] if method in SPECIAL else dict.fromkeys((method, method.replace("_", "-")))):
                for suffix, queried in _suffixes(function, popped, from_query=True):
                    paths.setdefault("/".join(filter(None, (leading, at, suffix))), queried)
        found += [RouteDecl(name, verbs, path, f"{name}.{method}", site(function), bodies,
                            reads=reads + tuple(ParameterDecl(q, "value", True, site(function)) for q in queried))
                  for path, queried in paths.items()]
    return found


def _popped(node: Node) -> tuple[str, ...]:
    """The parameters `@cherrypy.popargs("ring_id")` on the class takes from the path's
    segments below the object that name none of its attributes (no `handler=`: the object's own
    methods then serve the rest of the path); () without it, or when it is not read."""
    for decorator in _decorators(node):
        if _tool(decorator) != POPARGS:
            continue
        inside = decorator.split("(", 1)[1].rsplit(")", 1)[0] if "(" in decorator else ""
        names = [n.strip() for n in inside.split(",") if n.strip()]
        if names and all(len(n) > 2 and n[0] == n[-1] and n[0] in "'\"" and n[1:-1].isidentifier() for n in names):
            return tuple(n[1:-1] for n in names)
    return ()


def _tool(decorator: str) -> str:
    return decorator.split("(", 1)[0].removeprefix("cherrypy.")


def _allowed(decorators: list[str]) -> tuple[str, ...]:
    """The methods `@cherrypy.tools.allow(methods=["POST"])` names (every method without it,
    or when they are not literals)."""
    for decorator in decorators:
        if _tool(decorator).endswith(ALLOW):
            inside = decorator.split("(", 1)[1].rsplit(")", 1)[0].removeprefix("methods=").strip()
            names = [n.strip().strip("'\"") for n in inside.strip("[]()").split(",") if n.strip()]
            if names and all(n.isalpha() for n in names):
                return tuple(n.upper() for n in names)
    return ("*",)


def _decorators(node: Node) -> list[str]:
    parent = node.parent
    if parent is None or parent.type != "decorated_definition":
        return []
    return [text(d.named_children[0]) for d in parent.named_children
            if d.type == "decorator" and d.named_children]


def _exposed(node: Node) -> bool:
    """`@cherrypy.expose` on the class, or `exposed = True` in its body."""
    if any(d.rsplit(".", 1)[-1] == EXPOSE for d in _decorators(node)):
        return True
    body = node.child_by_field_name("body")
    return any(s.type == "expression_statement" and s.named_children
               and s.named_children[0].type == "assignment"
               and text(s.named_children[0].child_by_field_name("left")) == "exposed"
               and text(s.named_children[0].child_by_field_name("right")) == "True"
               for s in (body.named_children if body is not None else ()))


def _other_decorators(node: Node) -> bool:
    return any(d.rsplit(".", 1)[-1] != EXPOSE for d in _decorators(node))


def _json_out_config(node: Node) -> bool:
    """`_cp_config = {"tools.json_out.on": True}` in the class body: its handlers answer JSON."""
    body = node.child_by_field_name("body")
    for statement in body.named_children if body is not None else ():
        assignment = statement.named_children[0] if statement.type == "expression_statement" and \
            statement.named_children else None
        if assignment is not None and assignment.type == "assignment" and \
                text(assignment.child_by_field_name("left")) == CLASS_CONFIG:
            value = _value(assignment.child_by_field_name("right"), JSON_OUT_ON)
            return value is not None and text(value) == "True"
    return False


def _responders(node: Node, name: str, inherits: bool, json_class: bool = False) -> list[ResponderDecl]:
    """One responder per upper-case method and number of path segments it takes (its
    suffix: the segments as Flask wildcards, `<path:args>` for `*args`); `json_class`: the
    class's `_cp_config` turns `tools.json_out` on for all of them."""
    found = []
    body = node.child_by_field_name("body")
    for child in body.named_children if body is not None else ():
        decorated = child.type == "decorated_definition"
        function = child.child_by_field_name("definition") if decorated else child
        if function is None or function.type != "function_definition" or \
                text(function.child_by_field_name("name")) not in VERBS:
            continue
        decorators = _decorators(function)
        json_out = json_class or any(d.split("(", 1)[0].endswith(JSON_OUT) for d in decorators)
        others = any(not d.split("(", 1)[0].endswith(("tools.json_out", "tools.json_in")) for d in decorators)
        bodies = view_bodies(function) if json_out and not others else (OPEN,)
        reads = flask_requests.view_reads(function, REQUEST)
        for suffix, _queried in _suffixes(function):
            found.append(ResponderDecl(name, text(function.child_by_field_name("name")), suffix,
                                       site(function), bodies, reads, inherits))
    return found


def _suffixes(function: Node, popped: tuple[str, ...] = (), from_query: bool = False
              ) -> list[tuple[str, tuple[str, ...]]]:
    """The paths below the object a method answers, each with the required parameters a
    request then gives in its query string (`from_query`: CherryPy fills a parameter the path
    leaves out from the query string or a form): one segment per positional parameter after
    `self` (but those `popped` fills), the defaulted ones optional; `*args` any segments
    below."""
    required, optional, rest = [], [], False
    for kind, name in _parameters(function):
        if kind == "splat":
            rest = True
        elif name not in popped:
            (required if kind == "required" else optional).append(name)
    found = [("/".join(f"<{p}>" for p in required[:count]), tuple(required[count:]))
             for count in range(0 if from_query else len(required), len(required) + 1)]
    base = found[-1][0]
    for index in range(len(optional)):
        found.append(("/".join(filter(None, (base, *(f"<{p}>" for p in optional[:index + 1])))), ()))
    if rest:
        found.append(("/".join(filter(None, (found[-1][0], "<path:args>"))), ()))
    return found


def _parameters(function: Node) -> list[tuple[str, str]]:
    """(required | optional | splat | keywords, name) of a method's parameters after `self`,
    up to a `*` (a `**kwargs` as keywords)."""
    parameters = function.child_by_field_name("parameters")
    found = []
    for parameter in (parameters.named_children if parameters is not None else ())[1:]:
        if parameter.type in ("identifier", "typed_parameter"):
            found.append(("required", text(parameter).split(":")[0].strip()))
        elif parameter.type in ("default_parameter", "typed_default_parameter"):
            found.append(("optional", text(parameter.child_by_field_name("name"))))
        elif parameter.type == "list_splat_pattern":
            found.append(("splat", ""))
        elif parameter.type == "dictionary_splat_pattern":
            found.append(("keywords", ""))
            break
        elif parameter.type == "keyword_separator":
            break
    return found
