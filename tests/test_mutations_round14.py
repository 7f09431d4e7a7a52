"""Found by the fourteenth round of seeded mutations against pyright and tsc (pymc, librosa,
vega-lite, zrender; benchmarks/RESULTS.md, "Seeded mutations, round 14")."""

from __future__ import annotations


def test_an_unknown_attribute_of_a_module_is_recalled_by_the_import_of_the_name_it_is_read_from():
    """librosa's `__init__.pyi` declares `from . import filters`; with `filters.py` deleted
    pyright accepts `from .. import filters` in `core/constantq.py` (the stub binds the name)
    and reports each `filters.wavelet_lengths(...)`: "not a known attribute of module ".."".
    impact reports the import, which raises at run time: one breakage."""
    from benchmarks.mutations.oracle import Diagnostic
    from benchmarks.mutations.score import score

    diagnostics = [
        Diagnostic("core/constantq.py", 313, "reportAttributeAccessIssue",
                   '"_relative_bandwidth" is not a known attribute of module ".."',
                   "        alpha = filters._relative_bandwidth(freqs=freqs)"),
        Diagnostic("core/constantq.py", 316, "reportAttributeAccessIssue",
                   '"wavelet_lengths" is not a known attribute of module ".."',
                   "    lengths, _ = filters . wavelet_lengths("),
        Diagnostic("core/other.py", 9, "reportAttributeAccessIssue",
                   '"mel" is not a known attribute of module ".."', "    x = filters.mel(n)"),
    ]
    findings = [{"revision": "head", "file": "core/constantq.py", "line": 15, "code": "IMP101",
                 "symbol": "filters", "message": "..."}]
    result = score(diagnostics, findings, lambda rel: [])
    assert [(s.file, s.line) for s in result.recalled] == [("core/constantq.py", 313),
                                                          ("core/constantq.py", 316)]
    assert [(s.file, s.line) for s in result.correct] == [("core/constantq.py", 15)]
