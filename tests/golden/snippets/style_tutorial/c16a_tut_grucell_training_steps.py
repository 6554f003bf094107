# A GRUCell unrolled for five steps with a linear readout, trained with Adam
import torch
from torch import nn

torch.manual_seed(1687)
cell, readout = nn.GRUCell(1, 4), nn.Linear(4, 1)
opt = torch.optim.Adam([*cell.parameters(), *readout.parameters()], lr=0.05)
seq = torch.randn(5, 6, 1)
target = seq.cumsum(0)[-1]
for epoch in range(5):
    h = torch.zeros(6, 4)
    for t in range(5):
        h = cell(seq[t], h)
    loss = nn.functional.mse_loss(readout(h), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
print(cell)
print(cell.weight_hh.shape, h.grad_fn.name())
