import torch
import torch.nn as nn

torch.manual_seed(3)
cell = nn.LSTMCell(1, 6)
head = nn.Linear(6, 1)
seq = torch.sin(torch.linspace(0, 3, 9)).view(1, 9, 1)
h = torch.zeros(1, 6)
c = torch.zeros(1, 6)
loss = 0.0
inp = seq[:, 0]
for t in range(1, 9):
    h, c = cell(inp, (h, c))
    pred = head(h)
    loss = loss + (pred - seq[:, t]).pow(2).mean()
    inp = seq[:, t]
print(f"{loss.item():.5f}", type(loss.grad_fn).__name__)
loss.backward()
print(cell.weight_hh.grad.shape, f"{cell.weight_hh.grad.norm().item():.5f}")
