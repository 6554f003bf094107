# "why does my loss print so many digits and differ from the tutorial?"
import torch
import torch.nn as nn

torch.manual_seed(124)
model = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x = torch.randn(16, 3)
y = x.sum(1, keepdim=True)
for epoch in range(5):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad(); loss.backward(); opt.step()
    print(f"epoch {epoch}: {loss.item()}  ({loss.item():.4f})")
