# derivative of the Euclidean norm at the origin (subgradient 0), and of sqrt at 0
import torch
v = torch.zeros(3, requires_grad=True)
v.norm().backward()
print(v.grad)
w = torch.zeros(3, requires_grad=True)
torch.sqrt((w ** 2).sum()).backward()
print(w.grad)
u = torch.zeros(3, requires_grad=True)
torch.sqrt((u ** 2).sum() + 1e-12).backward()
print(u.grad)
print(torch.linalg.vector_norm(torch.tensor([3.0, 4.0]), ord=1), torch.linalg.vector_norm(torch.tensor([3.0, 4.0]), ord=float("inf")))
