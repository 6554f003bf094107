# Stacked GRU: dropout between layers, and the warning for a single layer
import torch
from torch import nn

torch.manual_seed(11)
gru = nn.GRU(input_size=4, hidden_size=5, num_layers=2, dropout=0.3)
X = torch.randn(6, 2, 4)
out, h = gru(X)
print(out.shape, h.shape)
print(torch.allclose(out[-1], h[-1]))
print(sum(p.numel() for p in gru.parameters()))
single = nn.GRU(4, 5, num_layers=1, dropout=0.3)
print(single)
