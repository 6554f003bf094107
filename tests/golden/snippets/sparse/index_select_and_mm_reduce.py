import torch

S = torch.sparse_coo_tensor(torch.tensor([[0, 1, 1, 2, 3], [1, 0, 3, 3, 2]]), torch.tensor([1., 2., 3., 4., 5.]),
                            (4, 4))
for pick in (lambda: S.index_select(0, torch.tensor([3, 1, 3])), lambda: S.coalesce().index_select(1, torch.tensor([3, 0])),
             lambda: torch.index_select(S, 0, torch.tensor([-1])), lambda: S.index_select(0, torch.tensor([5])),
             lambda: S.index_select(0, torch.tensor([1.0]))):
    try:
        r = pick()
        print(r._indices().tolist(), r._values().tolist(), r.is_coalesced(), r.shape)
    except IndexError as e:
        print("IndexError:", e)
A = torch.tensor([[0.0, 2.0, 1.0], [1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]).to_sparse_csr()
X = torch.tensor([[1.0, 2.0], [3.0, -4.0], [5.0, 6.0]])
for reduce in ("mean", "amax", "amin", "prod"):
    try:
        print(reduce, torch.sparse.mm(A, X, reduce))
    except RuntimeError as e:
        print("RuntimeError:", e)
