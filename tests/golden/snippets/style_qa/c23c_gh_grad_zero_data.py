# Issue: "p.grad.data.zero_() vs p.grad = None" and what optimizers see afterwards.
import torch

p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.SGD([p], lr=1.0, momentum=0.9)
(p * 3).sum().backward()
opt.step()
p.grad.data.zero_()
opt.step()
print(p.data, opt.state[p]["momentum_buffer"])
p.grad = None
opt.step()
print(p.data)
