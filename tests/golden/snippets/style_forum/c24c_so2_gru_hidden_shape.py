# Q: GRU hidden state shape with two layers, bidirectional
import torch
import torch.nn as nn

torch.manual_seed(0)
gru = nn.GRU(input_size=3, hidden_size=4, num_layers=2, bidirectional=True, batch_first=True)
out, h = gru(torch.zeros(5, 7, 3))
print(out.shape, h.shape)
print(gru)
try:
    gru(torch.zeros(5, 7, 3), torch.zeros(2, 5, 4))
except RuntimeError as e:
    print("RuntimeError:", e)
