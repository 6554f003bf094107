"""float8 types (engine/float8.py) and quantized tensors (engine/quantized.py, engine/ao/): the
mechanisms under the values the golden snippets dtypes/float8_*, dtypes/quantize_* and
nn_module/quantize_dynamic_*, quant_minmax_* check against PyTorch: every float8 code rounds and
encodes to itself, the rounding ties to even between neighbours, the refusals are routed only once
such a tensor exists and put back for a fresh process, and the recorded tables name real entries."""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import float8, meta, quantized

# PyTorch's deprecation of quantized tensors, shown as it shows it (the goldens check its words)
pytestmark = pytest.mark.filterwarnings("ignore:torch.quantize_per_tensor:UserWarning")
FLOAT8 = ("float8_e4m3fn", "float8_e5m2", "float8_e4m3fnuz", "float8_e5m2fnuz", "float8_e8m0fnu")


@pytest.fixture(autouse=True)
def _fresh():
    torch._reset_warn_once()
    yield
    torch._reset_warn_once()


@pytest.mark.parametrize("name", FLOAT8)
def test_every_code_decodes_to_a_value_on_the_grid_that_encodes_back(name):
    codes = np.arange(256, dtype=np.uint8)
    values = float8.from_bits(name, codes)
    d = getattr(torch, name)
    assert np.array_equal(d._adjust(values), values, equal_nan=True)  # rounding leaves grid values alone
    kept = ~np.isnan(values)
    if name.endswith("fnuz"):
        kept &= codes != 0x80
    assert np.array_equal(float8.to_bits(name, values[kept]), codes[kept])


@pytest.mark.parametrize("name", FLOAT8[:4])
def test_a_value_halfway_between_neighbours_rounds_to_the_even_code(name):
    values = float8.from_bits(name, np.arange(1, 120, dtype=np.uint8))
    finite = values[np.isfinite(values)]
    low, high = finite[:-1].astype(np.float64), finite[1:].astype(np.float64)
    middle = ((low + high) / 2).astype(np.float32)
    rounded = getattr(torch, name)._adjust(middle)
    even = np.where(float8.to_bits(name, low.astype(np.float32)) % 2 == 0, low, high)
    assert np.array_equal(rounded, even.astype(np.float32))
    nudged = getattr(torch, name)._adjust(np.nextafter(middle, np.float32(np.inf)))
    assert np.array_equal(nudged, high.astype(np.float32))


def test_float8_refusals_are_routed_once_a_float8_tensor_exists_and_put_back():
    add = vars(torch)["add"]
    a = torch.tensor([1.0, 2.0]).to(torch.float8_e5m2)
    assert vars(torch)["add"] is not add
    with pytest.raises(NotImplementedError, match="\"add_stub\" not implemented for 'Float8_e5m2'"):
        torch.add(a, a)
    assert (a * a).float().tolist() == [1.0, 4.0]
    torch._reset_warn_once()
    assert vars(torch)["add"] is add


def test_recorded_refusals_name_entries_the_engine_has():
    entries = {"Tensor": set(vars(torch.Tensor)), "torch": set(vars(torch)),
               "torch.nn.functional": set(vars(torch.nn.functional)), "torch.linalg": set(vars(torch.linalg)),
               "torch.nn.init": set(vars(torch.nn.init))}
    for table in (float8._table("float8_e4m3fn"), quantized._table()):
        for key in table:
            owner, name = key.split("|")[0].rsplit(".", 1)
            assert name in entries[owner], key


def test_an_op_pytorch_runs_on_quantized_tensors_that_the_engine_lacks_says_so():
    q = torch.quantize_per_tensor(torch.tensor([-1.0, 0.5, 2.0]), 0.1, 3, torch.qint8)
    with pytest.raises(NotImplementedError, match="--backend torch"):
        q.sort()
    with pytest.raises(RuntimeError, match="empty_strided not supported on quantized tensors"):
        q + 1
    assert quantized._routing.active and meta._routes
    torch._reset_warn_once()
    assert not quantized._routing.active


def test_quantized_views_keep_the_quantizer_and_share_nothing_they_should_not():
    x = torch.tensor([[-1.0, 0.25], [0.5, 3.0]])
    q = torch.quantize_per_tensor(x, 0.05, 7, torch.quint8)
    t = q.t()
    assert t.q_scale() == 0.05 and t.q_zero_point() == 7 and t.int_repr().tolist() == [[0, 17], [12, 67]]
    assert torch.equal(t.dequantize(), q.dequantize().t())
    assert torch.relu(q).dequantize().tolist() == [[0.0, 0.25], [0.5, 3.0]]


def test_a_plain_tensor_of_a_quantized_type_is_refused():
    with pytest.raises(RuntimeError, match="empty_strided not supported on quantized tensors"):
        torch.tensor([1.0]).to(torch.qint8)


def test_saving_a_float8_or_quantized_tensor_says_the_engine_lacks_it(tmp_path):
    q = torch.quantize_per_tensor(torch.tensor([1.0]), 0.1, 0, torch.qint8)
    for t in (torch.tensor([1.0, 2.5]).to(torch.float8_e4m3fn), q):
        with pytest.raises(NotImplementedError, match="torch.save of a torch"):
            torch.save(t, tmp_path / "t.pt")
