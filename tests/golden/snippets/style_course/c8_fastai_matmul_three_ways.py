# Matrix multiplication from the foundations: triple loop, elementwise row ops, broadcasting, einsum.
import torch

torch.manual_seed(1)
m1 = torch.randn(5, 784)[:, :6]
m2 = torch.randn(6, 4)

def matmul_loops(a, b):
    ar, ac = a.shape
    br, bc = b.shape
    c = torch.zeros(ar, bc)
    for i in range(ar):
        for j in range(bc):
            for k in range(ac):
                c[i, j] += a[i, k] * b[k, j]
    return c

def matmul_rows(a, b):
    ar, ac = a.shape
    c = torch.zeros(ar, b.shape[1])
    for i in range(ar):
        for j in range(b.shape[1]):
            c[i, j] = (a[i, :] * b[:, j]).sum()
    return c

def matmul_bcast(a, b):
    c = torch.zeros(a.shape[0], b.shape[1])
    for i in range(a.shape[0]):
        c[i] = (a[i].unsqueeze(-1) * b).sum(dim=0)
    return c

t1 = matmul_loops(m1, m2)
t2 = matmul_rows(m1, m2)
t3 = matmul_bcast(m1, m2)
t4 = torch.einsum('ik,kj->ij', m1, m2)
print(t1.shape)
print(torch.allclose(t1, m1 @ m2, atol=1e-5), torch.allclose(t2, t3), torch.allclose(t4, m1 @ m2))
print((t1 - t2).abs().max() < 1e-5)
print(m1[0].unsqueeze(-1).shape, m2[None].shape, m2[:, None].shape)
c = torch.tensor([10., 20, 30])
m = torch.tensor([[1., 2, 3], [4, 5, 6], [7, 8, 9]])
print(m + c)
print(c.expand_as(m))
print(c.unsqueeze(1) + m)
print(c[None, :] * c[:, None])
