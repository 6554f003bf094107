# Q: binary_cross_entropy errors - input range and target size
import torch
import torch.nn.functional as F

probs = torch.tensor([[0.2], [0.9], [0.6]])
target = torch.tensor([0.0, 1.0, 1.0])
try:
    F.binary_cross_entropy(probs, target)
except ValueError as e:
    print(e)
try:
    F.binary_cross_entropy(torch.tensor([1.5, 0.5]), torch.tensor([1.0, 0.0]))
except RuntimeError as e:
    print(e)
print(F.binary_cross_entropy(probs.squeeze(1), target))
print(F.binary_cross_entropy_with_logits(torch.tensor([2.0, -1.0]), torch.tensor([1.0, 0.0])))
