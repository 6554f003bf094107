# Q: can CrossEntropyLoss take probabilities as targets? Yes (float targets of the same shape), with label smoothing too.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(3, 5, requires_grad=True)
hard = torch.tensor([1, 0, 4])
soft = F.one_hot(hard, 5).float()
ce = nn.CrossEntropyLoss()
print(ce(logits, hard), ce(logits, soft))
soft2 = torch.softmax(torch.randn(3, 5), dim=1)
loss = ce(logits, soft2)
print(loss)
manual = -(soft2 * F.log_softmax(logits, dim=1)).sum(1).mean()
print(manual, torch.allclose(loss, manual))
print(nn.CrossEntropyLoss(label_smoothing=0.1)(logits, hard))
print(nn.CrossEntropyLoss(reduction="none")(logits, soft2))
try:
    ce(logits, soft[:, :4])
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    ce(logits, hard.float())
except RuntimeError as e:
    print("RuntimeError:", e)
loss.backward()
print(logits.grad.sum(1))
