# Quiz B22: learning rates under StepLR and a manual loop
import torch

param = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.SGD([param], lr=1.0)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
history = []
for ep in range(6):
    optimizer.step()
    scheduler.step()
    history.append(scheduler.get_last_lr()[0])
print(history)
print(optimizer.param_groups[0]["lr"], scheduler.last_epoch)
print(scheduler.state_dict())
