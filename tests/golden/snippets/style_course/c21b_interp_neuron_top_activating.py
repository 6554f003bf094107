# find the dataset examples that most activate a given neuron
import torch
from torch import nn

torch.manual_seed(6)
enc = nn.Sequential(nn.Linear(4, 6), nn.ReLU())
inputs = torch.randn(30, 4)
with torch.no_grad():
    h = enc(inputs)
neuron = 2
vals, idx = h[:, neuron].topk(5)
print(vals)
print(idx)
print(inputs[idx].mean(0))
print("weight row", enc[0].weight[neuron].detach())
corr = torch.corrcoef(torch.stack([h[:, neuron], inputs[:, 0]]))
print(corr)
