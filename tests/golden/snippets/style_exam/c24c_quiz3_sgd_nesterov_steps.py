# Quiz C13: three steps of SGD with Nesterov momentum by hand
import torch

p = torch.nn.Parameter(torch.tensor([1.0]))
opt = torch.optim.SGD([p], lr=0.1, momentum=0.5, nesterov=True)
for _ in range(3):
    opt.zero_grad()
    (p * p).sum().backward()
    opt.step()
    print(p.item(), opt.state[p]["momentum_buffer"].item())
try:
    torch.optim.SGD([p], lr=0.1, nesterov=True)
except ValueError as e:
    print("ValueError:", e)
