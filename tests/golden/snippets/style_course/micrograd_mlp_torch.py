# A tiny MLP trained on four points, as in the scalar-engine lecture, with torch modules.
import torch
import torch.nn as nn

torch.manual_seed(1337)
xs = torch.tensor([[2.0, 3.0, -1.0], [3.0, -1.0, 0.5], [0.5, 1.0, 1.0], [1.0, 1.0, -1.0]])
ys = torch.tensor([1.0, -1.0, -1.0, 1.0])
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 4), nn.Tanh(), nn.Linear(4, 1), nn.Tanh())
print(sum(p.numel() for p in model.parameters()))
for k in range(20):
    ypred = model(xs).squeeze(1)
    loss = ((ypred - ys)**2).sum()
    for p in model.parameters():
        p.grad = None
    loss.backward()
    for p in model.parameters():
        p.data += -0.1 * p.grad
    if k % 5 == 0:
        print(k, loss.item())
print(ypred)
