import torch
import torch.nn as nn

torch.manual_seed(1)
rnn = nn.RNN(2, 3, num_layers=2, nonlinearity="relu")
x = torch.randn(4, 1, 2, requires_grad=True)
out, h = rnn(x)
loss = out.sum() + h.pow(2).sum()
loss.backward()
print(round(loss.item(), 4))
print(x.grad)
print(rnn.weight_ih_l1.grad)
print(rnn.bias_hh_l0.grad)
