# Gradients of norms at the origin and at ties.
import torch
import torch.nn.functional as F

z = torch.zeros(3, requires_grad=True)
torch.linalg.vector_norm(z).backward()
print(z.grad)
for order in (1, float('inf')):
    t = torch.tensor([2.0, -2.0, 1.0], requires_grad=True)
    torch.linalg.vector_norm(t, ord=order).backward()
    print(order, t.grad)
u = torch.zeros(2, 2, requires_grad=True)
F.normalize(u, dim=1).sum().backward()
print(F.normalize(u.detach(), dim=1), u.grad)
