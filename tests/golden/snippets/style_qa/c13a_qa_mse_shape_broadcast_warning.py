# Q: my regression loss won't go down. A: prediction (N, 1) vs target (N,) broadcasts to (N, N) (PyTorch warns).
import torch
import torch.nn as nn

torch.manual_seed(20)
x = torch.randn(6, 2)
y = x[:, 0] * 2 + x[:, 1]
model = nn.Linear(2, 1)
pred = model(x)
print(pred.shape, y.shape, (pred - y).shape)
loss_bad = nn.MSELoss()(pred, y)
loss_good = nn.MSELoss()(pred.squeeze(1), y)
print(round(loss_bad.item(), 4), round(loss_good.item(), 4))
print(nn.functional.mse_loss(pred.squeeze(-1), y) == loss_good)
print(nn.functional.l1_loss(pred.view(-1), y).item() > 0)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(30):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x).squeeze(1), y)
    loss.backward()
    opt.step()
print(f"{loss.item():.5f}")
print(model.weight.data.round(decimals=2))
