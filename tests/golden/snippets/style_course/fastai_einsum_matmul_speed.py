# fast.ai "matmul from the foundations": matmul with loops, with broadcasting and with einsum agree.
import torch

torch.manual_seed(0)
m1 = torch.randn(5, 4)
m2 = torch.randn(4, 3)

def matmul_loops(a, b):
    ar, ac = a.shape
    br, bc = b.shape
    assert ac == br
    c = torch.zeros(ar, bc)
    for i in range(ar):
        for j in range(bc):
            c[i, j] = (a[i, :] * b[:, j]).sum()
    return c

def matmul_bcast(a, b):
    ar, ac = a.shape
    c = torch.zeros(ar, b.shape[1])
    for i in range(ar):
        c[i] = (a[i].unsqueeze(-1) * b).sum(dim=0)
    return c

def matmul_einsum(a, b):
    return torch.einsum('ik,kj->ij', a, b)

t1 = matmul_loops(m1, m2)
print(t1.shape)

def near(a, b):
    return torch.allclose(a, b, rtol=1e-3, atol=1e-5)

print(near(t1, matmul_bcast(m1, m2)), near(t1, matmul_einsum(m1, m2)), near(t1, m1 @ m2))
print(near(t1, m1.matmul(m2)))
print(t1[0])
