import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x * 3
y.retain_grad()
z = (y ** 2).sum()
print(x.retains_grad, y.retains_grad)
z.backward()
print(y.grad)
print(x.grad)
print(y.is_leaf)
