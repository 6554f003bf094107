# A small Conv1d network telling rising from falling signals
import torch
from torch import nn

torch.manual_seed(1641)
ramp = torch.linspace(-1, 1, 12)
X = torch.stack([ramp, -ramp] * 6) + 0.2 * torch.randn(12, 12)
X = X.unsqueeze(1)
y = torch.tensor([0, 1] * 6)
model = nn.Sequential(
    nn.Conv1d(1, 4, kernel_size=3), nn.ReLU(),
    nn.AdaptiveAvgPool1d(1), nn.Flatten(), nn.Linear(4, 2),
)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(5):
    logits = model(X)
    loss = nn.functional.cross_entropy(logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, loss.item(), (logits.argmax(1) == y).sum().item())
print(model[0].weight.grad.shape)
