# Q: is the last LSTM output the same as h_n? output[:, -1] vs the final hidden state, batch_first=True.
import torch
from torch import nn

torch.manual_seed(58)
rnn = nn.LSTM(input_size=3, hidden_size=4, batch_first=True)
seqs = torch.randn(2, 6, 3)
out, (hidden, cell) = rnn(seqs)
print(out.shape, hidden.shape, cell.shape)
print(torch.equal(out[:, -1, :], hidden[0]), torch.equal(out[:, 0], hidden[0]))
print(hidden.squeeze(0))
print(sum(p.numel() for p in rnn.parameters()), rnn.bias_ih_l0.shape)
try:
    rnn(torch.randn(2, 6, 5))
except RuntimeError as e:
    print(e)
