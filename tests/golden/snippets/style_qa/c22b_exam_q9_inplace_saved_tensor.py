import torch

# Q9. Why does backward fail here?
a = torch.tensor([0.5, 1.5], requires_grad=True)
b = a.sigmoid()
c = b * 2
b.add_(1)
try:
    c.sum().backward()
    print("ok", a.grad)
except RuntimeError as e:
    print("ok?", False)
d = a.exp()
e = d.sum()
d.mul_(3)
try:
    e.backward()
except RuntimeError as err:
    print(str(err)[:60])
