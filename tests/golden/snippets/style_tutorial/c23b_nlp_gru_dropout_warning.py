import warnings
import torch
from torch import nn

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    gru = nn.GRU(3, 4, num_layers=1, dropout=0.5)
print(len(w))
print(str(w[0].message))
print(gru.dropout, gru.num_layers)
try:
    nn.GRU(3, 4, dropout=1.5)
except Exception as e:
    print(type(e).__name__, e)
