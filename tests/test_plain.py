"""Plain data: what the cache keeps, its bytes, and the checks of what is read back."""
from __future__ import annotations

import datetime
import pickle
from dataclasses import dataclass

import msgpack
import pytest

from checker.plain import (
    JOIN,
    Cuts,
    Joined,
    Numbered,
    ShapeError,
    all_strings,
    column,
    joined_to_plain,
    only,
    pack,
    record,
    records,
    shared,
    shared_to_plain,
    strs,
    tuples_of,
    uint_array,
    uints_to_plain,
    unpack,
    yaml_plain,
    yaml_value,
)


def test_plain_data_reads_back_with_tuples_for_lists():
    value = {"s": "Мікалай", "i": -3, "big": 2**40, "f": 1.5, "b": True, "n": None, "raw": b"\x00\xff",
             "list": [1, [2, "x"]], "date": datetime.date(1991, 8, 25),
             "when": datetime.datetime(2020, 8, 9, 20, 0, tzinfo=datetime.UTC),
             (1, 2): "a tuple key"}
    back = unpack(pack(value))
    assert back == {**value, "list": (1, (2, "x"))}
    assert unpack(pack(value["list"]), lists=True) == [1, [2, "x"]]
    with pytest.raises(ShapeError):   # read with lists, an array cannot be a key
        unpack(pack({(1, 2): "x"}), lists=True)
    assert type(back["when"]) is datetime.datetime and type(back["date"]) is datetime.date


@pytest.mark.parametrize("value", [object(), {1, 2}, pickle, lambda: 1, Exception("x")])
def test_what_is_not_plain_data_cannot_be_written(value):
    with pytest.raises((TypeError, ValueError)):
        pack({"x": value})


@pytest.mark.parametrize("data", [
    b"",                                                 # nothing
    b"\xc1",                                             # a byte MessagePack never uses
    pack([1, 2]) + b"\x00",                              # something after the value
    pack([1, 2])[:-1],                                   # cut short
    msgpack.packb(msgpack.ExtType(9, b"\x80\x04K\x01.")),  # an extension type of our own: none
    msgpack.packb(msgpack.ExtType(1, b"not a date")),
    b"\xdd\xff\xff\xff\xff",                             # an array longer than the data
    pickle.dumps({"a": 1}),                              # a pickle is not read as one
    b"\x91" * 2000 + b"\xc0",                            # nested deeper than the unpacker goes
])
def test_what_is_not_plain_data_cannot_be_read(data):
    with pytest.raises(ShapeError):
        unpack(data)


def test_only_tells_exact_types():
    assert only(["a", "b"], str) and not only(["a", 1], str)
    assert only([1, 2], int) and not only([1, True], int)   # True is no int here
    assert only([1, None], int, type(None)) and only([], str)
    assert all_strings(("a", "b")) and not all_strings(("a", b"b")) and not all_strings((1,))


def test_shape_checks():
    assert record({"a": 1, "b": 2}, ("a", "b"), "r") == {"a": 1, "b": 2}
    assert strs(("a",), "s") == ("a",)
    assert column((1, None), 2, "c", int, type(None)) == (1, None)
    assert tuples_of((("a",), ()), "t", str) == (("a",), ())
    for bad in (lambda: record({"a": 1}, ("a", "b"), "r"), lambda: record([("a", 1)], ("a",), "r"),
                lambda: strs(["a"], "s"), lambda: strs(("a", 1), "s"),
                lambda: column((1, 2), 3, "c", int), lambda: column((1, "2"), 2, "c", int),
                lambda: tuples_of((("a", 1),), "t", str), lambda: tuples_of(("ab",), "t", str),
                lambda: tuples_of(((),), "t", str, size=2)):
        with pytest.raises(ShapeError):
            bad()


def test_integers_read_back_and_are_checked():
    numbers = [0, 1, 2**32 - 1, 70000]
    assert uint_array(uints_to_plain(numbers), "u").tolist() == numbers
    assert uint_array(uints_to_plain(numbers), "u", 4).tolist() == numbers
    for bad in (lambda: uint_array(uints_to_plain(numbers), "u", 3),
                lambda: uint_array(b"\x00" * 5, "u"), lambda: uint_array((1, 2), "u")):
        with pytest.raises(ShapeError):
            bad()
    with pytest.raises(OverflowError):
        uints_to_plain([2**32])


def test_shared_columns():
    column_ = [("a", "b"), ("c",), ("a", "b"), ("a", "b")]
    plain = unpack(pack(shared_to_plain(column_)))
    assert plain["values"] == (("a", "b"), ("c",))
    distinct, back = shared(plain, "s", 4)
    assert back == tuple(column_) and back[0] is back[2]   # each distinct value made once
    with pytest.raises(ShapeError):
        shared(plain, "s", 5)


@dataclass(frozen=True)
class _Point:
    x: int
    y: str


def test_arrays_of_integers_are_checked_against_what_they_number():
    data = uints_to_plain([0, 2, 1])
    assert uint_array(data, "n", 3, below=3).tolist() == [0, 2, 1]
    with pytest.raises(ShapeError, match="numbers past the 2"):
        uint_array(data, "n", below=2)
    assert uint_array(uints_to_plain([]), "n", below=0).tolist() == []


def test_tables_read_back_lazily_are_the_tables_written():
    table = {"b": ("x", "y"), "a": (), "c": ("y",)}
    row = ("x", "y")
    numbers = [row.index(v) for vs in table.values() for v in vs]
    ends = [2, 2, 3]
    cuts = Cuts(tuple(table), uint_array(uints_to_plain(ends), "e"),
                uint_array(uints_to_plain(numbers), "n"), row)
    assert cuts.get("zz") is None and "zz" not in cuts and cuts.get("zz", ()) == ()
    assert cuts.get("b") == ("x", "y") and cuts["c"] == ("y",) and "a" in cuts
    assert cuts == table and dict(cuts) == table and list(cuts) == ["b", "a", "c"]
    assert cuts["b"] is cuts["b"]   # made once
    with pytest.raises(KeyError):
        cuts["zz"]
    assert pickle.loads(pickle.dumps(cuts)) == table   # a worker gets it as a dict
    plain = shared_to_plain(table.values())
    numbered = Numbered(tuple(table), uint_array(plain["numbers"], "n"), plain["values"])
    assert numbered == table and numbered.get("c") == ("y",) and numbered.get("zz", 1) == 1
    assert set(numbered.distinct()) == set(table.values()) and len(numbered) == 3
    assert pickle.loads(pickle.dumps(numbered)) == table


def test_a_table_of_joined_strings_reads_back_as_the_tuples_written():
    table = {"ministry": ("Ministry of Defence", "Ministry of the Interior"), "rada": ("Rada",),
             "x": ()}
    plain = joined_to_plain(table.values())
    assert all(type(v) is str for v in plain["values"])   # one string for each distinct value
    joined = Joined(tuple(table), uint_array(plain["numbers"], "n"), plain["values"])
    assert joined == table and joined["ministry"] is joined.get("ministry")   # split once
    assert joined.get("zz") is None and set(joined.distinct()) == set(table.values())
    assert pickle.loads(pickle.dumps(joined)) == table
    for bad in ("Ministry" + JOIN + "of Defence", ""):
        with pytest.raises(ValueError, match="joining character"):
            joined_to_plain([("Rada", bad)])


def test_records_are_as_their_class_makes_them():
    made = records(_Point, ((1, 2), ("a", "b")))
    assert made == [_Point(1, "a"), _Point(2, "b")] and hash(made[0]) == hash(_Point(1, "a"))
    assert records(_Point, ((), ())) == []


def test_parsed_yaml_is_checked_before_it_is_kept_and_thawed_after():
    value = {"a": [1, {"b": [None, 1.5]}], 3: datetime.date(2020, 1, 1)}
    assert yaml_plain(value) is value
    for bad in ({"a": (1, 2)}, {"a": {1, 2}}, {"a": object()}, {(1, 2): "x"}):
        with pytest.raises(TypeError):
            yaml_plain(bad)
    assert yaml_value(unpack(pack(value)), "y") == value
    with pytest.raises(ShapeError):
        yaml_value({"a": msgpack.ExtType(5, b"")}, "y")
