# flatten_parameters and what the LSTM module exposes
import torch
import torch.nn as nn

lstm = nn.LSTM(2, 3, batch_first=True)
print(lstm.flatten_parameters())
print(lstm.batch_first, lstm.bidirectional, lstm.proj_size, lstm.num_layers)
print(lstm.input_size, lstm.hidden_size, lstm.mode)
print(lstm.extra_repr())
print(lstm.weight_ih_l0.shape)
print(lstm.weight_ih_l0.is_contiguous())
