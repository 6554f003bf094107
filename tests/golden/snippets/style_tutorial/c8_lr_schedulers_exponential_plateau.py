# Learning-rate schedules: ExponentialLR and CosineAnnealingLR per epoch, then ReduceLROnPlateau.
import torch
from torch import nn, optim

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = optim.SGD(model.parameters(), lr=0.1)
scheduler = optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.9)
for epoch in range(4):
    optimizer.step()
    scheduler.step()
    print(epoch, scheduler.get_last_lr(), optimizer.param_groups[0]["lr"])
optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
cosine = optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=5, eta_min=0.001)
lrs = []
for epoch in range(7):
    optimizer.step()
    cosine.step()
    lrs.append(round(cosine.get_last_lr()[0], 6))
print(lrs)
optimizer = optim.Adam(model.parameters(), lr=0.01)
plateau = optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode="min", factor=0.5, patience=1)
for epoch, val_loss in enumerate([1.0, 0.9, 0.95, 0.96, 0.97, 0.5, 0.6, 0.61]):
    plateau.step(val_loss)
    print(epoch, optimizer.param_groups[0]["lr"], plateau.num_bad_epochs)
print(scheduler.state_dict())
