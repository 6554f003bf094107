# Deep recurrent networks: stacked GRU/LSTM layers with dropout between them; state and output shapes.
import torch
from torch import nn

torch.manual_seed(0)
num_inputs, num_hiddens, num_layers = 5, 8, 3
X = torch.randn(7, 4, num_inputs)  # steps, batch, inputs
gru = nn.GRU(num_inputs, num_hiddens, num_layers, dropout=0.2)
print(gru)
out, state = gru(X)
print(out.shape, state.shape)
print(torch.equal(out[-1], state[-1]))
lstm = nn.LSTM(num_inputs, num_hiddens, num_layers)
out, (h, c) = lstm(X)
print(out.shape, h.shape, c.shape)
print([name for name, _ in lstm.named_parameters()][:8])
print(lstm.weight_ih_l1.shape, lstm.weight_hh_l2.shape)
gru.eval()
o1, _ = gru(X)
o2, _ = gru(X)
print(torch.equal(o1, o2))
try:
    nn.GRU(num_inputs, num_hiddens, 1, dropout=0.5)
except Exception as e:
    print(type(e).__name__, e)
