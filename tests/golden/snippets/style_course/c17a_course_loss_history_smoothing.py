# Log10 loss history and averaging it in chunks of 5 steps, as course notebooks plot it
import torch
from torch import nn

torch.manual_seed(77)
model = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05)
X, Y = torch.randn(64, 3), torch.randn(64, 1)
lossi = []
for i in range(20):
    ix = torch.randint(0, 64, (16,))
    loss = nn.functional.mse_loss(model(X[ix]), Y[ix])
    opt.zero_grad()
    loss.backward()
    opt.step()
    lossi.append(loss.log10().item())
smoothed = torch.tensor(lossi).view(-1, 5).mean(1)
print(smoothed, len(lossi))
print(f"{min(lossi):.4f} {max(lossi):.4f}")
