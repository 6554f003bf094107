# Quiz 19: gradient flows only to the max element
import torch

x = torch.tensor([1.0, 5.0, 3.0, 5.0], requires_grad=True)
m = x.max()
m.backward()
print(m, x.grad)
x.grad = None
values, idx = x.max(dim=0)
values.backward()
print(values, idx, x.grad)
