import torch
import torch.nn as nn

torch.manual_seed(8)
lookback, horizon = 6, 3
series = torch.sin(torch.arange(50.0) * 0.3)
win = series.unfold(0, lookback + horizon, 1)
X, Y = win[:, :lookback], win[:, lookback:]
model = nn.Sequential(nn.Linear(lookback, 16), nn.Tanh(), nn.Linear(16, horizon))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for ep in range(50):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), Y)
    loss.backward()
    opt.step()
print(X.shape, Y.shape)
print(f"{loss.item():.5f}")
print(model(X[-1:]).detach().shape)
