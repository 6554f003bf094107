# Quiz 58: gradient through max with ties
import torch

x = torch.tensor([2.0, 5.0, 5.0], requires_grad=True)
x.max().backward()
print(x.grad)
x.grad = None
x.max(dim=0).values.backward()
print(x.grad)
x.grad = None
x.amax().backward()
print(x.grad)
x.grad = None
torch.relu(x - 5).sum().backward()
print(x.grad)
