# A small LSTM learns to predict the next value of a sine wave from the previous ten.
import torch
import torch.nn as nn

torch.manual_seed(0)
t = torch.linspace(0, 8 * torch.pi, 200)
wave = torch.sin(t)
window = 10
xs = torch.stack([wave[i:i + window] for i in range(len(wave) - window)]).unsqueeze(-1)
ys = wave[window:].unsqueeze(-1)
print(xs.shape, ys.shape)

class Forecaster(nn.Module):
    def __init__(self, hidden=16):
        super().__init__()
        self.lstm = nn.LSTM(input_size=1, hidden_size=hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.head(out[:, -1, :])

model = Forecaster()
print(model)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(15):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(xs), ys)
    loss.backward()
    opt.step()
    if epoch % 5 == 4:
        print(f"epoch {epoch + 1}: {loss.item():.5f}")
with torch.no_grad():
    pred = model(xs[:3])
print(pred.squeeze(), ys[:3].squeeze())
