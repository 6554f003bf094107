# nn.GRU and nn.LSTM with two layers and both directions: output and state shapes, parameter names.
import torch
from torch import nn

torch.manual_seed(33)
gru = nn.GRU(input_size=4, hidden_size=3, num_layers=2, bidirectional=True)
lstm = nn.LSTM(input_size=4, hidden_size=3, num_layers=2, batch_first=True)
x = torch.randn(5, 2, 4)
out, h = gru(x)
print(out.shape, h.shape, out.grad_fn is not None)
print(torch.allclose(out[-1, :, :3], h[-2]), torch.allclose(out[0, :, 3:], h[-1]))
out2, (h2, c2) = lstm(x.transpose(0, 1))
print(out2.shape, h2.shape, c2.shape)
print([name for name, _ in lstm.named_parameters()][:4])
print(sum(p.numel() for p in gru.parameters()), sum(p.numel() for p in lstm.parameters()))
print(gru)
