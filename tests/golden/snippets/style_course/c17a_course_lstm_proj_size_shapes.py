# nn.LSTM with proj_size: the hidden state is projected, the cell state is not
import torch
import torch.nn as nn

torch.manual_seed(3)
lstm = nn.LSTM(input_size=4, hidden_size=6, proj_size=2, batch_first=True)
out, (h, c) = lstm(torch.randn(3, 5, 4))
print(out.shape, h.shape, c.shape)
print([(n, tuple(p.shape)) for n, p in lstm.named_parameters()])
print(lstm)
