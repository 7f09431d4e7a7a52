"""Facts read from a record build their DEFERRED fields (calls, definitions, member reads,
bindings) when first read, not when the record is read (impact/records.py)."""

import msgpack
import pytest

from impact import records
from impact.facts import extract_facts
from impact.records import DEFERRED, DamagedRecord, deferred_key, dump_facts, load_facts, read_whole

SOURCE = (b"import os\nfrom pkg import helper\n\n"
          b"def run(path, *, mode='r'):\n    x = helper(path)\n    return os.path.join(x.a, mode)\n\n"
          b"class Box:\n    size = 1\n    def open(self):\n        return run(self.size)\n")


def test_deferred_fields_are_built_when_first_read_and_equal_the_extracted_ones():
    extracted = extract_facts("app/mod.py", SOURCE)
    assert extracted.calls and extracted.definitions and extracted.member_refs and extracted.bindings
    loaded = load_facts(dump_facts(extracted))
    assert all(type(vars(loaded)[deferred_key(name)]) is bytes and name not in vars(loaded) for name in DEFERRED)
    assert loaded.imports == extracted.imports  # read with the record
    assert loaded.calls == extracted.calls  # built now, and kept
    assert "calls" in vars(loaded) and deferred_key("calls") not in vars(loaded)
    assert loaded == extracted and dump_facts(loaded) == dump_facts(extracted)


def test_facts_made_by_the_extractors_have_every_field_at_hand():
    extracted = extract_facts("app/mod.py", SOURCE)
    assert all(name in vars(extracted) for name in DEFERRED)
    assert not hasattr(type(extracted), "calls")  # the descriptor answers instances only


def test_a_deferred_field_that_is_not_packed_is_unreadable_and_one_of_the_wrong_type_damaged():
    data = list(msgpack.unpackb(dump_facts(extract_facts("app/mod.py", SOURCE))))
    names = [f for f in records.dataclasses.fields(records.FileFacts)]
    data[[f.name for f in names].index("calls")] = msgpack.packb("not calls")
    with pytest.raises(records.Unreadable):  # not bytes: refused with the record
        load_facts(msgpack.packb(data[:1] + ["x"] * (len(data) - 1)))
    loaded = load_facts(msgpack.packb(data))
    assert loaded.path == "app/mod.py"
    with pytest.raises(DamagedRecord, match="its calls"):
        read_whole(loaded)
