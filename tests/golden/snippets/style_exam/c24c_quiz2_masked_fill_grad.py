# Quiz B35: gradient through masked_fill
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
m = torch.tensor([False, True, False])
y = x.masked_fill(m, 0.0) * 5
y.sum().backward()
print(y, x.grad)
x.grad = None
torch.softmax(x.masked_fill(m, float("-inf")), 0).max().backward()
print(x.grad.round(decimals=4))
