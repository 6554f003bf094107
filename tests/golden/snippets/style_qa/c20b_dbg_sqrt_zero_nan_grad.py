# NaN gradient from sqrt at zero in a distance loss
import torch

a = torch.tensor([[1.0, 2.0]], requires_grad=True)
b = torch.tensor([[1.0, 2.0]])
d = ((a - b) ** 2).sum(1).sqrt()
d.sum().backward()
print(d, a.grad)
a.grad = None
d = ((a - b) ** 2).sum(1).add(1e-8).sqrt()
d.sum().backward()
print(a.grad)
a.grad = None
torch.norm(a - b, dim=1).sum().backward()
print(a.grad)
