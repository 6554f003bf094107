"""Teach a GRU to output the running sum of a sequence."""
import torch
import torch.nn as nn

torch.manual_seed(0)
seq = torch.rand(8, 5, 1)
target = seq.cumsum(dim=1)
gru = nn.GRU(input_size=1, hidden_size=8, batch_first=True)
readout = nn.Linear(8, 1)
opt = torch.optim.Adam(list(gru.parameters()) + list(readout.parameters()), lr=0.02)
for step in range(25):
    opt.zero_grad()
    out, h = gru(seq)
    loss = nn.functional.mse_loss(readout(out), target)
    loss.backward()
    opt.step()
print("loss:", loss.item())
print("h shape:", tuple(h.shape), "out shape:", tuple(out.shape))
