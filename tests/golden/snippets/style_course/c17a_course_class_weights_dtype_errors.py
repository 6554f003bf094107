# Class weights for an imbalanced dataset: built from integer counts they must be made float first
import torch
import torch.nn as nn

torch.manual_seed(8)
labels = torch.tensor([0, 0, 0, 0, 0, 0, 1, 1, 2, 0])
counts = torch.bincount(labels, minlength=3)
logits = torch.randn(10, 3, requires_grad=True)
for name, weight in [("counts (int64)", counts.max() // counts), ("float64", (1.0 / counts).double()),
                     ("wrong length", torch.ones(4))]:
    try:
        print(name, nn.CrossEntropyLoss(weight=weight)(logits, labels))
    except RuntimeError as e:
        print(name, "-> RuntimeError:", e)
weight = (counts.sum() / (len(counts) * counts)).float()
print(weight, nn.CrossEntropyLoss(weight=weight)(logits, labels))
print(nn.NLLLoss(weight=weight)(logits.log_softmax(1), labels))
try:
    torch.autograd.grad(nn.CrossEntropyLoss()(logits, labels), [])
except RuntimeError as e:
    print("RuntimeError:", e)
