# fast.ai from-scratch: matmul with three loops, with an elementwise row, with broadcasting, with einsum.
import torch

torch.manual_seed(0)
m1 = torch.randn(5, 4)
m2 = torch.randn(4, 3)

def matmul_loops(a, b):
    ar, ac = a.shape
    br, bc = b.shape
    c = torch.zeros(ar, bc)
    for i in range(ar):
        for j in range(bc):
            for k in range(ac):
                c[i, j] += a[i, k] * b[k, j]
    return c

def matmul_row(a, b):
    c = torch.zeros(a.shape[0], b.shape[1])
    for i in range(a.shape[0]):
        for j in range(b.shape[1]):
            c[i, j] = (a[i, :] * b[:, j]).sum()
    return c

def matmul_bcast(a, b):
    c = torch.zeros(a.shape[0], b.shape[1])
    for i in range(a.shape[0]):
        c[i] = (a[i].unsqueeze(-1) * b).sum(dim=0)
    return c

def matmul_einsum(a, b):
    return torch.einsum('ik,kj->ij', a, b)

ref = m1 @ m2
for f in (matmul_loops, matmul_row, matmul_bcast, matmul_einsum):
    r = f(m1, m2)
    print(f'{f.__name__:14s}', torch.allclose(r, ref, atol=1e-5), r.shape)
c = torch.tensor([10., 20, 30])
m = torch.tensor([[1., 2, 3], [4, 5, 6], [7, 8, 9]])
print(m + c)
print(m + c[:, None])
print(c.expand_as(m))
t = c.expand_as(m)
print(t.stride(), t.storage_offset(), c[None, :].shape, c[..., None].shape)
print(c[:, None] * c[None, :])
