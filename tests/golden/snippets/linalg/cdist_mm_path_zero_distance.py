# cdist over more than 25 rows takes the matrix-product form: a point's distance to itself prints 0.
import torch

g = torch.Generator().manual_seed(2147483647)
C = torch.randn((27, 2), generator=g, requires_grad=True)
d = torch.cdist(C, C)
print(d.diagonal()[:6], d.grad_fn)
print(d[1, :4])
d.sum().backward()
print(C.grad[:3])
X = torch.randn(30, 3, generator=g)
print(torch.cdist(X, X).diagonal().sum(), torch.cdist(X, X, compute_mode='donot_use_mm_for_euclid_dist').diagonal().sum())
