"""Schema facts of a Python module: the columns its ORM model classes map, and what its
migration (if it is one) does to columns. Read by impact.checks.migrations.

Models: SQLAlchemy declarative classes (`__tablename__`, or Flask-SQLAlchemy's `db.Model`,
whose table is the class name in snake case) with `Column(...)`, `mapped_column(...)` or an
annotation `Mapped[int]` of a plain type; Django `models.Model` classes (not abstract, proxy
or unmanaged) with `models.XField(...)`, `ForeignKey`, ... A class without a readable table,
`__abstract__`, or `__table__ = Table(...)` is not read.

Migrations: an Alembic revision (`revision = "..."` and `def upgrade()`): in its upgrade
(and the module's functions it calls),
`op.add_column`, `op.create_table`, `batch_alter_table(...).add_column`, `op.alter_column(...,
new_column_name=)`, `op.rename_table`, `op.execute("...")` (the SQL text; other arguments are
opaque), and a call of another function given `Column(...)`s (a helper that adds them). A Django migration (`class Migration(migrations.Migration)`): `AddField`,
`CreateModel`, `RenameField`, `RenameModel`, `RunSQL` (likewise).
"""

from __future__ import annotations

import re

from tree_sitter import Node

from impact.http.py_bodies import call_arguments, module_classes
from impact.lang.treesitter import site, text
from impact.model import ColumnDecl, MigrationOp, SchemaFacts

SQLALCHEMY_COLUMNS = ("Column", "mapped_column")
DJANGO_RELATIONS = ("ForeignKey", "OneToOneField", "ManyToManyField", "GenericRelation")
SCALARS = {"int", "str", "bool", "float", "bytes", "dict", "list", "datetime", "date", "time",
           "timedelta", "Decimal", "UUID", "uuid.UUID", "datetime.datetime", "datetime.date",
           "decimal.Decimal", "Any", "JSON"}
ALEMBIC_TABLE_OPS = ("add_column", "drop_column", "alter_column", "create_table", "drop_table",
                     "batch_alter_table", "create_index", "drop_index")
MAX_NODES = 200_000


def extract(root: Node) -> SchemaFacts:
    source = root.text or b""
    columns = _columns(root) if b"Column" in source or b"models." in source or b"Mapped[" in source \
        else ()
    migration, operations = "", ()
    if b"def upgrade" in source and b"revision" in source and _alembic(root):
        migration, operations = "alembic", _alembic_operations(root)
    elif b"migrations.Migration" in source and _django_migration(root):
        migration, operations = "django", _django_operations(root)
    if not columns and not migration:
        return SchemaFacts()
    return SchemaFacts(tuple(columns), migration, tuple(operations))


# -- models -----------------------------------------------------------------------------


def _columns(root: Node) -> list[ColumnDecl]:
    found = []
    for node in module_classes(root):
        found.extend(_model_columns(node))
    return found


def _model_columns(node: Node) -> list[ColumnDecl]:
    name = text(node.child_by_field_name("name"))
    bases = _bases(node)
    body = node.child_by_field_name("body")
    assignments = {}
    for statement in body.named_children:
        assignment = statement.named_children[0] if statement.type == "expression_statement" \
            and statement.named_children else None
        if assignment is not None and assignment.type == "assignment" and \
                assignment.child_by_field_name("left").type == "identifier":
            assignments[text(assignment.child_by_field_name("left"))] = assignment
    sqlalchemy, django = [], []
    for attribute, assignment in assignments.items():
        value = assignment.child_by_field_name("right")
        callee = _callee(value)
        if callee.rsplit(".", 1)[-1] in SQLALCHEMY_COLUMNS:
            sqlalchemy.append((_column_name(value) or attribute, assignment))
        elif value is None and _mapped_scalar(assignment.child_by_field_name("type")):
            sqlalchemy.append((attribute, assignment))
        elif callee.startswith("models.") and (callee.endswith("Field") or
                                               callee.rsplit(".", 1)[-1] in DJANGO_RELATIONS):
            django.append((attribute, assignment))
    if sqlalchemy and not django:
        if "__abstract__" in assignments or "__table__" in assignments:
            return []
        table = _string(assignments["__tablename__"].child_by_field_name("right")) \
            if "__tablename__" in assignments else \
            (_snake(name) if any(b == "Model" or b.endswith(".Model") for b in bases) else None)
        return [ColumnDecl("sqlalchemy", name, table, column, site(a.child_by_field_name("left")))
                for column, a in sqlalchemy]
    if django and not sqlalchemy and not _django_unmapped(body):
        return [ColumnDecl("django", name, name.lower(), field, site(a.child_by_field_name("left")))
                for field, a in django]
    return []


def _bases(node: Node) -> list[str]:
    superclasses = node.child_by_field_name("superclasses")
    return [text(b) for b in (superclasses.named_children if superclasses is not None else ())
            if b.type in ("identifier", "attribute")]


def _callee(value: Node | None) -> str:
    return text(value.child_by_field_name("function")) if value is not None and value.type == "call" \
        else ""


def _column_name(call: Node) -> str | None:
    """`Column("db_name", Integer)`, `mapped_column("db_name")`, `Column(name="db_name")`."""
    positional, keywords = call_arguments(call, splats=False)
    if "name" in keywords:
        return _string(keywords["name"])
    return _string(positional[0]) if positional else None


def _mapped_scalar(annotation: Node | None) -> bool:
    """`Mapped[int]`, `Mapped[Optional[str]]`, `Mapped[str | None]`: a column without a call."""
    written = re.sub(r"\s+", "", text(annotation)) if annotation is not None else ""
    inner = re.fullmatch(r"(?:sa\.orm\.|orm\.)?Mapped\[(.*)\]", written)
    if inner is None:
        return False
    kind = re.sub(r"^(?:typing\.)?Optional\[(.*)\]$", r"\1", inner.group(1))
    kind = re.sub(r"\|None$|^None\|", "", kind)
    return kind in SCALARS


def _django_unmapped(body: Node) -> bool:
    """An abstract, proxy or unmanaged model (`class Meta: abstract = True`)."""
    for statement in body.named_children:
        if statement.type == "class_definition" and text(statement.child_by_field_name("name")) == "Meta":
            written = text(statement.child_by_field_name("body"))
            if re.search(r"\b(abstract|proxy)\s*=\s*True\b|\bmanaged\s*=\s*(?!True\b)", written):
                return True
    return False


def _snake(name: str) -> str:
    """Flask-SQLAlchemy's table name for a model class (`UserRole` -> `user_role`)."""
    return re.sub(r"((?<=[a-z0-9])[A-Z]|(?!^)[A-Z](?=[a-z]))", r"_\1", name).lower().lstrip("_")


# -- Alembic ----------------------------------------------------------------------------


def _alembic(root: Node) -> bool:
    names = set()
    for statement in root.named_children:
        if statement.type == "expression_statement" and statement.named_children and \
                statement.named_children[0].type == "assignment":
            names.add(text(statement.named_children[0].child_by_field_name("left")))
        elif statement.type == "function_definition":
            names.add(text(statement.child_by_field_name("name")) + "()")
    return "revision" in names and "upgrade()" in names


def _alembic_operations(root: Node) -> list[MigrationOp]:
    """The operations of `upgrade()` (also `upgrade_<engine>()`), and of the module's own
    functions it calls, directly or not."""
    functions = {text(s.child_by_field_name("name")): s for s in root.named_children
                 if s.type == "function_definition"}
    pending = [f for name, f in functions.items() if name.startswith("upgrade")]
    seen = {f.id for f in pending}
    found = []
    while pending:
        function = pending.pop()
        for call in _calls(function):
            found.extend(_alembic_call(call))
            helper = functions.get(_callee(call))
            if helper is not None and helper.id not in seen and \
                    not text(helper.child_by_field_name("name")).startswith("downgrade"):
                seen.add(helper.id)
                pending.append(helper)
    return found


def _batch_table(call: Node, alias: str) -> tuple[bool, str | None]:
    """(inside a `with op.batch_alter_table("comment") as <alias>:`, its table) of a call on
    `alias`: the nearest enclosing with-statement that binds it."""
    node = call.parent
    while node is not None:
        if node.type == "with_statement":
            clause = next((c for c in node.named_children if c.type == "with_clause"), None)
            for item in clause.named_children if clause is not None else ():
                value = item.child_by_field_name("value")
                if value is None or value.type != "as_pattern" or not value.named_children:
                    continue
                target = value.child_by_field_name("alias")
                target = target.named_children[0] if target is not None and target.named_children \
                    else target
                inner = value.named_children[0]
                if target is not None and text(target) == alias and \
                        _callee(inner).rsplit(".", 1)[-1] == "batch_alter_table":
                    positional, keywords = call_arguments(inner, splats=False)
                    return True, _string(positional[0] if positional else keywords.get("table_name"))
        node = node.parent
    return False, None


def _alembic_call(call: Node) -> list[MigrationOp]:
    callee = _callee(call)
    owner, _dot, verb = callee.rpartition(".")
    positional, keywords = call_arguments(call, splats=False)
    where = site(call)
    batch, table = _batch_table(call, owner) if owner and owner != "op" and "." not in owner \
        else (False, None)
    if batch:
        args = positional
    elif owner == "op":
        first = positional[0] if positional else keywords.get("table_name")
        table = _string(first)
        args = positional[1:]
    else:
        return _helper_columns(call, positional, keywords, where)
    if verb == "execute":
        return [_sql(positional[0] if positional else keywords.get("sqltext"), where)]
    found = [MigrationOp("touch", table, None, "", where)] if table and verb in ALEMBIC_TABLE_OPS else []
    if verb == "add_column":
        column = args[0] if args else keywords.get("column")
        found.append(MigrationOp("add", table, _column_name(column) if _is_column(column) else None,
                                 "", where))
    elif verb == "create_table":
        found.extend(MigrationOp("add", table, _column_name(c), "", site(c)) for c in args if _is_column(c))
    elif verb == "alter_column" and "new_column_name" in keywords:
        found.append(MigrationOp("add", table, _string(keywords["new_column_name"]), "", where))
    elif verb == "rename_table" and len(positional) > 1:
        found.append(MigrationOp("touch", _string(positional[1]), None, "", where))
    return found


def _helper_columns(call: Node, positional: list[Node], keywords: dict[str, Node],
                    where) -> list[MigrationOp]:
    """A call of another function given `Column(...)`s (a helper of the repository's,
    `safe_add_column("runs", sa.Column("key", ...))`, that calls `op.add_column`): each is added,
    to the table its first argument names (else to a table impact cannot read). Not
    `sa.Table("users", metadata, sa.Column(...))`, the description of a table to move data."""
    columns = [a for a in [*positional, *keywords.values()] if _is_column(a)]
    if not columns or _callee(call).rsplit(".", 1)[-1] == "Table":
        return []
    table = _string(positional[0] if positional else keywords.get("table_name"))
    return [MigrationOp("add", table, _column_name(c), "", where) for c in columns]


def _is_column(node: Node | None) -> bool:
    return _callee(node).rsplit(".", 1)[-1] == "Column"


def _sql(node: Node | None, where) -> MigrationOp:
    """Raw SQL: its literal text (also inside `sa.text("...")`), else opaque."""
    if node is not None and node.type == "call" and _callee(node).rsplit(".", 1)[-1] == "text":
        positional, _keywords = call_arguments(node, splats=False)
        node = positional[0] if positional else None
    nodes = node.named_children if node is not None and node.type in ("list", "tuple") else [node]
    pieces = [_string(n) if n is not None and n.type == "string" else
              (" ".join(_string(s) or "" for s in n.named_children) if n is not None and
               n.type == "concatenated_string" else None) for n in nodes]
    if not pieces or any(p is None for p in pieces):
        return MigrationOp("opaque", None, None, "", where)
    return MigrationOp("sql", None, None, " ".join(pieces).lower(), where)


# -- Django -----------------------------------------------------------------------------


def _django_migration(root: Node) -> bool:
    return any("migrations.Migration" in _bases(node) for node in module_classes(root))


def _django_operations(root: Node) -> list[MigrationOp]:
    found = []
    for call in _calls(root):
        verb = _callee(call)
        if not verb.startswith("migrations."):
            continue
        verb = verb[len("migrations."):]
        positional, keywords = call_arguments(call, splats=False)
        where = site(call)

        def argument(index: int, name: str, given=(positional, keywords)) -> Node | None:
            return given[1].get(name) or (given[0][index] if len(given[0]) > index else None)
        if verb in ("AddField", "RenameField", "AlterField", "RemoveField"):
            model = _string(argument(0, "model_name"))
            table = model.lower() if model else None
            found.append(MigrationOp("touch", table, None, "", where))
            if verb == "AddField":
                found.append(MigrationOp("add", table, _string(argument(1, "name")), "", where))
            elif verb == "RenameField":
                found.append(MigrationOp("add", table, _string(argument(2, "new_name")), "", where))
        elif verb == "CreateModel":
            model = _string(argument(0, "name"))
            table = model.lower() if model else None
            found.append(MigrationOp("touch", table, None, "", where))
            fields = argument(1, "fields")
            for item in fields.named_children if fields is not None and fields.type == "list" else ():
                if item.type == "tuple" and item.named_children:
                    found.append(MigrationOp("add", table, _string(item.named_children[0]), "",
                                             site(item)))
        elif verb == "RenameModel":
            model = _string(argument(1, "new_name"))
            found.append(MigrationOp("touch", model.lower() if model else None, None, "", where))
        elif verb == "RunSQL":
            found.append(_sql(argument(0, "sql"), where))
    return found


# -- syntax -----------------------------------------------------------------------------


def _nodes(node: Node):
    stack, seen = [node], 0
    while stack and seen < MAX_NODES:
        current = stack.pop()
        seen += 1
        yield current
        stack.extend(reversed(current.named_children))


def _calls(node: Node) -> list[Node]:
    return [n for n in _nodes(node) if n.type == "call"]


def _string(node: Node | None) -> str | None:
    if node is None or node.type != "string" or any(c.type == "interpolation" for c in node.named_children):
        return None
    return "".join(text(c) for c in node.named_children if c.type == "string_content")
