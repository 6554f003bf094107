# cross_entropy with label smoothing, class weights and ignore_index.
import torch
import torch.nn.functional as F

torch.manual_seed(8)
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 2])
print(F.cross_entropy(logits, target))
print(F.cross_entropy(logits, target, label_smoothing=0.1))
print(F.cross_entropy(logits, target, weight=torch.tensor([1.0, 2.0, 0.5])))
print(F.cross_entropy(logits, torch.tensor([0, -100, 1, 2]), ignore_index=-100))
print(F.cross_entropy(logits, target, reduction='none'))
