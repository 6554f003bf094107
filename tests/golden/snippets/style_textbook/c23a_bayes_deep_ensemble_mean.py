# A deep ensemble: seeded members, average their softmax outputs
import torch
import torch.nn as nn

members = []
for seed in range(3):
    torch.manual_seed(seed)
    members.append(nn.Linear(2, 3))
x = torch.tensor([[1.0, -1.0]])
with torch.no_grad():
    probs = torch.stack([m(x).softmax(-1) for m in members])
print(probs.shape)
print(probs.sum(-1))
print(probs.mean(0).argmax(-1), probs.var(0).shape)
print([m.weight[0, 0].item() for m in members])
