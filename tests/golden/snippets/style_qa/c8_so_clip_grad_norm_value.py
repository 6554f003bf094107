# Q: what does clip_grad_norm_ return, and how does it differ from clip_grad_value_?
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
x = torch.randn(5, 3) * 10
loss = model(x).pow(2).sum()
loss.backward()
norms = [p.grad.norm() for p in model.parameters()]
print(norms)
total = torch.norm(torch.stack(norms))
print(total)
ret = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(ret, type(ret).__name__)
print(torch.norm(torch.stack([p.grad.norm() for p in model.parameters()])))
model.zero_grad()
model(x).pow(2).sum().backward()
nn.utils.clip_grad_value_(model.parameters(), clip_value=0.5)
print(model.weight.grad)
print(model.bias.grad)
model.zero_grad()
model(x).pow(2).sum().backward()
print(nn.utils.clip_grad_norm_(model.parameters(), 1e6, norm_type='inf'))
