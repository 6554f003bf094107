# optimizer.zero_grad() sets grads to None by default; set_to_none=False keeps zeros.
import torch

p = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.SGD([p], lr=0.1)
(p ** 2).sum().backward()
print(p.grad)
opt.zero_grad()
print(p.grad)
(p ** 2).sum().backward()
opt.zero_grad(set_to_none=False)
print(p.grad)
m = torch.nn.Linear(1, 1)
m(torch.ones(1, 1)).sum().backward()
m.zero_grad()
print(m.weight.grad)
