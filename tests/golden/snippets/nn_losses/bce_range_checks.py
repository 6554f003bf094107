# BCELoss's range checks: input, then target, element by element (NaN fails too); BCEWithLogits takes any target.
import torch
import torch.nn as nn
import torch.nn.functional as F
for e in ['nn.BCELoss()(torch.tensor([0.5]), torch.tensor([-0.1]))', 'nn.BCELoss()(torch.tensor([1.5]), torch.tensor([2.0]))',
          'F.binary_cross_entropy(torch.tensor([0.5]), torch.tensor([float("nan")]))', 'F.binary_cross_entropy(torch.tensor([float("nan")]), torch.tensor([0.5]))',
          'F.binary_cross_entropy(torch.tensor([0.5]), torch.tensor([2.0]), reduction="none")', 'F.binary_cross_entropy_with_logits(torch.tensor([0.5]), torch.tensor([2.0]))',
          'F.binary_cross_entropy(torch.tensor([0.5], dtype=torch.float64), torch.tensor([2.0], dtype=torch.float64))',
          'F.binary_cross_entropy(torch.tensor([0.5, 0.2]), torch.tensor([1.0, 1.5]), weight=torch.tensor([0.0, 0.0]))',
          'F.binary_cross_entropy(torch.tensor([0.5, 1.2]), torch.tensor([3.0, 0.5]))', 'F.binary_cross_entropy(torch.tensor([1.2, 0.5]), torch.tensor([0.5, 3.0]))',
          'F.binary_cross_entropy(torch.tensor([0.0, 1.0]), torch.tensor([0.0, 1.0]))', 'F.binary_cross_entropy(torch.tensor([0.3, 0.9]), torch.tensor([0.25, 1.0]))',
          'nn.BCELoss()(torch.sigmoid(torch.tensor([0.2, -1.0])), torch.tensor([0, 255]).float())']:
    try:
        print(e, eval(e))
    except RuntimeError as x:
        print(e, type(x).__name__, x)
