# nn-module version of curve fitting: a feature matrix of x, x^2, x^3, a Linear layer whose
# output is flattened to 1-D, a summed squared error, and updates written by hand.
import torch
from torch import nn

torch.manual_seed(3)
xs = torch.linspace(-1.5, 1.5, 300)
target = torch.exp(xs)
features = torch.stack([xs ** k for k in (1, 2, 3)], dim=-1)
print(features.shape, features[-1])
net = nn.Sequential(nn.Linear(3, 1), nn.Flatten(start_dim=0, end_dim=1))
criterion = nn.MSELoss(reduction='sum')
step_size = 5e-4
for it in range(800):
    pred = net(features)
    err = criterion(pred, target)
    if (it + 1) % 200 == 0:
        print(it, err.item())
    net.zero_grad()
    err.backward()
    with torch.no_grad():
        for w in net.parameters():
            w.sub_(step_size * w.grad)
fc = net[0]
c1, c2, c3 = fc.weight.squeeze().tolist()
print(f"fit: {fc.bias.item()} + {c1} x + {c2} x^2 + {c3} x^3")
print(net)
