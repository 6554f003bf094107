# BCE on sigmoid outputs vs BCE with logits for extreme logits
import torch
import torch.nn.functional as F

logits = torch.tensor([-100.0, -20.0, 0.0, 20.0, 100.0])
target = torch.tensor([1.0, 1.0, 0.0, 0.0, 0.0])
p = torch.sigmoid(logits)
print(p)
print(F.binary_cross_entropy(p, target, reduction="none"))
print(F.binary_cross_entropy_with_logits(logits, target, reduction="none"))
print(F.logsigmoid(logits))
