# Q: does my hand-made smoothed one-hot target give the same loss as CrossEntropyLoss(label_smoothing=0.1)?
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(15)
logits = torch.randn(4, 5)
labels = torch.tensor([4, 0, 2, 2])
eps, k = 0.1, 5
soft = F.one_hot(labels, num_classes=k).float() * (1 - eps) + eps / k
print(soft[0], soft.sum(dim=1))
manual = -(soft * F.log_softmax(logits, dim=1)).sum(dim=1).mean()
builtin = nn.CrossEntropyLoss(label_smoothing=eps)(logits, labels)
print(manual, builtin, torch.allclose(manual, builtin))
print(F.cross_entropy(logits, soft), F.cross_entropy(logits, labels, label_smoothing=0.0))
tokens = torch.tensor([[1, 3], [0, 2]])
oh = F.one_hot(tokens, 4)
print(oh.shape, oh.permute(0, 2, 1).shape, oh.sum(dim=-1))
try:
    nn.CrossEntropyLoss(label_smoothing=1.5)(logits, labels)
except RuntimeError as e:
    print("RuntimeError:", e)
w = torch.tensor([1.0, 1.0, 2.0, 1.0, 0.5])
print(F.cross_entropy(logits, labels, weight=w, label_smoothing=eps))
