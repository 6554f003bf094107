import torch
from torch import nn

losses = [nn.MSELoss(), nn.L1Loss(reduction="sum"), nn.CrossEntropyLoss(label_smoothing=0.1),
          nn.NLLLoss(ignore_index=0), nn.BCELoss(), nn.BCEWithLogitsLoss(pos_weight=torch.ones(2))]
for loss in losses:
    print(loss, loss.reduction)
print(nn.CrossEntropyLoss().ignore_index, nn.CrossEntropyLoss(weight=torch.ones(3)).weight)
legacy = nn.MSELoss(size_average=False)
print(legacy.reduction)
print(list(nn.BCEWithLogitsLoss(pos_weight=torch.ones(2)).state_dict().keys()))
