# The XOR problem: a single layer fails, a 2-4-1 MLP with tanh and BCE learns it.
import torch
from torch import nn

X = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
y = torch.tensor([[0.0], [1.0], [1.0], [0.0]])
torch.manual_seed(47)
for name, model in (('linear', nn.Linear(2, 1)), ('mlp', nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1)))):
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    loss_fn = nn.BCEWithLogitsLoss()
    for epoch in range(500):
        opt.zero_grad()
        loss = loss_fn(model(X), y)
        loss.backward()
        opt.step()
    pred = (torch.sigmoid(model(X)) > 0.5).float()
    print(name, round(loss.item(), 4), pred.flatten(), (pred == y).float().mean().item())
