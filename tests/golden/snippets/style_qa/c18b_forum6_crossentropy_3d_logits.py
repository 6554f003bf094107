# Q: CrossEntropyLoss for sequence outputs (batch, seq, classes) gives a shape error
import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(2, 4, 5)  # (batch, seq_len, vocab)
targets = torch.randint(0, 5, (2, 4))
try:
    nn.CrossEntropyLoss()(logits, targets)
except RuntimeError as err:
    print(err)
print(nn.CrossEntropyLoss()(logits.transpose(1, 2), targets))
print(nn.CrossEntropyLoss()(logits.reshape(-1, 5), targets.reshape(-1)))
