# n-step TD targets with bootstrapping from a value estimate
import torch

rewards = torch.tensor([1.0, 0.0, 2.0, 0.0, 1.0])
values = torch.tensor([0.5, 0.4, 0.9, 0.3, 0.2, 0.0])
gamma, n = 0.9, 2
targets = []
for t in range(5):
    G = 0.0
    for k in range(n):
        if t + k < 5:
            G += gamma ** k * rewards[t + k]
    if t + n < 6:
        G += gamma ** n * values[t + n]
    targets.append(G)
targets = torch.stack([torch.as_tensor(g) for g in targets])
print(targets)
print(targets - values[:5])
