# Quiz C15: learning rates under CosineAnnealingLR
import torch

dummy = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.SGD([dummy], lr=0.1)
cosine = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=4, eta_min=0.0)
schedule_seen = {}
for epoch in range(1, 9):
    optimizer.step()
    cosine.step()
    schedule_seen[epoch] = round(cosine.get_last_lr()[0], 6)
print(schedule_seen)
