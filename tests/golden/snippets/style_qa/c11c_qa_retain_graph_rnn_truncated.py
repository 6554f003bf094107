# Q: my RNN loop errors on the second batch - detach the hidden state (truncated BPTT).
import torch
import torch.nn as nn

torch.manual_seed(9)
cell = nn.RNNCell(2, 3)
h = torch.zeros(1, 3)
data = torch.randn(2, 4, 1, 2)
for batch in range(2):
    for t in range(4):
        h = cell(data[batch, t], h)
    loss = h.pow(2).sum()
    try:
        loss.backward()
        print(batch, "ok", round(loss.item(), 6))
    except RuntimeError as e:
        print(batch, "RuntimeError:", str(e)[:60])
    h = h.detach()
cell.zero_grad()
h = torch.zeros(1, 3)
for batch in range(2):
    h = h.detach()
    for t in range(4):
        h = cell(data[batch, t], h)
    loss = h.pow(2).sum()
    loss.backward()
    print(batch, round(loss.item(), 6), cell.weight_hh.grad.norm().item())
