# Recurrent weights start uniform in [-1/sqrt(hidden), 1/sqrt(hidden)]
import math
import torch
import torch.nn as nn

torch.manual_seed(47)
gru = nn.GRU(3, 16, bias=False)
bound = 1 / math.sqrt(16)
print(all(p.abs().max().item() <= bound for p in gru.parameters()))
print([n for n, _ in gru.named_parameters()])
print(gru)
rnn = nn.RNN(2, 4, nonlinearity='relu', bias=False, batch_first=True)
print(rnn)
for name, p in gru.named_parameters():
    if 'weight_hh' in name:
        nn.init.orthogonal_(p)
print(torch.allclose(gru.weight_hh_l0[:16] @ gru.weight_hh_l0[:16].T, torch.eye(16), atol=1e-5))
