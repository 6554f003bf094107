# Q: AttributeError 'NoneType' object has no attribute 'norm' after zero_grad
import torch

w = torch.nn.Parameter(torch.ones(2))
opt = torch.optim.SGD([w], lr=0.1)
(w * 3).sum().backward()
print(w.grad.norm())
opt.zero_grad()
print(w.grad)
try:
    print(w.grad.norm())
except AttributeError as err:
    print("AttributeError:", err)
opt.zero_grad(set_to_none=False)
