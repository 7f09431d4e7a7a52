"""Classes of input the twenty-third batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-third batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

# DSpace/dspace-angular src/app/core/shared/operators.ts: an Angular injection token typed with
# a generic function type, the first of the `new` expression's type arguments
TOKENS = {
    "src/operators.ts": (
        "import { InjectionToken } from '@angular/core';\n"
        "import { Observable } from 'rxjs';\n\n"
        "export const debounceTime = <T>(ms: number) => (source: Observable<T>) => source;\n\n"
        "export const DEBOUNCE = new InjectionToken<<T>(ms: number) => (source: Observable<T>)"
        " => Observable<T>>('debounceTime', {\n"
        "  providedIn: 'root',\n  factory: () => debounceTime,\n});\n\n"
        "export const LINKS = new InjectionToken<<T extends object>(source: T, name: keyof T)"
        " => T>('links', {\n  providedIn: 'root',\n  factory: () => (s: any) => s,\n});\n"),
    "package.json": '{"name": "app", "dependencies": {"@angular/core": "^20", "rxjs": "^7"}}\n',
}


def test_type_arguments_that_begin_with_a_generic_function_type_are_no_syntax_error():
    """dspace-angular (`--all` at its head): IMP105 "`T` is not defined" in
    src/app/core/shared/operators.ts and authorized.operators.ts, and IMP301 in
    build-decorators.ts: tree-sitter-typescript takes the `<<` of `InjectionToken<<T>(...)` for
    a shift."""
    assert diff_keys({}, TOKENS) == []


def test_a_type_parameter_used_outside_its_function_type_is_still_undefined():
    leaking = {**TOKENS, "src/leak.ts": "export const size = (x: number) => x + T;\n"}
    assert diff_keys({}, leaking) == [("IMP105", "src/leak.ts", 1, "T")]
