# nn.GRU over a sequence vs nn.GRUCell stepping with the same weights
import torch
import torch.nn as nn

torch.manual_seed(108)
gru = nn.GRU(2, 3, batch_first=True)
cell = nn.GRUCell(2, 3)
cell.load_state_dict({k[:-3]: v for k, v in gru.state_dict().items()})
x = torch.randn(2, 4, 2)
out, hn = gru(x)
h = torch.zeros(2, 3)
for t in range(4):
    h = cell(x[:, t], h)
print(torch.allclose(h, hn[0], atol=1e-6))
print(list(gru.state_dict().keys()))
print(hn)
