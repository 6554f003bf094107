import torch

# Exam B2-20. Rewrite each einsum with ordinary operations.
a = torch.arange(6.0).view(2, 3)
b = torch.arange(12.0).view(3, 4)
print(torch.einsum("ij,jk->ik", a, b).equal(a @ b))
print(torch.einsum("ij->ji", a).equal(a.T))
print(torch.einsum("ij->", a), torch.einsum("ii->i", torch.eye(3) * 2))
print(torch.einsum("i,j->ij", torch.tensor([1.0, 2.0]), torch.tensor([3.0, 4.0, 5.0])))
try:
    torch.einsum("ij,jk->ik", a, a)
except RuntimeError as e:
    print(e)
