import torch
from torch import nn
from torch.nn.utils.rnn import pack_sequence

lstm = nn.LSTM(3, 2)
packed = pack_sequence([torch.ones(3, 4), torch.ones(2, 4)])
try:
    lstm(packed)
except Exception as e:
    print(type(e).__name__, e)
gru = nn.GRU(4, 2)
out, h = gru(packed)
print(type(out).__name__, out.data.shape, h.shape)
try:
    gru(packed, torch.zeros(1, 3, 2))
except Exception as e:
    print(type(e).__name__, e)
