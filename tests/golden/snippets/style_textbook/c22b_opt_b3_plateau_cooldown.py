import torch
from torch.optim.lr_scheduler import ReduceLROnPlateau

gain = torch.zeros(1, requires_grad=True)
adam = torch.optim.Adam([gain], lr=0.1)
watch = ReduceLROnPlateau(adam, mode="max", factor=0.5, patience=0, threshold=0.05, threshold_mode="abs", cooldown=1, min_lr=0.02)
scores = [0.50, 0.52, 0.60, 0.61, 0.62, 0.63, 0.70, 0.71]
for epoch, score in enumerate(scores):
    adam.step()
    watch.step(score)
    print(epoch, score, adam.param_groups[0]["lr"], watch.cooldown_counter, watch.num_bad_epochs)
