import torch
from torch import nn

# Hypernetwork output split into the weights of a two-layer target network
torch.manual_seed(31)
sizes = {"w1": (4, 2), "b1": (4,), "w2": (1, 4), "b2": (1,)}
total = sum(torch.Size(s).numel() for s in sizes.values())
print(total)
hyper = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, total))
code = torch.randn(3)
flat = hyper(code)
chunks = torch.split(flat, [torch.Size(s).numel() for s in sizes.values()])
weights = {k: c.view(s) for (k, s), c in zip(sizes.items(), chunks)}
print({k: tuple(v.shape) for k, v in weights.items()})
x = torch.randn(5, 2)
y = torch.relu(x @ weights["w1"].T + weights["b1"]) @ weights["w2"].T + weights["b2"]
y.mean().backward()
print(y.shape, [tuple(p.grad.shape) for p in hyper.parameters()])
print(chunks[0].grad_fn.name(), weights["w1"].grad_fn.name())
