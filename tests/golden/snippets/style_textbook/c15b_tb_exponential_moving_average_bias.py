# Leaky averages: the exponentially weighted average of gradients and its bias at the start.
import torch

torch.manual_seed(46)
g = torch.randn(30) + 2.0
beta = 0.9
v = torch.tensor(0.0)
history = []
for t, gt in enumerate(g, start=1):
    v = beta * v + (1 - beta) * gt
    history.append((v.item(), (v / (1 - beta ** t)).item()))
print([round(a, 4) for a, _ in history[:5]])
print([round(b, 4) for _, b in history[:5]])
print(g.mean(), history[-1])
weights = (1 - beta) * beta ** torch.arange(29, -1, -1.0)
print(torch.dot(weights, g), weights.sum())
