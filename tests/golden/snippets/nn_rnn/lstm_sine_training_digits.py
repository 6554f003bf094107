import math
import torch
import torch.nn as nn

torch.manual_seed(0)
t = torch.linspace(0, 4 * math.pi, 41)
wave = torch.sin(t)
x = wave[:-1].reshape(1, 40, 1)
y = wave[1:].reshape(1, 40, 1)

lstm = nn.LSTM(input_size=1, hidden_size=24, batch_first=True)
head = nn.Linear(24, 1)
opt = torch.optim.Adam(list(lstm.parameters()) + list(head.parameters()), lr=0.02)
for epoch in range(6):
    out, (h, c) = lstm(x)
    loss = nn.functional.mse_loss(head(out), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item())
print(out.grad_fn, h.grad_fn)
print(lstm.weight_hh_l0.grad.abs().sum().item(), lstm.bias_ih_l0.grad[:3])

with torch.no_grad():
    pred, (h, c) = lstm(x[:, :5])
    print(head(pred).squeeze().tolist())
    print(c.squeeze()[:4].tolist())
