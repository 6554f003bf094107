# Course notebook: an LSTM learns to predict the next value of a sine wave from windows of 10 values.
import torch
from torch import nn

torch.manual_seed(0)
t = torch.linspace(0, 8 * 3.14159, 200)
series = torch.sin(t)
window = 10
X = torch.stack([series[i:i + window] for i in range(len(series) - window)]).unsqueeze(-1)
y = series[window:].unsqueeze(-1)
print(X.shape, y.shape)

class Forecaster(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)
    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.fc(h[-1])

model = Forecaster()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(40):
    pred = model(X)
    loss = nn.functional.mse_loss(pred, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 10 == 9:
        print(f"epoch {epoch + 1}: loss {loss.item():.6f}")
with torch.no_grad():
    last = series[-window:].view(1, window, 1)
    print(model(last).shape, round(model(last).item(), 2))
print(sum(p.numel() for p in model.parameters()))
