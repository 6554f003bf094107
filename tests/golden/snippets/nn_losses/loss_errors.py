import torch
import torch.nn.functional as F

logits = torch.randn(3, 4)
try:
    F.cross_entropy(logits, torch.tensor([1.0, 0.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError", e)
try:
    F.cross_entropy(logits, torch.tensor([1, 0]))
except ValueError as e:
    print("ValueError", e)
try:
    F.binary_cross_entropy(torch.full((3, 1), 0.5), torch.ones(3))
except ValueError as e:
    print("ValueError", e)
try:
    F.mse_loss(torch.ones(3), torch.ones(3), reduction="average")
except ValueError as e:
    print("ValueError", e)
F.binary_cross_entropy_with_logits(torch.zeros(3, 1), torch.ones(3))
