import torch
from torch import nn

lstm = nn.LSTM(2, 3, num_layers=2, bidirectional=True)
lstm.flatten_parameters()
print(len(lstm.all_weights), [len(w) for w in lstm.all_weights])
print([tuple(w.shape) for w in lstm.all_weights[2]])
print(lstm._flat_weights_names[:4])
print(lstm.weight_ih_l1_reverse.shape, lstm.bias_hh_l0.shape)
print(sum(p.numel() for p in lstm.parameters()))
