# Autograder prints each parameter's gradient norm next to the reference
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
x, y = torch.randn(5, 3), torch.tensor([0, 1, 0, 1, 1])
nn.functional.cross_entropy(net(x), y).backward()
reference = {"0.weight": 0.5, "0.bias": 0.2, "2.weight": 0.5, "2.bias": 0.2}
for name, p in net.named_parameters():
    norm = p.grad.norm().item()
    print(f"{name:<10}{norm:>10.6f}  {'<' if norm < reference[name] else '>='} {reference[name]}")
