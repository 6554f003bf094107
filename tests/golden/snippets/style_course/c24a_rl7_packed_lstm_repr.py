# The PackedSequence a recurrent encoder returns, printed whole
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_sequence

torch.manual_seed(58)
encoder = nn.LSTM(input_size=1, hidden_size=2)
episodes = pack_sequence([torch.full((3, 1), 0.5), torch.full((1, 1), -0.5)])
seq, (h_T, c_T) = encoder(episodes)
print(seq)
print(tuple(h_T.shape), tuple(c_T.shape))
print(seq.data.grad_fn.name(), seq.batch_sizes.dtype)
