# Decaying the learning rate with StepLR and reading it back each epoch.
import torch
from torch import nn, optim

torch.manual_seed(3)
model = nn.Linear(2, 1)
optimizer = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
scheduler = optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
x = torch.randn(8, 2)
y = x.sum(dim=1, keepdim=True)
for epoch in range(6):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    scheduler.step()
    print(epoch, scheduler.get_last_lr(), optimizer.param_groups[0]["lr"])
print(scheduler.state_dict())
