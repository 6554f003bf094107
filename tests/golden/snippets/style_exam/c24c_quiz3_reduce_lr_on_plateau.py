# Quiz C14: when does ReduceLROnPlateau lower the learning rate?
import torch

dummy = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.SGD([dummy], lr=1.0)
plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode="min", factor=0.5, patience=1)
for epoch, metric in enumerate([1.0, 0.9, 0.95, 0.93, 0.92, 0.91]):
    plateau.step(metric)
    print(epoch, metric, optimizer.param_groups[0]["lr"], plateau.num_bad_epochs)
