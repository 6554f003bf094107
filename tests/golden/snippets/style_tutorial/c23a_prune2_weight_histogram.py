# Looking at a layer's weight distribution before choosing a pruning threshold
import torch
import torch.nn as nn

torch.manual_seed(42)
lin = nn.Linear(10, 10)
w = lin.weight.detach().flatten()
hist = torch.histc(w, bins=4, min=-0.32, max=0.32)
print(hist, int(hist.sum()))
print(w.abs().median() < 0.32, w.numel())
print(torch.quantile(w.abs(), torch.tensor([0.25, 0.5, 0.75])).round(decimals=4))
