# Parameter names and shapes of a bidirectional two-layer LSTM
import torch.nn as nn

lstm = nn.LSTM(input_size=3, hidden_size=2, num_layers=2, bidirectional=True)
for name, p in lstm.named_parameters():
    print(name, tuple(p.shape))
print(len(lstm.all_weights), len(lstm.all_weights[0]))
print(lstm._flat_weights_names[:4])
print(nn.LSTM(3, 2, bias=False).state_dict().keys())
