import torch
from torch import optim

w = torch.tensor([0.5, -1.5], requires_grad=True)
opt = optim.SGD([w], lr=0.2, momentum=0.8, nesterov=True)
for _ in range(4):
    opt.zero_grad()
    ((w - 1.0) ** 2).sum().backward()
    opt.step()
    print(w)
v = torch.tensor([2.0], requires_grad=True)
up = optim.SGD([v], lr=0.1, maximize=True)
for _ in range(3):
    up.zero_grad()
    (-(v - 3.0) ** 2).sum().backward()
    up.step()
print(v)
