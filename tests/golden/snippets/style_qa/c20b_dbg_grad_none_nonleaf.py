# why is my .grad None?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
z = (y ** 2).sum()
z.backward()
print(x.grad)
print(y.grad)
y2 = (x * 3)
y2.retain_grad()
(y2 ** 2).sum().backward()
print(y2.grad, x.grad)
