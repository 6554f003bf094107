import torch
from torch import optim

w = torch.tensor([3.0], requires_grad=True)
opt = optim.SGD([w], lr=0.25)


def closure():
    opt.zero_grad()
    loss = (w - 1) ** 2
    loss.backward()
    return loss


for _ in range(3):
    print(opt.step(closure), w)
