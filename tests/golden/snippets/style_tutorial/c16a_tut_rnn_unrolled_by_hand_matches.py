# Unrolling nn.RNN by hand with its own weights gives the same hidden states
import torch
from torch import nn

torch.manual_seed(1629)
rnn = nn.RNN(2, 3)
x = torch.randn(4, 1, 2)
out, h_n = rnn(x)

h = torch.zeros(1, 3)
manual = []
for t in range(4):
    h = torch.tanh(x[t] @ rnn.weight_ih_l0.T + rnn.bias_ih_l0 + h @ rnn.weight_hh_l0.T + rnn.bias_hh_l0)
    manual.append(h)
manual = torch.stack(manual)
print(out.squeeze(1))
print(manual.squeeze(1))
print(torch.allclose(out, manual, atol=1e-6), (out - manual).abs().max().item())
print(out.grad_fn.name(), h_n.shape)
