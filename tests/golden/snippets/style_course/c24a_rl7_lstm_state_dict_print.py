# A small LSTM's state_dict printed as learners do
import torch
import torch.nn as nn

torch.manual_seed(59)
lstm = nn.LSTM(1, 1)
print(lstm.state_dict())
for k, v in lstm.state_dict().items():
    print(k, v.shape, v.dtype)
