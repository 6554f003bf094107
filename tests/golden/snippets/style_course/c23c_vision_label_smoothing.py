# Label smoothing in cross-entropy vs a hand-built smoothed target.
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, 0.5, -1.0], [0.0, 1.0, 0.0]], requires_grad=True)
y = torch.tensor([0, 2])
a = F.cross_entropy(logits, y, label_smoothing=0.1)
soft = torch.full((2, 3), 0.1 / 3)
soft[torch.arange(2), y] += 0.9
b = -(soft * F.log_softmax(logits, 1)).sum(1).mean()
print(a, b, sep="\n")
print(torch.allclose(a, b))
a.backward()
print(logits.grad)
print(F.cross_entropy(logits, soft))
