import warnings
import torch.nn as nn

# a single-layer recurrent net ignores inter-layer dropout and says so
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    forecaster = nn.LSTM(input_size=5, hidden_size=4, num_layers=1, dropout=0.3, batch_first=True)
print(len(caught), caught[0].category.__name__)
print(caught[0].message)
print(forecaster)
print(nn.GRU(5, 4, num_layers=3, dropout=0.1))
