# One step of a vanilla RNN by hand, then with nn.RNN.
import torch
import torch.nn as nn

torch.manual_seed(9)
rnn = nn.RNN(input_size=3, hidden_size=2, batch_first=True)
x = torch.randn(1, 4, 3)
out, h = rnn(x)
print(out.shape, h.shape)
h0 = torch.zeros(2)
h1 = torch.tanh(rnn.weight_ih_l0 @ x[0, 0] + rnn.bias_ih_l0 + rnn.weight_hh_l0 @ h0 + rnn.bias_hh_l0)
print(h1)
print(out[0, 0])
print(out.grad_fn is not None, torch.allclose(h1, out[0, 0]))
