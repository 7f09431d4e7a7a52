"""Classes of input the twenty-fifth batch of unseen repositories (benchmarks/RESULTS.md,
"Ecosystem check: twenty-fifth batch") showed impact getting wrong, each as a small repository:
the input that gave a false finding, and its neighbour where the finding is true and stays."""

from __future__ import annotations

from conftest import diff_keys

# kubeflow/notebooks (notebooks-v1) components/crud-web-apps/common/frontend/.../editor/interfaces/
# monaco.ts: monaco-editor's typings copied into a script, `declare namespace monaco { export
# interface IDisposable ... }` and then `declare namespace monaco.editor { ... IDisposable ... }`:
# a dotted namespace is nested in each of its prefixes, whose merged members are in scope there
MONACO = ("declare namespace monaco {\n  export interface IDisposable {\n    dispose(): void;\n  }\n"
          "  export class Uri {\n    path: string;\n  }\n}\n\n"
          "declare namespace monaco.editor {\n"
          "  export interface IModel extends IDisposable {\n    uri: Uri;\n  }\n}\n")


def test_a_dotted_namespace_sees_the_members_its_outer_namespaces_declare():
    """kubeflow/notebooks (`--all` at its notebooks-v1 head): 289 IMP105 in monaco.ts."""
    base = {"src/monaco.ts": "declare let unrelated: number;\n"}
    assert diff_keys(base, {"src/monaco.ts": MONACO}) == []


def test_a_name_no_outer_namespace_declares_is_still_undefined_in_a_dotted_namespace():
    base = {"src/monaco.ts": MONACO, "src/other.ts": "export interface IModel2 { n: number }\n"}
    change = {"src/monaco.ts": MONACO.replace("  export interface IDisposable",
                                              "  export interface IGone")}
    assert diff_keys(base, change) == [("IMP105", "src/monaco.ts", 11, "IDisposable")]
