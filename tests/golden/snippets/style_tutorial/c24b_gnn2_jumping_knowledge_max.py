# jumping knowledge: max over the layers' outputs with torch.stack
import torch

h1 = torch.tensor([[1.0, 5.0], [2.0, 0.0]])
h2 = torch.tensor([[3.0, 1.0], [2.0, 4.0]])
h3 = torch.tensor([[0.0, 6.0], [-1.0, 4.0]])
stacked = torch.stack([h1, h2, h3], dim=0)
print(stacked.shape)
mx = stacked.max(dim=0)
print(mx.values, mx.indices)
print(torch.cat([h1, h2, h3], dim=1).shape)
print(stacked.mean(0))
