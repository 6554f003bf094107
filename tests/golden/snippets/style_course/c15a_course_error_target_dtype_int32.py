# Course pitfall: class labels built as int32 or float, then fed to the loss
import torch
import torch.nn.functional as F

torch.manual_seed(3)
logits = torch.randn(4, 3, requires_grad=True)
labels = torch.tensor([0, 2, 1, 1], dtype=torch.int32)
print(labels.dtype)
try:
    F.nll_loss(F.log_softmax(logits, dim=1), labels)
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.cross_entropy(logits, labels.long()).item())
float_labels = labels.float()
try:
    F.cross_entropy(logits, float_labels)
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.cross_entropy(logits, F.one_hot(labels.long(), 3).float()).item())
F.cross_entropy(logits, labels[:3].long())
