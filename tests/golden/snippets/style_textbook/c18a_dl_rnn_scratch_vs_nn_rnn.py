# Checking a hand-written RNN step loop against nn.RNN with copied weights
import torch
from torch import nn

torch.manual_seed(4)
rnn = nn.RNN(input_size=3, hidden_size=4)
X = torch.randn(5, 2, 3)
out, h_n = rnn(X)
H = torch.zeros(2, 4)
mine = []
for x_t in X:
    H = torch.tanh(x_t @ rnn.weight_ih_l0.T + rnn.bias_ih_l0 + H @ rnn.weight_hh_l0.T + rnn.bias_hh_l0)
    mine.append(H)
mine = torch.stack(mine)
print(out.shape, h_n.shape)
print(torch.allclose(mine, out, atol=1e-6), torch.allclose(h_n[0], mine[-1], atol=1e-6))
print([name for name, _ in rnn.named_parameters()])
