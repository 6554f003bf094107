# Q: "'NoneType' object has no attribute 'zero_'" - .grad is None before the first backward; safe zeroing.
import torch
import torch.nn as nn

w = torch.ones(2, requires_grad=True)
print(w.grad)
try:
    w.grad.zero_()
except AttributeError as e:
    print('AttributeError', e)
(w * 3).sum().backward()
print(w.grad)
w.grad.zero_()
print(w.grad)
if w.grad is not None:
    w.grad.detach_()
    w.grad.zero_()
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad()
print([p.grad for p in model.parameters()])
model(torch.ones(1, 2)).sum().backward()
print([p.grad for p in model.parameters()])
opt.zero_grad(set_to_none=False)
print([p.grad for p in model.parameters()])
model.zero_grad()
print([p.grad for p in model.parameters()])
