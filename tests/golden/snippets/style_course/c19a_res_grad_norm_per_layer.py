# logging gradient norms per layer the way training scripts do
import torch
import torch.nn as nn
torch.manual_seed(43)
net = nn.Sequential(nn.Linear(5, 5), nn.GELU(), nn.Linear(5, 5), nn.GELU(), nn.Linear(5, 1))
net(torch.randn(16, 5)).mean().backward()
for name, p in net.named_parameters():
    print(f"{name:10s} {p.grad.norm().item():.6f}")
norms = [p.grad.detach().norm(2) for p in net.parameters()]
print(torch.stack(norms).norm(2))
print(torch.nn.utils.get_total_norm([p.grad for p in net.parameters()]))
