# dropout on a one-layer LSTM only warns
import torch.nn as nn

lstm = nn.LSTM(4, 8, num_layers=1, dropout=0.3)
print(lstm)
print(lstm.dropout)
deep = nn.LSTM(4, 8, num_layers=2, dropout=0.3, batch_first=True)
print(deep)
try:
    nn.GRU(4, 8, dropout=1.5)
except ValueError as e:
    print(e)
