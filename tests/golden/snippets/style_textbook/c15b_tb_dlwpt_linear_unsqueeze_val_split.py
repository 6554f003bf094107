# nn.Linear needs a feature axis: (N,) readings become (N, 1); hold out three points for validation.
import torch
import torch.nn as nn

readings = torch.tensor([33.2, 57.1, 41.8, 70.4, 25.9, 62.3, 48.0, 36.5, 77.7, 52.2])
celsius = torch.tensor([1.2, 15.1, 6.4, 22.9, -3.3, 18.0, 9.6, 3.1, 26.8, 11.5])
x_all, y_all = readings[:, None] / 10, celsius.view(-1, 1)
print(x_all.shape, y_all.shape)
g = torch.Generator().manual_seed(13)
order = torch.randperm(len(readings), generator=g)
tr, va = order[3:], order[:3]
print(order)
model = nn.Linear(1, 1)
sgd = torch.optim.SGD(model.parameters(), lr=0.02)
criterion = nn.MSELoss()
for step in range(1, 2001):
    fit = criterion(model(x_all[tr]), y_all[tr])
    sgd.zero_grad()
    fit.backward()
    sgd.step()
    if step in (1, 100, 2000):
        with torch.no_grad():
            held = criterion(model(x_all[va]), y_all[va])
        print(step, round(fit.item(), 4), round(held.item(), 4), held.requires_grad)
print(model.state_dict())
