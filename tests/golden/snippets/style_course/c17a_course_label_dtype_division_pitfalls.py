# Integer labels: true division makes floats, floor division keeps longs, and CE cares
import torch
import torch.nn.functional as F

labels = torch.tensor([3, 4, 5, 6])
print(labels / 2, (labels / 2).dtype)
print(labels // 2, (labels // 2).dtype)
logits = torch.zeros(4, 4)
print(F.cross_entropy(logits, labels // 2))
try:
    F.cross_entropy(logits, labels / 2)
except RuntimeError as e:
    print("RuntimeError:", e)
print(F.cross_entropy(logits, (labels // 2).int()))
print(torch.div(labels, 2, rounding_mode="floor").dtype, torch.div(labels, 2, rounding_mode="trunc"))
