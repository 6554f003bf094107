"""Sparse CSR matrices: their parts agree with the dense matrix, what the engine lacks says so."""
import pytest

import autograd_tui.engine as torch

DENSE = [[0.0, 1.5, 0.0], [0.0, 0.0, 0.0], [2.0, 0.0, -3.0]]


def test_the_parts_rebuild_the_dense_matrix_and_its_products():
    dense = torch.tensor(DENSE)
    with pytest.warns(UserWarning, match="Sparse CSR tensor support is in beta state"):
        csr = dense.to_sparse_csr()
    assert csr.crow_indices().tolist() == [0, 1, 1, 3]
    assert csr.col_indices().tolist() == [1, 0, 2]
    assert csr.values().tolist() == [1.5, 2.0, -3.0]
    assert torch.equal(csr.to_dense(), dense)
    assert torch.equal(csr.to_sparse().to_dense(), dense)
    vector = torch.tensor([1.0, 2.0, 4.0])
    assert torch.equal(csr @ vector, dense @ vector)
    assert torch.equal(torch.mm(csr, torch.eye(3)), dense)
    assert csr.layout is torch.sparse_csr and csr.is_sparse_csr and not csr.is_sparse


@pytest.mark.filterwarnings("ignore:Sparse CSR tensor support is in beta state")
def test_what_the_engine_lacks_on_a_csr_tensor_points_to_real_pytorch():
    csr = torch.sparse_csr_tensor(torch.tensor([0, 1, 2]), torch.tensor([1, 0]), torch.tensor([3.0, 4.0]), (2, 2),
                                  check_invariants=False)
    for attempt in (lambda: csr.sum(), lambda: csr + csr, lambda: csr[0], lambda: torch.add(torch.ones(2, 2), csr)):
        with pytest.raises(NotImplementedError, match="run with --backend torch"):
            attempt()
    with pytest.raises(RuntimeError, match=r"mat1 and mat2 shapes cannot be multiplied \(2x2 and 3x1\)"):
        csr @ torch.ones(3, 1)
