# A dense tensor asked for its sparse parts: PyTorch's answers
import torch

x = torch.ones(2, 3)
print(x.layout, x.is_sparse, x.sparse_dim(), x.dense_dim(), x.to_dense() is x)
for name in ("coalesce", "indices", "values", "_indices", "_values", "is_coalesced", "_nnz"):
    try:
        getattr(x, name)()
    except (RuntimeError, NotImplementedError) as err:
        print(name, type(err).__name__, str(err).splitlines()[0][:120], len(str(err)))
print(torch.sparse_coo, torch.sparse_coo == torch.strided, torch.sparse.mm(x, torch.ones(3, 1)))
