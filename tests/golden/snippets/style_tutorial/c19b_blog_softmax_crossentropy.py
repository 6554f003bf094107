# Why you should not put softmax before CrossEntropyLoss
import torch
import torch.nn as nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
target = torch.tensor([0, 1])
ce = nn.CrossEntropyLoss()
print(f"correct:  {ce(logits, target).item():.4f}")
print(f"softmaxed twice: {ce(logits.softmax(dim=1), target).item():.4f}")
manual = -torch.log_softmax(logits, dim=1)[range(2), target].mean()
print(f"manual:   {manual.item():.4f}")
nll = nn.NLLLoss()(torch.log_softmax(logits, 1), target)
print(nll)
