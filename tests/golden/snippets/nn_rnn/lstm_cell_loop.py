import torch
import torch.nn as nn

torch.manual_seed(1)
cell = nn.LSTMCell(input_size=2, hidden_size=3)
seq = torch.randn(5, 4, 2)
h = torch.zeros(4, 3)
c = torch.zeros(4, 3)
outputs = []
for t in range(seq.size(0)):
    h, c = cell(seq[t], (h, c))
    outputs.append(h)
out = torch.stack(outputs)
loss = out[-1].pow(2).sum()
loss.backward()
print(out.shape, round(loss.item(), 4))
print(cell.weight_hh.grad)
print(cell.bias_ih.grad)
