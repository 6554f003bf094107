# neuron statistics over a dataset: firing rate, mean, max and dead ReLUs
import torch
import torch.nn as nn

torch.manual_seed(0)
layer = nn.Linear(5, 10)
with torch.no_grad():
    layer.bias[:3] = -5.0
data = torch.randn(200, 5)
with torch.no_grad():
    acts = torch.relu(layer(data))
firing = (acts > 0).float().mean(0)
print("firing rate", firing)
print("mean", acts.mean(0))
print("max", acts.max(0).values)
dead = torch.where(firing == 0)[0]
print("dead neurons:", dead.tolist())
print("sparsity", (acts == 0).float().mean().item())
