import torch
A = torch.sparse_coo_tensor(torch.tensor([[0, 1, 1, 2], [1, 0, 2, 1]]), torch.ones(4), (3, 3))
B = torch.sparse_coo_tensor(torch.tensor([[0, 2], [2, 0]]), torch.tensor([2., 3.]), (3, 3))
C = torch.sparse_coo_tensor(torch.tensor([[0, 1], [1, 0]]), torch.ones(2), (2, 3))
N = torch.sparse_coo_tensor(torch.tensor([[0, 0, 1], [0, 1, 1]]), torch.tensor([1.0, -1.0, 1.0]), (2, 2))
for f in (lambda: torch.sparse.mm(A, A), lambda: torch.mm(A, B), lambda: A @ B, lambda: torch.sparse.mm(A, B).is_coalesced(), lambda: torch.sparse.mm(A, B.double()), lambda: torch.sparse.mm(C, C), lambda: torch.sparse.mm(N, N), lambda: torch.sparse.mm(N, N.t())):
  try: print(f())
  except Exception as e: print(type(e).__name__, str(e)[:200])
