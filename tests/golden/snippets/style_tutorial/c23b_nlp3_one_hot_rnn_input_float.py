import torch
from torch import nn
import torch.nn.functional as F

rnn = nn.RNN(4, 3, batch_first=True)
ids = torch.tensor([[0, 2, 3]])
try:
    rnn(F.one_hot(ids, 4))
except Exception as e:
    print(type(e).__name__, e)
out, h = rnn(F.one_hot(ids, 4).float())
print(out.shape, h.shape)
try:
    rnn(ids)
except Exception as e:
    print(type(e).__name__, e)
