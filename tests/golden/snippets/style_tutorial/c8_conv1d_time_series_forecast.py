# A 1-D CNN forecaster on sliding windows of a synthetic series: unfold windows, Conv1d, a few Adam steps.
import torch
import torch.nn as nn

torch.manual_seed(0)
t = torch.arange(0, 60, dtype=torch.float32)
series = torch.sin(t / 5) + 0.1 * torch.randn(60)
window = 8
X = series.unfold(0, window, 1)[:-1].unsqueeze(1)
y = series[window:].unsqueeze(1)
print(X.shape, y.shape)
model = nn.Sequential(nn.Conv1d(1, 4, kernel_size=3), nn.ReLU(), nn.Conv1d(4, 4, kernel_size=3), nn.ReLU(),
                      nn.Flatten(), nn.Linear(4 * 4, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(5):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()
    print(f"epoch {epoch}: {loss.item():.4f}")
with torch.no_grad():
    last = series[-window:].view(1, 1, -1)
    print(model(last).shape, model[0].weight.shape)
