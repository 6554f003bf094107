# Lecture: zero_grad(set_to_none=True) vs False.
import torch

w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.SGD([w], lr=0.1)
(w * 3).sum().backward()
print(w.grad)
opt.zero_grad(set_to_none=False)
print(w.grad)
opt.zero_grad()
print(w.grad)
(w * 3).sum().backward()
opt.step()
print(w)
opt.zero_grad()
opt.step()
print(w)
print(opt.state)
