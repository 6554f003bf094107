# SGD with momentum and weight decay by hand vs torch.optim.SGD
import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9, weight_decay=0.01)
mine = torch.tensor([1.0, -2.0])
buf = None
for step in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    g = 2 * mine + 0.01 * mine
    buf = g if buf is None else 0.9 * buf + g
    mine = mine - 0.1 * buf
    print(step, w.detach(), mine)
