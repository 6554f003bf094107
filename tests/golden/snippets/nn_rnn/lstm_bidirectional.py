import torch
import torch.nn as nn

torch.manual_seed(3)
lstm = nn.LSTM(2, 3, num_layers=2, bidirectional=True)
print(lstm)
print(len(list(lstm.parameters())), [n for n, _ in lstm.named_parameters()][4:8])
x = torch.randn(3, 2, 2, requires_grad=True)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
print(out[0])
out.sum().backward()
print(x.grad)
