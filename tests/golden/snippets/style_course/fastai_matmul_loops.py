# Matrix multiply with Python loops, then with broadcasting, then with einsum.
import torch

torch.manual_seed(0)
a = torch.randn(3, 4)
b = torch.randn(4, 2)
def matmul_loops(a, b):
    ar, ac = a.shape
    br, bc = b.shape
    assert ac == br
    c = torch.zeros(ar, bc)
    for i in range(ar):
        for j in range(bc):
            for k in range(ac):
                c[i, j] += a[i, k] * b[k, j]
    return c
def matmul_bcast(a, b):
    c = torch.zeros(a.shape[0], b.shape[1])
    for i in range(a.shape[0]):
        c[i] = (a[i].unsqueeze(-1) * b).sum(dim=0)
    return c
c1 = matmul_loops(a, b)
c2 = matmul_bcast(a, b)
c3 = torch.einsum('ik,kj->ij', a, b)
print(torch.allclose(c1, a @ b), torch.allclose(c2, a @ b, atol=1e-6), torch.allclose(c3, a @ b))
print(a[0].unsqueeze(-1).shape, a[None].shape, a[:, None].shape, a[..., None].shape)
print(c1.round(decimals=3))
