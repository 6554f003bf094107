# Quiz D6: sort with ties -- where do gradients go?
import torch

x = torch.tensor([2.0, 1.0, 2.0], requires_grad=True)
v, i = x.sort(stable=True)
(v * torch.tensor([1.0, 10.0, 100.0])).sum().backward()
print(i, x.grad)
x.grad = None
torch.kthvalue(x, 2).values.backward()
print(x.grad)
x.grad = None
x.mode().values.backward()
print(x.grad)
