# A learner's own pruning rule: drop entries whose magnitude is below the tensor's mean |w|
import torch
import torch.nn as nn
from torch.nn.utils import prune

class BelowMean(prune.BasePruningMethod):
    PRUNING_TYPE = "unstructured"

    def compute_mask(self, tensor, default_mask):
        keep = tensor.abs() >= tensor.abs().mean()
        return default_mask * keep

lin = nn.Linear(2, 3)
with torch.no_grad():
    lin.bias.copy_(torch.tensor([0.1, -0.9, 0.4]))
BelowMean.apply(lin, "bias")
print(lin.bias_mask, lin.bias)
prune.custom_from_mask(lin, "weight", mask=torch.tensor([[1, 0], [0, 1], [1, 1]]))
print(lin.weight_mask.dtype, int(lin.weight_mask.sum()))
print(sorted(k for k in lin.state_dict()))
