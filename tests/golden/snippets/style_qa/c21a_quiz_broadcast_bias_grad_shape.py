# Quiz: the bias was broadcast over 4 rows. What shape and value is its gradient?
import torch

X = torch.ones(4, 3)
b = torch.tensor([0.0, 1.0, 2.0], requires_grad=True)
c = torch.zeros(4, 1, requires_grad=True)
out = (X + b + c).sum()
out.backward()
print(b.grad, b.grad.shape)
print(c.grad.shape, c.grad.flatten())
