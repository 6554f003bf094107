"""Sparse COO tensors (``engine/sparse_tensor.py``): properties the goldens (``golden/snippets/sparse``)
show only by example, and the promise that dense code pays nothing until a sparse tensor exists."""
from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

import autograd_tui.engine as torch


def _random_coo(seed: int, shape=(4, 5), nnz: int = 9, dtype=torch.float32):
    """A sparse tensor with repeated indices (uncoalesced), its dense equivalent computed in float64."""
    rng = np.random.default_rng(seed)
    ix = np.stack([rng.integers(0, n, size=nnz) for n in shape])
    values = rng.uniform(-2, 2, size=nnz)
    dense = np.zeros(shape)
    np.add.at(dense, tuple(ix), values)
    s = torch.sparse_coo_tensor(torch.tensor(ix.tolist()), torch.tensor(values.tolist(), dtype=dtype), shape,
                                check_invariants=True)
    return s, dense


@pytest.mark.parametrize("seed", range(5))
def test_coalesce_sums_repeated_indices_and_keeps_the_dense_value(seed):
    s, dense = _random_coo(seed, dtype=torch.float64)
    c = s.coalesce()
    ix = c.indices().numpy()
    linear = ix[0] * s.shape[1] + ix[1]
    assert c.is_coalesced() and not s.is_coalesced()
    assert list(linear) == sorted(set(linear.tolist()))  # sorted, unique
    np.testing.assert_allclose(c.to_dense().numpy(), dense)
    np.testing.assert_allclose(s.to_dense().numpy(), dense)
    assert c.coalesce() is c


@pytest.mark.parametrize("seed", range(5))
def test_sparse_products_and_sums_agree_with_the_dense_ones(seed):
    s, dense = _random_coo(seed, dtype=torch.float64)
    x = torch.tensor(np.random.default_rng(seed + 10).uniform(-1, 1, size=(5, 3)).tolist(), dtype=torch.float64)
    np.testing.assert_allclose(torch.sparse.mm(s, x).numpy(), dense @ x.numpy())
    np.testing.assert_allclose(torch.mm(s, x).numpy(), dense @ x.numpy())
    np.testing.assert_allclose((x.t() @ s.t()).numpy(), x.numpy().T @ dense.T)
    np.testing.assert_allclose(torch.sparse.sum(s).item(), dense.sum())
    np.testing.assert_allclose(torch.sparse.sum(s, 1).to_dense().numpy(), dense.sum(1))
    np.testing.assert_allclose((s + s * 2).to_dense().numpy(), 3 * dense)
    np.testing.assert_allclose((torch.ones(4, 5, dtype=torch.float64) - s).numpy(), 1 - dense)


def test_to_sparse_then_to_dense_gives_the_tensor_back():
    a = torch.tensor([[0.0, 1.5, 0.0], [0.0, 0.0, 0.0], [-2.0, 0.0, 3.0]])
    s = a.to_sparse()
    assert s.is_coalesced() and s._nnz() == 3
    assert torch.equal(s.to_dense(), a)
    assert torch.equal(a.to_sparse(1).to_dense(), a) and a.to_sparse(1)._nnz() == 2
    assert a.to_dense() is a


def test_a_sparse_tensor_never_computes_as_a_dense_one():
    s, _ = _random_coo(0)
    for call in (lambda: s.exp(), lambda: torch.exp(s), lambda: s.view(20), lambda: torch.cat([s, s]),
                 lambda: s.cumsum(0), lambda: torch.nn.functional.softmax(s, 0), lambda: np.asarray(s._data)):
        with pytest.raises((NotImplementedError, RuntimeError)):
            call()


def test_embedding_sparse_gradient_matches_the_dense_one():
    torch.manual_seed(0)
    dense = torch.nn.Embedding(6, 3)
    sparse = torch.nn.Embedding(6, 3, sparse=True)
    sparse.weight.data.copy_(dense.weight.data)
    idx = torch.tensor([[1, 4, 1], [5, 1, 0]])
    for module in (dense, sparse):
        (module(idx) * torch.arange(3.0)).sum().backward()
    assert sparse.weight.grad.is_sparse and sparse.weight.grad._nnz() == 6
    np.testing.assert_array_equal(sparse.weight.grad.to_dense().numpy(), dense.weight.grad.numpy())


@pytest.mark.parametrize("mode, weighted, padding_idx", [("sum", False, None), ("mean", False, None),
                                                      ("mean", False, 2), ("sum", True, None), ("sum", True, 2)])
def test_embedding_bag_sparse_gradient_matches_the_dense_one(mode, weighted, padding_idx):
    torch.manual_seed(2)
    dense = torch.nn.EmbeddingBag(6, 3, mode=mode, padding_idx=padding_idx)
    sparse = torch.nn.EmbeddingBag(6, 3, mode=mode, padding_idx=padding_idx, sparse=True)
    sparse.weight.data.copy_(dense.weight.data)
    idx, offsets = torch.tensor([2, 4, 2, 0, 5, 2]), torch.tensor([0, 3, 3])
    psw = torch.tensor([0.5, -1.0, 2.0, 0.25, 3.0, 1.5]) if weighted else None
    for module in (dense, sparse):
        (module(idx, offsets, per_sample_weights=psw) * torch.tensor([[0.7], [1.3], [-0.9]])).sum().backward()
    grad = sparse.weight.grad
    kept = [i for i in idx.tolist() if i != padding_idx]
    assert grad.is_sparse and not grad.is_coalesced() and grad._indices().tolist() == [kept]
    assert sparse(idx, offsets, per_sample_weights=psw).grad_fn.name() == "EmbeddingBagBackward0"
    np.testing.assert_allclose(grad.to_dense().numpy(), dense.weight.grad.numpy(), rtol=1e-6)


def test_embedding_bag_max_mode_refuses_sparse_weights_as_pytorch():
    with pytest.raises(ValueError, match="^max mode does not support sparse weights$"):
        torch.nn.EmbeddingBag(4, 2, mode="max", sparse=True)(torch.tensor([[0, 1]]))


def test_sgd_on_a_sparse_gradient_moves_only_the_looked_up_rows_as_dense_sgd_does():
    torch.manual_seed(1)
    dense = torch.nn.Embedding(5, 2)
    sparse = torch.nn.Embedding(5, 2, sparse=True)
    sparse.weight.data.copy_(dense.weight.data)
    optimizers = [torch.optim.SGD(m.parameters(), lr=0.25) for m in (dense, sparse)]
    for rows in ([0, 3], [3, 3, 1]):
        for module, opt in zip((dense, sparse), optimizers):
            opt.zero_grad()
            module(torch.tensor(rows)).pow(2).sum().backward()
            opt.step()
    np.testing.assert_allclose(sparse.weight.detach().numpy(), dense.weight.detach().numpy(), rtol=1e-6)
    assert np.array_equal(sparse.weight.detach().numpy()[[2, 4]], dense.weight.detach().numpy()[[2, 4]])


def test_dense_entries_are_rerouted_only_once_a_sparse_tensor_exists():
    # a fresh process: the dense entries (torch.add, Tensor.__add__) stay the engine's own functions, with no
    # layout check, until the first sparse tensor is made; optimizers keep their plain step until then too
    code = """
import autograd_tui.engine as torch
from autograd_tui.engine import sparse_tensor
from autograd_tui.engine.optim.optimizer import Optimizer
add, method, step = torch.add, torch.Tensor.__add__, Optimizer._run_step
assert not sparse_tensor._active[0]
torch.nn.Linear(2, 2)(torch.ones(1, 2)).sum().backward()
assert torch.add is add and torch.Tensor.__add__ is method and Optimizer._run_step is step
torch.sparse_coo_tensor([[0]], [1.0], (2,), check_invariants=True)
assert sparse_tensor._active[0] and torch.add is not add and Optimizer._run_step is not step
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr


def test_a_reset_puts_every_entry_back_whichever_routing_came_first():
    # sparse tensors, the meta device and the unsigned types each route the public entries; a reset
    # (a fresh process's state) must leave neither wrapper behind, in either order of first use
    code = """
import autograd_tui.engine as torch
det, add = torch.linalg.det, torch.add
for first, second in [("sparse", "meta"), ("meta", "sparse"), ("uint16", "sparse")]:
    for kind in (first, second):
        if kind == "sparse":
            torch.sparse_coo_tensor([[0]], [1.0], (2,), check_invariants=True)
        elif kind == "meta":
            torch.empty(2, device="meta")
        else:
            torch.zeros(2, dtype=torch.uint16)
    torch._reset_warn_once()
    assert torch.linalg.det is det and torch.add is add, (first, second)
    try:
        torch.linalg.det("x")
    except TypeError as e:
        assert "must be Tensor, not str" in str(e), e
print("ok")
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.stdout.strip() == "ok", result.stderr


def test_why_reads_a_sparse_gradient_as_its_dense_values():
    # :why on Embedding(sparse=True)'s weight: the same reading as the dense layer's, not an error
    from autograd_tui.viz import whygrad
    texts = []
    for sparse in (True, False):
        torch.manual_seed(0)
        emb = torch.nn.Embedding(5, 2, sparse=sparse)
        emb(torch.tensor([1, 1, 3])).sum().backward()
        texts.append(whygrad.why_text(emb.weight, "emb.weight", None, "en"))
    assert texts[0] == texts[1]
    assert "emb.weight.grad" in texts[0]


@pytest.mark.parametrize("mode", ["sum", "mean"])
def test_embedding_bag_scale_grad_by_freq_divides_by_atens_count(mode):
    """ATen's loop divides the k-th distinct index's rows by the count of the k-th sorted sample:
    indices 0 0 2 | 2 5 sort to 0 0 2 2 5, so index 0 reads count(0) = 2, index 2 count(0) = 2 and
    index 5 count(2) = 2 (golden style_tutorial/c24a_recsys2_bag_scale_grad_freq shows it on PyTorch)."""
    plain = torch.nn.EmbeddingBag(6, 2, mode=mode)
    scaled = torch.nn.EmbeddingBag(6, 2, mode=mode, scale_grad_by_freq=True)
    idx, offsets = torch.tensor([0, 0, 2, 2, 5]), torch.tensor([0, 3])
    for module in (plain, scaled):
        (module(idx, offsets) * torch.tensor([[1.0, 2.0], [3.0, -1.0]])).sum().backward()
    divisor = np.array([2.0, 1.0, 2.0, 1.0, 1.0, 2.0])[:, None]
    np.testing.assert_allclose(scaled.weight.grad.numpy(), plain.weight.grad.numpy() / divisor, rtol=1e-6)


def test_embedding_bag_max_norm_renormalises_the_looked_up_rows_as_embedding_does():
    rows = torch.tensor([[3.0, 4.0], [0.3, 0.4], [6.0, 8.0], [0.0, 5.0]])
    bag = torch.nn.EmbeddingBag.from_pretrained(rows.clone(), mode="sum", max_norm=2.0)
    emb = torch.nn.Embedding.from_pretrained(rows.clone(), max_norm=2.0)
    bag(torch.tensor([0, 1, 2]), torch.tensor([0, 2]))
    emb(torch.tensor([0, 1, 2]))
    assert torch.equal(bag.weight, emb.weight)
    assert bag.weight[3].tolist() == [0.0, 5.0]  # not looked up: left alone


@pytest.mark.parametrize("seed", range(6))
def test_sparse_index_select_agrees_with_the_dense_one(seed):
    s, dense = _random_coo(seed, shape=(5, 6), nnz=8 + seed)
    rng = np.random.default_rng(seed)
    for dim in (0, 1, -1):
        picks = rng.integers(-dense.shape[dim], dense.shape[dim], size=3 + 5 * seed)  # shorter and longer than nnz
        chosen = s.index_select(dim, torch.tensor(picks.tolist()))
        np.testing.assert_allclose(chosen.to_dense().numpy(), np.take(dense, picks, axis=dim), rtol=1e-6)
        assert chosen._nnz() == sum(int((s._indices()[dim % 2] == p % dense.shape[dim]).sum()) for p in picks)
