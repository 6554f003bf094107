import torch

a = torch.tensor([1., 2., 3.], requires_grad=True)
b = torch.tensor([4., -1., 2.])
A = torch.arange(6.).reshape(2, 3).requires_grad_()
B = torch.arange(12.).reshape(3, 4) - 5
C = torch.arange(24.).reshape(2, 3, 4)
D = torch.ones(2, 4, 5)
for eq, ops in [("i,i->", (a, b)), ("i,j->ij", (a, b)), ("ij,jk->ik", (A, B)), ("ij->ji", (A,)), ("ij->j", (A,)),
                ("bij,bjk->bik", (C, D)), ("ij,j->i", (A, b)), ("ij,ij->i", (A, A)), ("i,ij,jk->k", (torch.ones(2), A, B))]:
    r = torch.einsum(eq, *ops)
    print(eq, r.shape, type(r.grad_fn).__name__ if r.grad_fn else None, r.flatten()[:6].tolist())
    if r.requires_grad:
        (g,) = torch.autograd.grad(r.sum(), [t for t in ops if t.requires_grad][0])
        print("  grad", g)
print(torch.einsum("ij,jk", [A, B]).shape)
try:
    torch.einsum("ij,jk->ik", A)
except RuntimeError as e:
    print("RuntimeError:", e)
