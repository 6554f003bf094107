# ReduceLROnPlateau watches a validation metric and cuts the rate after `patience` bad epochs.
import torch

regressor = torch.nn.Linear(3, 1)
sgd = torch.optim.SGD(regressor.parameters(), lr=0.8, momentum=0.5)
plateau = torch.optim.lr_scheduler.ReduceLROnPlateau(sgd, factor=0.25, patience=1, threshold=0.05)
history = [2.0, 1.5, 1.48, 1.47, 1.46, 1.0, 0.99, 0.99, 0.98]
for epoch, metric in enumerate(history):
    plateau.step(metric)
    print(epoch, metric, sgd.param_groups[0]['lr'], plateau.num_bad_epochs, round(plateau.best, 4))
print(plateau.get_last_lr(), plateau.cooldown_counter)
