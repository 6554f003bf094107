"""torch.svd and torch.linalg's decompositions: gradients against finite differences (float64),
the factorizations' identities, the paths that give PyTorch's signs, and PyTorch's errors.

The values PyTorch prints are checked by the golden snippets in tests/golden/snippets/linalg.
"""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.parity import lapack_eigh, lapack_svd


def leaf(*shape, seed: int = 0):
    data = np.random.default_rng(seed).uniform(-1, 1, size=shape)
    return torch.tensor(data.tolist(), dtype=torch.float64, requires_grad=True)


def projector(V):
    """V diag(1, 2, ...) V^T: does not depend on the sign LAPACK gives each column."""
    weights = torch.arange(1, V.shape[-1] + 1, dtype=torch.float64)
    return (V * weights) @ V.mT


def check(fn, *inputs):
    assert torch.autograd.gradcheck(fn, inputs, eps=1e-6, atol=1e-5, rtol=1e-3)


# Gradients ----------------------------------------------------------------------------------

@pytest.mark.parametrize("shape", [(4, 3), (3, 5), (3, 3), (2, 3, 2)])
def test_svd_gradient_through_every_output(shape):
    def fn(a):
        U, S, Vh = torch.linalg.svd(a, full_matrices=False)
        return projector(U), S, projector(Vh.mT)
    check(fn, leaf(*shape))


@pytest.mark.parametrize("shape", [(4, 3), (3, 5)])
def test_svd_gradient_with_full_matrices_uses_the_leading_columns(shape):
    k = min(shape)

    def fn(a):
        U, S, Vh = torch.linalg.svd(a, full_matrices=True)
        return projector(U[:, :k]), S, projector(Vh[:k].mT)
    check(fn, leaf(*shape))


def test_svdvals_torch_svd_and_eigvalsh_are_differentiable():
    check(lambda a: torch.linalg.svdvals(a), leaf(4, 3))
    check(lambda a: torch.svd(a).S, leaf(3, 4))
    check(lambda a: torch.svd(a, compute_uv=False).S, leaf(3, 3))
    check(lambda a: torch.linalg.eigvalsh(a + a.mT), leaf(3, 3))


@pytest.mark.parametrize("UPLO", ["L", "U"])
def test_eigh_gradient_reads_one_triangle(UPLO):  # noqa: N803
    def fn(a):
        L, V = torch.linalg.eigh(a + a.mT, UPLO=UPLO)
        return L, projector(V)
    check(fn, leaf(4, 4))


@pytest.mark.parametrize("shape,mode", [((4, 3), "reduced"), ((3, 3), "complete"), ((2, 4), "reduced"),
                                        ((2, 4), "complete"), ((2, 3, 2), "reduced")])
def test_qr_gradient(shape, mode):
    check(lambda a: tuple(torch.linalg.qr(a, mode=mode)), leaf(*shape))


@pytest.mark.parametrize("upper", [False, True])
def test_cholesky_gradient(upper):
    eye = torch.eye(3, dtype=torch.float64)
    check(lambda a: torch.linalg.cholesky(a @ a.mT + eye, upper=upper), leaf(3, 3))
    check(lambda a: torch.linalg.cholesky(a @ a.mT + eye, upper=upper), leaf(2, 3, 3))


def test_slogdet_pinv_and_lstsq_gradients():
    check(lambda a: torch.linalg.slogdet(a + 2 * torch.eye(3, dtype=torch.float64)).logabsdet, leaf(3, 3))
    check(lambda a: torch.linalg.pinv(a), leaf(2, 4))
    check(lambda a: torch.linalg.pinv(a), leaf(4, 2))
    check(lambda a, b: torch.linalg.lstsq(a, b).solution, leaf(5, 2), leaf(5, 3, seed=1))
    check(lambda a, b: torch.linalg.lstsq(a, b).solution, leaf(5, 2), leaf(5, seed=1))
    check(lambda a, b: torch.linalg.lstsq(a, b, driver="gelsd").residuals, leaf(5, 2), leaf(5, 3, seed=1))


def test_second_order_through_svd_and_eigh():
    def svd_fn(a):
        U, S, Vh = torch.linalg.svd(a, full_matrices=False)
        return projector(U), S
    assert torch.autograd.gradgradcheck(svd_fn, (leaf(3, 2),), eps=1e-6, atol=1e-5, rtol=1e-3)
    assert torch.autograd.gradgradcheck(lambda a: torch.linalg.eigvalsh(a + a.mT), (leaf(3, 3),),
                                        eps=1e-6, atol=1e-5, rtol=1e-3)


def test_qr_mode_r_and_complete_tall_refuse_backward_as_pytorch_does():
    a = leaf(3, 2)
    with pytest.raises(RuntimeError, match="mode='r'"):
        torch.linalg.qr(a, mode="r").R.sum().backward()
    with pytest.raises(RuntimeError, match="mode='complete' and nrows > ncols"):
        torch.linalg.qr(a, mode="complete").Q.sum().backward()


def test_the_outputs_share_one_node():
    a = leaf(3, 2)
    U, S, Vh = torch.linalg.svd(a)
    assert U.grad_fn is S.grad_fn is Vh.grad_fn
    assert type(U.grad_fn).__name__ == "LinalgSvdBackward0"
    assert [U.output_nr, S.output_nr, Vh.output_nr] == [0, 1, 2]
    assert type(torch.svd(a).V.grad_fn).__name__ == "TransposeBackward0"


# Values and signs ---------------------------------------------------------------------------

@pytest.mark.parametrize("shape", [(4, 3), (6, 4), (10, 7), (3, 3), (20, 3), (2, 5), (3, 8), (4, 20), (5, 8)])
@pytest.mark.parametrize("full", [False, True])
def test_the_svd_along_mkls_path_is_an_svd(shape, full):
    a = np.random.default_rng(1).standard_normal(shape)
    u, s, vh = lapack_svd.svd(a, full)
    k = min(shape)
    np.testing.assert_allclose((u[:, :k] * s) @ vh[:k], a, atol=1e-12)
    np.testing.assert_allclose(u.T @ u, np.eye(u.shape[1]), atol=1e-12)
    np.testing.assert_allclose(vh @ vh.T, np.eye(vh.shape[0]), atol=1e-12)
    np.testing.assert_allclose(s, np.linalg.svd(a, compute_uv=False), atol=1e-12)


def test_batched_svd_along_mkls_path():
    a = np.random.default_rng(2).standard_normal((2, 3, 2, 5))
    u, s, vh = lapack_svd.svd(a, False)
    assert u.shape == (2, 3, 2, 2) and s.shape == (2, 3, 2) and vh.shape == (2, 3, 2, 5)
    np.testing.assert_allclose((u * s[..., None, :]) @ vh, a, atol=1e-12)


@pytest.mark.parametrize("uplo", ["L", "U"])
@pytest.mark.parametrize("n", [2, 3, 5, 9, 25, 26])
def test_the_eigh_along_mkls_path_is_an_eigendecomposition(n, uplo):
    a = np.random.default_rng(n).standard_normal((n, n))
    a = a + a.T
    junk = np.triu(np.ones((n, n)), 1) if uplo == "L" else np.tril(np.ones((n, n)), -1)
    w, v = lapack_eigh.eigh(a + 5 * junk, uplo)  # only the named triangle is read
    np.testing.assert_allclose(w, np.linalg.eigvalsh(a), atol=1e-10)
    np.testing.assert_allclose((v * w) @ v.T, a, atol=1e-10)
    np.testing.assert_allclose(v.T @ v, np.eye(n), atol=1e-12)


def test_steqr_with_the_newer_rotation_would_give_numpys_signs():
    """The one difference from reference LAPACK is the rotation: with LAPACK 3.10's dlartg the
    emulation lands on numpy's eigenvectors, signs included."""
    def newer(f, g):
        if g == 0.0:
            return 1.0, 0.0, f
        if f == 0.0:
            return 0.0, float(np.sign(g)), abs(g)
        d = float(np.hypot(f, g))
        r = float(np.copysign(d, f))
        return abs(f) / d, g / r, r
    original = lapack_eigh._rotation
    lapack_eigh._rotation = newer
    try:
        for seed in range(5):
            a = np.random.default_rng(seed).standard_normal((7, 6))
            c = a.T @ a
            _, v = lapack_eigh.eigh(c, "L")
            assert ((v * np.linalg.eigh(c)[1]).sum(0) > 0).all()
    finally:
        lapack_eigh._rotation = original


def test_factorizations_reconstruct_their_input():
    torch.manual_seed(0)
    A = torch.randn(2, 4, 4, dtype=torch.float64)
    S = A @ A.mT + torch.eye(4, dtype=torch.float64)
    L = torch.linalg.cholesky(S)
    assert torch.allclose(L @ L.mT, S)
    assert torch.allclose(torch.linalg.cholesky(S, upper=True), L.mT)
    w, V = torch.linalg.eigh(S)
    assert torch.allclose((V * w.unsqueeze(-2)) @ V.mT, S)
    Q, R = torch.linalg.qr(A)
    assert torch.allclose(Q @ R, A)
    sign, logabsdet = torch.linalg.slogdet(A)
    assert torch.allclose(sign * logabsdet.exp(), torch.linalg.det(A))
    assert torch.allclose(torch.linalg.pinv(A), torch.linalg.inv(A))
    assert torch.linalg.matrix_rank(torch.ones(3, 3)).item() == 1


def test_dtypes_are_kept_and_float32_works():
    a = torch.randn(3, 2)
    U, S, Vh = torch.linalg.svd(a)
    assert (U.dtype, S.dtype, Vh.dtype) == (torch.float32,) * 3
    assert torch.linalg.matrix_rank(a).dtype is torch.int64
    assert torch.linalg.lstsq(a, torch.randn(3, 1)).rank.dtype is torch.int64


# Errors -------------------------------------------------------------------------------------

def test_cholesky_names_the_failing_minor_and_batch_element():
    with pytest.raises(torch.linalg.LinAlgError) as info:
        torch.linalg.cholesky(torch.tensor([[1.0, 2.0], [2.0, 1.0]]))
    assert str(info.value) == ("linalg.cholesky: The factorization could not be completed because the input is not "
                               "positive-definite (the leading minor of order 2 is not positive-definite).")
    assert type(info.value).__module__ == "torch._C" and type(info.value).__name__ == "_LinAlgError"
    assert isinstance(info.value, RuntimeError)
    batch = torch.stack([torch.eye(3), -torch.eye(3)])
    with pytest.raises(RuntimeError, match=r"\(Batch element 1\): .* order 1 is"):
        torch.linalg.cholesky(batch)


def test_what_the_engine_lacks_raises_the_missing_api_message():
    for name in ("householder_product",):
        with pytest.raises(AttributeError, match=f"torch.linalg.{name} exists in real PyTorch"):
            getattr(torch.linalg, name)
    with pytest.raises(AttributeError, match="torch.geqrf exists in real PyTorch"):
        torch.geqrf  # noqa: B018


@pytest.mark.parametrize("upper", [False, True])
def test_cholesky_solve_gradient(upper):
    eye = torch.eye(3, dtype=torch.float64)

    def fn(b, a):
        factor = torch.linalg.cholesky(a @ a.mT + eye, upper=upper)
        return torch.cholesky_solve(b, factor, upper=upper)
    check(fn, leaf(3, 2), leaf(3, 3, seed=1))


def test_logdet_is_a_where_over_slogdet():
    a = torch.tensor([[2.0, 1.0], [1.0, 2.0]], dtype=torch.float64, requires_grad=True)
    out = torch.logdet(a)
    assert type(out.grad_fn).__name__ == "WhereBackward0"
    check(lambda x: torch.logdet(x + 2 * torch.eye(3, dtype=torch.float64)), leaf(3, 3))
    assert torch.logdet(torch.tensor([[0.0, 1.0], [1.0, 0.0]])).isnan().item()


@pytest.mark.parametrize("call", [
    lambda: torch.linalg.inv_ex(torch.zeros(20, 20)),
    lambda: torch.linalg.solve_ex(torch.zeros(2, 2), torch.ones(1, 2), left=False),
    lambda: torch.linalg.cholesky_ex(torch.tensor([[1.0, 2.0], [2.0, float("nan")]])),
])
def test_ex_forms_refuse_to_invent_lapacks_partial_result(call):
    # PyTorch returns LAPACK's half-finished factor and a nonzero info here; where the engine's
    # reproduction of it was not measured (parity/lapack_potrf.py, lu_solve.solve_with_info)
    # it says so instead of printing numbers of its own.
    with pytest.raises(NotImplementedError, match="partial result.*--backend torch"):
        call()


def test_multi_dot_picks_the_cheapest_order():
    a, b, c = torch.randn(10, 100), torch.randn(100, 5), torch.randn(5, 50)
    got = torch.linalg.multi_dot([a, b, c])
    assert torch.equal(got, (a @ b) @ c)  # 10*100*5 + 10*5*50 multiplications against 100*5*50 + 10*100*50
    a, b, c = torch.randn(50, 5), torch.randn(5, 100), torch.randn(100, 10)
    assert torch.equal(torch.linalg.multi_dot([a, b, c]), a @ (b @ c))


def test_multi_dot_ties_follow_pytorchs_rules():
    # equal costs: three matrices go (AB)C, four or more A(B(CD)) (checked on the oracle's bits)
    torch.manual_seed(1)
    A, B, C, D = (torch.randn(3, 3) for _ in range(4))
    assert not torch.equal((A @ B) @ C, A @ (B @ C))  # (so the orders can be told apart)
    assert torch.equal(torch.linalg.multi_dot([A, B, C]), (A @ B) @ C)
    assert torch.equal(torch.linalg.multi_dot([A, B, C, D]), A @ (B @ (C @ D)))


# linalg.eig of a general matrix --------------------------------------------------------------
def test_eig_gradient_of_eigenvalues_matches_finite_differences_and_is_real_for_real_input():
    shift = torch.diag(torch.tensor([0.0, 2.0, 4.0], dtype=torch.float64))
    check(lambda a: torch.view_as_real(torch.linalg.eigvals(a + shift)), leaf(3, 3, seed=3))
    a = leaf(3, 3, seed=4)
    vals = torch.linalg.eigvals(a + shift)
    assert type(vals.grad_fn).__name__ == "LinalgEigBackward0"  # eigvals with a gradient runs eig
    vals.real.sum().backward()
    assert a.grad.dtype == torch.float64
    np.testing.assert_allclose(a.grad.numpy(), np.eye(3), atol=1e-12)  # d trace / dA


def test_eig_gradient_of_a_complex_spectrum_matches_finite_differences():
    rotation = torch.tensor([[0.0, -2.0, 0.0], [2.0, 0.0, 0.0], [0.0, 0.0, 1.0]], dtype=torch.float64)
    check(lambda a: torch.view_as_real(torch.linalg.eigvals(rotation + 0.1 * a)), leaf(3, 3, seed=5))


def test_eig_gradient_refuses_a_loss_that_depends_on_the_eigenvectors_phase():
    a = leaf(2, 2, seed=6)
    _, V = torch.linalg.eig(a + torch.diag(torch.tensor([0.0, 3.0], dtype=torch.float64)))
    with pytest.raises(RuntimeError, match=r"linalg_eig_backward: The eigenvectors in the complex case are "
                                           r"specified up to multiplication by e\^\{i phi\}"):
        V[0, 0].imag.backward()


@pytest.mark.parametrize("seed", range(6))
def test_ldl_solve_inverts_ldl_factor_of_symmetric_indefinite_matrices(seed):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((5, 5))
    a = a + a.T
    a[seed % 5, seed % 5] = 0.0  # a zero diagonal entry forces a 2x2 block or an interchange
    A = torch.tensor(a, dtype=torch.float64)  # noqa: N806
    LD, pivots = torch.linalg.ldl_factor(A)  # noqa: N806
    assert torch.equal(LD, LD.tril()) and pivots.dtype == torch.int32
    negative = (pivots < 0).nonzero().flatten().tolist()
    assert len(negative) % 2 == 0 and all(pivots[i] == pivots[i + 1] for i in negative[::2])
    b = torch.tensor(rng.standard_normal((5, 2)))
    x = torch.linalg.ldl_solve(LD, pivots, b)
    assert np.allclose(a @ x.numpy(), b.numpy(), atol=1e-10)
