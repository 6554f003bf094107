# Q: CrossEntropyLoss with float labels: "expected scalar type Long" in old versions - what happens now?
import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(4, 3, requires_grad=True)
labels = torch.tensor([0.0, 2.0, 1.0, 2.0])
crit = nn.CrossEntropyLoss()
try:
    crit(logits, labels)
except RuntimeError as e:
    print("RuntimeError:", e)
print(crit(logits, labels.long()))
soft = torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
print(crit(logits, soft))
try:
    crit(logits, labels.int())
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.NLLLoss()(torch.log_softmax(logits, 1), labels)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    crit(logits, torch.tensor([0, 1, 3, 2]))
except IndexError as e:
    print("IndexError:", e)
try:
    crit(logits, soft.double())
except RuntimeError as e:
    print("RuntimeError:", e)
print(labels.to(torch.int64).dtype, labels.type(torch.LongTensor))
