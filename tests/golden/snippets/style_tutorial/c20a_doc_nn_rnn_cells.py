# nn.RNNCell, LSTMCell, GRUCell stepping through time
import torch
import torch.nn as nn

torch.manual_seed(0)
rnn = nn.RNNCell(10, 20)
input = torch.randn(6, 3, 10)
hx = torch.randn(3, 20)
output = []
for i in range(6):
    hx = rnn(input[i], hx)
    output.append(hx)
print(torch.stack(output).shape, hx[0, :4])
cell = nn.LSTMCell(10, 20)
hx, cx = torch.randn(3, 20), torch.randn(3, 20)
hx, cx = cell(input[0], (hx, cx))
print(hx.shape, cx[0, :3], hx.grad_fn.name())
g = nn.GRUCell(10, 20)
print(g(input[0]).shape, g)
