# Lecture: clipping each gradient element vs clipping the norm.
import torch
import torch.nn as nn

torch.manual_seed(4)
net = nn.Linear(4, 2)
x = torch.randn(8, 4) * 10
loss = net(x).pow(2).mean()
loss.backward()
print(net.weight.grad)
saved = [p.grad.clone() for p in net.parameters()]
nn.utils.clip_grad_value_(net.parameters(), clip_value=1.0)
print(net.weight.grad)
print(net.bias.grad)
for p, g in zip(net.parameters(), saved):
    p.grad = g.clone()
total = nn.utils.clip_grad_norm_(net.parameters(), max_norm=1.0)
print(total)
print(net.weight.grad)
print(torch.cat([p.grad.flatten() for p in net.parameters()]).norm())
