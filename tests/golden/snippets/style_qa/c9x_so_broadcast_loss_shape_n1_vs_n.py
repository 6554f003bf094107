# Q: my regression loss is huge and doesn't decrease: pred (N,1) minus target (N,) broadcasts to (N,N).
import torch
from torch import nn

torch.manual_seed(0)
x = torch.linspace(0, 1, 8).unsqueeze(1)
y = 3 * x.squeeze() + 1
model = nn.Linear(1, 1)
pred = model(x)
print(pred.shape, y.shape, (pred - y).shape)
manual = ((pred - y) ** 2).mean()
print(manual)
for fix in (y.unsqueeze(1), y.view(-1, 1)):
    print(((pred - fix) ** 2).mean())
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    loss = nn.MSELoss()(pred, y)
    print(loss, len(w), str(w[0].message)[:60] if w else None)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for step in range(50):
    loss = nn.functional.mse_loss(model(x), y.unsqueeze(1))
    opt.zero_grad()
    loss.backward()
    opt.step()
print(loss.item() < 1e-2, model.weight.item(), model.bias.item())
