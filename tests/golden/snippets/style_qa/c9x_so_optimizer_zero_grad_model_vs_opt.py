# Q: model.zero_grad() vs optimizer.zero_grad(), set_to_none=False and which parameters each clears.
import torch
from torch import nn

torch.manual_seed(0)
enc, head = nn.Linear(3, 3), nn.Linear(3, 1)
opt = torch.optim.SGD(head.parameters(), lr=0.1)
x = torch.randn(4, 3)
head(enc(x)).sum().backward()
print(enc.weight.grad is None, head.weight.grad is None)
opt.zero_grad()
print(enc.weight.grad is None, head.weight.grad)
head(enc(x)).sum().backward()
enc.zero_grad(set_to_none=False)
print(enc.weight.grad, enc.bias.grad)
model = nn.Sequential(enc, head)
model.zero_grad()
print(enc.weight.grad, head.bias.grad)
for p in model.parameters():
    p.grad = torch.ones_like(p)
opt.zero_grad(set_to_none=False)
print(head.bias.grad, enc.bias.grad)
