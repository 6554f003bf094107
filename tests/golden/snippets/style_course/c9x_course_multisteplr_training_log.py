# Course notebook: SGD with momentum and MultiStepLR, logging lr and loss each epoch.
import torch
from torch import nn
from torch.optim.lr_scheduler import MultiStepLR

torch.manual_seed(0)
X = torch.randn(32, 5)
true_w = torch.tensor([[1.0], [-2.0], [0.5], [0.0], [3.0]])
y = X @ true_w + 0.1 * torch.randn(32, 1)
model = nn.Linear(5, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
sched = MultiStepLR(opt, milestones=[3, 6], gamma=0.1)
loss_fn = nn.MSELoss()
print(sched.get_last_lr(), sched.last_epoch)
for epoch in range(8):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
    sched.step()
    print(f"epoch {epoch} lr {sched.get_last_lr()[0]:.4f} loss {loss.item():.6f}")
print(sched.state_dict())
print(model.weight.data.round(decimals=2), model.bias.data.round(decimals=2))
