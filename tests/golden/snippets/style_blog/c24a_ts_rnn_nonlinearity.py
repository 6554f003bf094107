# nn.RNN with relu, and an unsupported nonlinearity
import torch
import torch.nn as nn

torch.manual_seed(8)
rnn = nn.RNN(2, 2, nonlinearity='relu')
print(rnn)
out, h = rnn(torch.randn(3, 1, 2))
print((out >= 0).all().item(), h.shape)
try:
    nn.RNN(2, 2, nonlinearity='sigmoid')
except ValueError as e:
    print(e)
print(nn.RNN(2, 2).nonlinearity)
try:
    nn.RNN(2, 0)
except ValueError as e:
    print(e)
