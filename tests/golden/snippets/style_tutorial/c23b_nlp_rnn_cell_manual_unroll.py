import torch
from torch import nn

torch.manual_seed(14)
rnn = nn.RNN(2, 3, batch_first=True)
cell = nn.RNNCell(2, 3)
cell.load_state_dict({k[:-3]: v for k, v in rnn.state_dict().items()})
x = torch.randn(1, 4, 2)
out, h = rnn(x)
hc = torch.zeros(1, 3)
for t in range(4):
    hc = cell(x[:, t], hc)
print(torch.allclose(hc, h[0], atol=1e-6))
print(sorted(rnn.state_dict()))
print(cell)
