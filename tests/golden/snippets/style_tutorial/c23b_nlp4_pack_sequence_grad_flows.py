import torch
from torch import nn
from torch.nn.utils.rnn import pack_sequence, pad_packed_sequence

# Gradients reach every (unpadded) time step of each packed sentence
torch.manual_seed(93)
long_sent = torch.randn(3, 2, requires_grad=True)
short_sent = torch.randn(1, 2, requires_grad=True)
cell_net = nn.RNN(2, 2)
packed_out, last = cell_net(pack_sequence([long_sent, short_sent]))
grid, lengths = pad_packed_sequence(packed_out)
(grid * 2).sum().backward()
print(grid.shape, lengths, packed_out.data.grad_fn.name())
print(long_sent.grad.abs().sum(1).gt(0).tolist(), short_sent.grad.shape)
