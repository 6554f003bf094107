# Q: zero_grad(set_to_none=False) vs the default — does optimizer.step treat them differently?
import torch

w = torch.nn.Parameter(torch.tensor([1.0, 1.0]))
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9, weight_decay=0.1)
(w ** 2).sum().backward()
opt.step()
opt.zero_grad(set_to_none=False)
print(w.grad, w)
opt.step()
print(w)
opt.zero_grad()
print(w.grad)
opt.step()
print(w, opt.state[w]['momentum_buffer'])
