"""A generated monorepo for benchmarks/speed.py: TypeScript workspace packages and Python
services, 10,000 source files by default, deterministic (the same bytes on every run).

Layout:
    package.json                        workspaces: packages/*
    packages/pNN/package.json           "@mono/pNN", main and types: src/index.ts
    packages/pNN/src/index.ts           re-exports: `export *` of a few modules, named ones
    packages/pNN/src/mMMM.ts            imports from the previous modules of its package and
                                        from a lower package through `@mono/pKK`; exports a
                                        function, an interface, a class and a constant
    services/sNN/pyproject.toml         one Python project per service
    services/sNN/sNN/__init__.py        re-exports a few names
    services/sNN/sNN/mMMM.py            imports from earlier modules of its service (absolute
                                        and relative), defines functions, a class, a constant

Every import resolves and every name exists, so impact reports nothing on the first commit;
the benchmark's changes (an added exported function) keep it that way.
"""

from __future__ import annotations

from pathlib import Path

TS_PACKAGES, TS_MODULES = 24, 250  # 6,000 TypeScript modules (and 24 index.ts)
PY_SERVICES, PY_MODULES = 16, 248  # 3,968 Python modules (and 16 __init__.py)


def ts_module(package: int, number: int) -> str:
    lines = []
    if number > 0:
        lines.append(f"import {{ f{number - 1}, Shape{number - 1} }} from './m{number - 1:03d}';")
    if number > 10:
        lines.append(f"import {{ C{number // 2} }} from './m{number // 2:03d}';")
    if package > 0 and number % 5 == 0:
        lines.append(f"import {{ f{number % 20} as lower }} from '@mono/p{package - 1:02d}';")
    lines += [
        "",
        f"export interface Shape{number} {{",
        "  value: number;",
        "  label: string;",
        "}",
        "",
        f"export const C{number} = {number};",
        "",
        f"/** Module {number} of package {package}. */",
        f"export function f{number}(value: number): number {{",
    ]
    body = f"f{number - 1}(value)" if number > 0 else "value"
    if package > 0 and number % 5 == 0:
        body += " + lower(value)"
    if number > 10:
        body += f" + C{number // 2}"
    lines += [f"  return {body} + C{number};", "}", "",
              f"export class Box{number} {{",
              f"  constructor(private readonly shape: {f'Shape{number - 1}' if number else 'object'}) {{}}",
              f"  size(factor: number): number {{ return f{number}(factor); }}",
              "}", ""]
    return "\n".join(lines)


def ts_index(package: int) -> str:
    stars = "".join(f"export * from './m{n:03d}';\n" for n in range(20))
    named = "".join(f"export {{ f{n}, C{n} }} from './m{n:03d}';\n" for n in range(20, TS_MODULES, 25))
    return stars + named


def py_module(service: int, number: int) -> str:
    name = f"s{service:02d}"
    lines = [f'"""Module {number} of service {service}."""', ""]
    if number > 0:
        lines.append(f"from {name}.m{number - 1:03d} import f{number - 1}")
    if number > 10:
        lines.append(f"from .m{number // 2:03d} import C{number // 2}, Record{number // 2}")
    lines += ["", f"C{number} = {number}", "", ""]
    body = f"f{number - 1}(value)" if number > 0 else "value"
    if number > 10:
        body += f" + C{number // 2}"
    lines += [f"def f{number}(value, scale=1):",
              f'    """Value {number}."""',
              f"    return ({body} + C{number}) * scale", "", "",
              f"class Record{number}:",
              "    def __init__(self, value, label=''):",
              "        self.value = value",
              "        self.label = label", "",
              "    def total(self, factor):",
              f"        return f{number}(self.value, factor)"]
    if number > 10:
        lines += ["", "    def parent(self):",
                  f"        return Record{number // 2}(self.value)"]
    return "\n".join(lines) + "\n"


def py_init(service: int) -> str:
    name = f"s{service:02d}"
    return "".join(f"from {name}.m{n:03d} import f{n}, Record{n}\n" for n in range(0, PY_MODULES, 31))


def files() -> dict[str, str]:
    """Every file of the monorepo: path -> text."""
    found = {"package.json": '{\n  "name": "mono",\n  "private": true,\n'
                             '  "workspaces": ["packages/*"]\n}\n'}
    for package in range(TS_PACKAGES):
        root = f"packages/p{package:02d}"
        deps = f'"@mono/p{package - 1:02d}": "*"' if package else ""
        found[f"{root}/package.json"] = (
            f'{{\n  "name": "@mono/p{package:02d}",\n  "version": "1.0.0",\n'
            f'  "main": "src/index.ts",\n  "types": "src/index.ts",\n'
            f'  "dependencies": {{{deps}}}\n}}\n')
        found[f"{root}/src/index.ts"] = ts_index(package)
        for number in range(TS_MODULES):
            found[f"{root}/src/m{number:03d}.ts"] = ts_module(package, number)
    for service in range(PY_SERVICES):
        name = f"s{service:02d}"
        root = f"services/{name}"
        found[f"{root}/pyproject.toml"] = f'[project]\nname = "{name}"\nversion = "1.0.0"\n'
        found[f"{root}/{name}/__init__.py"] = py_init(service)
        for number in range(PY_MODULES):
            found[f"{root}/{name}/m{number:03d}.py"] = py_module(service, number)
    return found


def write(directory: Path) -> int:
    """Write the monorepo into `directory`; the number of source files."""
    count = 0
    for path, text in files().items():
        target = directory / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        count += path.endswith((".ts", ".py"))
    return count
