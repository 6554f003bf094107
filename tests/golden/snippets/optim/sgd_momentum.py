import torch
from torch import optim

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
opt = optim.SGD([w], lr=0.1, momentum=0.9, dampening=0.1, weight_decay=0.01)
for step in range(5):
    opt.zero_grad()
    loss = (w ** 2).sum() + w[0] * w[1]
    loss.backward()
    opt.step()
    print(step, w)
print(opt.state[w]["momentum_buffer"])
