# Lecture: gradient clipping by value and by norm, and what clip_grad_norm_ returns.
import torch
import torch.nn as nn

torch.manual_seed(4)
net = nn.Sequential(nn.Linear(3, 3), nn.ReLU(), nn.Linear(3, 1))
x = torch.randn(10, 3) * 10
loss = net(x).pow(2).mean()
loss.backward()
grads = [p.grad.clone() for p in net.parameters()]
total = torch.norm(torch.stack([g.norm() for g in grads]))
print("loss", loss.item(), "total grad norm", total.item())
returned = nn.utils.clip_grad_norm_(net.parameters(), max_norm=1.0)
print("returned", returned)
print("after norm clip", torch.norm(torch.stack([p.grad.norm() for p in net.parameters()])).item())
for p, g in zip(net.parameters(), grads):
    p.grad.copy_(g)
nn.utils.clip_grad_value_(net.parameters(), clip_value=0.5)
print(net[0].weight.grad)
print(net[2].bias.grad)
for p, g in zip(net.parameters(), grads):
    p.grad.copy_(g)
print(nn.utils.clip_grad_norm_(net.parameters(), max_norm=2.0, norm_type=float("inf")))
print(net[2].weight.grad)
