# Concise recurrent layers: nn.GRU and nn.LSTM shapes with num_layers and a bidirectional LSTM.
import torch
from torch import nn

torch.manual_seed(0)
num_steps, batch_size, num_inputs, num_hiddens = 5, 2, 3, 4
X = torch.randn(num_steps, batch_size, num_inputs)
gru = nn.GRU(num_inputs, num_hiddens)
outputs, H = gru(X)
print(gru)
print(outputs.shape, H.shape)
print(torch.allclose(outputs[-1], H[0]))
lstm = nn.LSTM(num_inputs, num_hiddens, num_layers=2)
outputs, (H, C) = lstm(X)
print(outputs.shape, H.shape, C.shape)
bi = nn.LSTM(num_inputs, num_hiddens, bidirectional=True)
outputs, (H, C) = bi(X)
print(bi)
print(outputs.shape, H.shape)
print([name for name, _ in bi.named_parameters()])
