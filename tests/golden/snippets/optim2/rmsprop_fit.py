import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.RMSprop(model.parameters(), lr=0.01)
print(opt)
x = torch.randn(16, 3)
y = x.sum(dim=1, keepdim=True)
for step in range(20):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(step, round(loss.item(), 4))
print(model.weight.data.round(decimals=4))
print(sorted(opt.state[model.weight].keys()), opt.state[model.weight]["step"])
