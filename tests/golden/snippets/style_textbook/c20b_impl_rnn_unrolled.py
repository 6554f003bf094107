# unrolling nn.RNN by hand over a sequence
import torch
import torch.nn as nn

torch.manual_seed(11)
rnn = nn.RNN(input_size=2, hidden_size=3, batch_first=True)
x = torch.randn(1, 4, 2)
out, hn = rnn(x)
h = torch.zeros(1, 3)
outs = []
for t in range(4):
    h = torch.tanh(x[:, t] @ rnn.weight_ih_l0.T + rnn.bias_ih_l0 + h @ rnn.weight_hh_l0.T + rnn.bias_hh_l0)
    outs.append(h)
mine = torch.stack(outs, dim=1)
print(out)
print(torch.allclose(mine, out, atol=1e-6), torch.allclose(h, hn[0], atol=1e-6))
