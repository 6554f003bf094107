# nn.RNN with nonlinearity='relu' and no bias: output and parameter gradients
import torch
from torch import nn

torch.manual_seed(1685)
rnn = nn.RNN(3, 2, nonlinearity="relu", bias=False, batch_first=True)
print(rnn, [n for n, _ in rnn.named_parameters()])
x = torch.randn(2, 4, 3)
h0 = torch.zeros(1, 2, 2)
out, h = rnn(x, h0)
print(out)
out.pow(2).mean().backward()
print(rnn.weight_ih_l0.grad)
print(rnn.weight_hh_l0.grad)
