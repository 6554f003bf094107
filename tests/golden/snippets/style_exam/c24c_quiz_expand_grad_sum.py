# Quiz 25: broadcasting sums gradients back
import torch

b = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
m = torch.ones(4, 3)
(m * b).sum().backward()
print(b.grad)
c = torch.tensor([[2.0]], requires_grad=True)
(m + c).pow(2).sum().backward()
print(c.grad, c.grad.shape)
