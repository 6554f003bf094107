# A broadcast input receives the sum of the gradients of its copies.
import torch

b = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
X = torch.arange(6.0).view(2, 3)
(X + b).pow(2).sum().backward()
print(b.grad)
c = torch.tensor([[0.5], [2.0]], requires_grad=True)
(c.expand(2, 4) * torch.arange(8.0).view(2, 4)).sum().backward()
print(c.grad)
s = torch.tensor(3.0, requires_grad=True)
(s * torch.ones(5)).sum().backward()
print(s.grad)
