# A GRU predicting the next value of a sampled sine wave
import math
import torch
from torch import nn

torch.manual_seed(1611)
t = torch.arange(0, 40, dtype=torch.float32) * (2 * math.pi / 20)
wave = torch.sin(t)
windows = wave.unfold(0, 8, 1)  # (33, 8)
inputs, targets = windows[:, :-1].unsqueeze(-1), windows[:, -1:]

gru = nn.GRU(1, 5, batch_first=True)
head = nn.Linear(5, 1)
opt = torch.optim.Adam([*gru.parameters(), *head.parameters()], lr=0.03)
for epoch in range(6):
    _, h = gru(inputs)
    pred = head(h.squeeze(0))
    loss = nn.functional.mse_loss(pred, targets)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
