import math
import torch
import torch.nn as nn

torch.manual_seed(1)
t = torch.arange(0, 40, dtype=torch.float32) * 0.3
wave = torch.sin(t)
inp = wave[:-1].view(1, -1, 1)
tgt = wave[1:].view(1, -1, 1)

lstm = nn.LSTM(input_size=1, hidden_size=12, batch_first=True)
head = nn.Linear(12, 1)
params = list(lstm.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=0.03)
for epoch in range(10):
    opt.zero_grad()
    out, (h, c) = lstm(inp)
    loss = nn.functional.mse_loss(head(out), tgt)
    loss.backward()
    opt.step()
    print(f"epoch {epoch}: {loss.item():.10f}")
print(h.shape, c.shape, out.shape)
print("forget-gate bias slice:", lstm.bias_ih_l0[12:24].shape)
