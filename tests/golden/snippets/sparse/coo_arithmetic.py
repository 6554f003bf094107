# The arithmetic learners do on COO tensors, and what stays refused
import torch

a = torch.sparse_coo_tensor([[2, 0]], [1.0, 2.0], (4,)).coalesce()
b = torch.sparse_coo_tensor([[3, 0, 3]], [10.0, 20.0, 30.0], (4,))
print(a + b)
print(b + a, (a + b).is_coalesced())
print(a + b.coalesce(), (a + b.coalesce()).is_coalesced())
print(torch.add(a, b, alpha=2))
print(a * 3, 0.5 * b, b / 4, -a)
m = torch.tensor([[1.0, 0.0, 2.0], [0.0, 0.0, 3.0]]).to_sparse()
print(m, m.t(), m.t().is_coalesced())
print(torch.sparse.sum(m), torch.sparse.sum(m, 0), m.sum(dim=1), m.sum())
d = torch.ones(2, 3)
print(d + m, torch.add(d, m, alpha=-2), d - m)
for call in (lambda: m + 1, lambda: m + d, lambda: torch.add(m, d)):
    try:
        call()
    except RuntimeError as e:
        print(e)
print(torch.tensor(5.0).to_sparse(), torch.zeros(2, 2).to_sparse())
print(torch.tensor([[1.0, 0.0], [0.0, 0.0]]).to_sparse(1))
