import torch

x = torch.tensor([1., 2.], requires_grad=True)
w = torch.tensor([3., 4.])
y = (x * w).sum()
w.mul_(2)
try:
    y.backward()
except RuntimeError as e:
    print(e)
a = x.clone()
b = (a ** 2).sum()
a.mul_(2)
b.backward()
