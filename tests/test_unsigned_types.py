"""torch.uint16/uint32/uint64 (engine/unsigned.py): the mechanism behind PyTorch's refusals. The
printed values and messages are checked against PyTorch by the golden snippets
tests/golden/snippets/dtypes/u*.py, convert/numpy_unsigned_wide_arrays.py and
serialization/unsigned_save_load.py; these tests check that a program without these types pays
nothing, that the refusals hold once they are used, and that every name in the tables is an entry."""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import meta, missing, unsigned
from autograd_tui.engine.nn import functional as F


@pytest.fixture(autouse=True)
def _fresh():
    torch._reset_warn_once()
    yield
    torch._reset_warn_once()


def test_entries_stay_as_they_are_until_an_unsigned_type_is_used():
    add, mul = vars(torch)["add"], torch.Tensor.__dict__["__mul__"]
    x = torch.tensor([1, 2]) + 1
    assert vars(torch)["add"] is add and torch.Tensor.__dict__["__mul__"] is mul and x.tolist() == [2, 3]
    assert torch.uint16 is not None  # looking the type up reroutes the entries
    assert vars(torch)["add"] is not add and torch.Tensor.__dict__["__mul__"] is not mul
    torch._reset_warn_once()  # a fresh process's state
    assert vars(torch)["add"] is add and torch.Tensor.__dict__["__mul__"] is mul


def test_a_tensor_made_from_numpy_reroutes_the_entries_too():
    t = torch.from_numpy(np.array([1, 2], dtype=np.uint32))
    with pytest.raises(NotImplementedError, match="\"add_stub\" not implemented for 'UInt32'"):
        t + 1
    with pytest.raises(NotImplementedError, match="\"arange_cpu\" not implemented for 'UInt64'"):
        torch.arange(3, dtype=torch.uint64)
    assert (t * 3).tolist() == [3, 6] and (t + 0.5).tolist() == [1.5, 2.5]


def test_other_types_run_as_before_once_the_entries_are_rerouted():
    torch.from_numpy(np.array([1], dtype=np.uint16))
    a = torch.tensor([3, 1, 2])
    assert (a + 1).tolist() == [4, 2, 3] and a.max().item() == 3 and (a > 1).tolist() == [True, False, True]
    assert a.flip(0).tolist() == [2, 1, 3]


def test_an_op_calling_refused_entries_inside_is_judged_by_its_own_entry():
    t = torch.tensor([1, 2, 3], dtype=torch.uint16)
    assert torch.isclose(t, t).tolist() == [True] * 3 and torch.allclose(t, t)  # PyTorch runs both


def test_every_name_in_the_tables_is_an_entry_of_torch_the_tensor_or_functional():
    recorded = missing.recorded_names()
    names = (set(unsigned._BY_COMMON_TYPE) | set(unsigned._BY_INPUT_TYPE) | set(unsigned._BY_DTYPE_ARGUMENT)
             | set(unsigned._BY_ARGUMENTS) | set(unsigned._PROMOTING))
    for name in sorted(names):
        assert (name in vars(torch) or hasattr(torch.Tensor, name) or name in vars(F)
                or name in recorded["torch"] | recorded["torch.Tensor"] | recorded["torch.nn.functional"]), name



def test_a_namespace_registered_after_the_first_unsigned_tensor_is_checked_too():
    # a public module loaded on first use (torch.special) registers its entries after the rerouting
    def sort(input):  # computed without the engine's (rerouted) entries
        return sorted(input._data.tolist())

    def max(input):  # noqa: A001 - the entry's name decides its check
        return input._data.max()
    late = {"sort": sort, "max": max}
    t = torch.from_numpy(np.array([2, 1], dtype=np.uint16))
    meta.register(late)
    try:
        assert late["sort"](t) == [1, 2]
        with pytest.raises(NotImplementedError, match="\"max_all\" not implemented for 'UInt16'"):
            late["max"](t)
        torch._reset_warn_once()
        assert late["max"] is max and late["sort"] is sort
    finally:
        meta._registered.remove((late, False))


def test_meta_tensors_of_these_types_take_every_op():
    # the meta device computes no values, so PyTorch has its kernels for every type
    m = torch.zeros(2, dtype=torch.uint16, device="meta")
    assert (m + 1).is_meta and (m + 1).dtype is torch.uint16 and m.max().is_meta
    assert torch.arange(3, dtype=torch.uint32, device="meta").shape == (3,)
    with pytest.raises(NotImplementedError, match="\"add_stub\" not implemented for 'UInt16'"):
        torch.zeros(2, dtype=torch.uint16) + 1
