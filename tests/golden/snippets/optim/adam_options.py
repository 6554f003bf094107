import torch
from torch import optim

w = torch.tensor([1.0, -2.0, 0.5], requires_grad=True)
opt = optim.Adam([w], lr=0.1, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1, amsgrad=True)
print(opt)
for step in range(6):
    opt.zero_grad()
    (w ** 4).sum().backward()
    opt.step()
    print(step, w)
print(sorted(opt.state[w].keys()), opt.state[w]["step"])
