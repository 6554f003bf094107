# passing one-hot shaped labels with the wrong number of classes
import torch
import torch.nn.functional as F

torch.manual_seed(4)
logits = torch.randn(2, 5)
labels = torch.tensor([[0, 1, 0], [1, 0, 0]], dtype=torch.float)
try:
    F.cross_entropy(logits, labels)
except RuntimeError as e:
    print("RuntimeError:", e)
labels2 = torch.tensor([3, 1]).unsqueeze(1)
F.cross_entropy(logits, labels2)
