# An MLP with BatchNorm1d: running statistics during training, then eval-mode predictions.
import torch
import torch.nn as nn

torch.manual_seed(4)
model = nn.Sequential(nn.Linear(3, 5), nn.BatchNorm1d(5), nn.ReLU(), nn.Linear(5, 1))
bn = model[1]
print(bn)
print(bn.running_mean, bn.running_var, bn.num_batches_tracked)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x = torch.randn(16, 3) * 2 + 1
y = x[:, :1] - x[:, 1:2]
for step in range(4):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 5))
print(bn.running_mean)
print(bn.running_var)
print(bn.num_batches_tracked, bn.momentum, bn.eps)
model.eval()
with torch.no_grad():
    p = model(x[:3])
print(p.squeeze(1))
print([k for k in model.state_dict().keys()])
print(bn.weight.grad)
