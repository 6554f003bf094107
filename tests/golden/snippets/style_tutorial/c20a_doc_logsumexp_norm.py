# torch.logsumexp, torch.norm and linalg.vector_norm
import torch

torch.manual_seed(0)
a = torch.randn(3, 3)
print(torch.logsumexp(a, 1))
print(torch.logsumexp(a, dim=0, keepdim=True))
b = torch.arange(9, dtype=torch.float) - 4
c = b.reshape((3, 3))
print(torch.norm(b))
print(torch.norm(c))
print(torch.norm(b, float('inf')))
print(torch.norm(c, dim=0))
print(torch.norm(c, p=1, dim=1))
print(torch.linalg.vector_norm(c, ord=3.5))
