# Shapes through an LSTM and a GRU with batch_first, and the last hidden state.
import torch
import torch.nn as nn

torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=3, num_layers=2, batch_first=True)
x = torch.randn(2, 5, 4)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
print(torch.allclose(out[:, -1], h[-1]))
print(lstm)
print([n for n, _ in lstm.named_parameters()][:4])
gru = nn.GRU(4, 3)
o, hn = gru(torch.randn(5, 2, 4))
print(o.shape, hn.shape, o.grad_fn is not None)
