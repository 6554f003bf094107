# LogSoftmax + NLLLoss equals CrossEntropyLoss; NLLLoss on 3-D (sequence) inputs.
import torch
import torch.nn as nn

torch.manual_seed(0)
logits = torch.randn(4, 5)
target = torch.tensor([1, 0, 4, 2])
log_probs = nn.LogSoftmax(dim=1)(logits)
print(log_probs.exp().sum(1))
nll = nn.NLLLoss()(log_probs, target)
ce = nn.CrossEntropyLoss()(logits, target)
print(nll, ce, torch.isclose(nll, ce))
print(-log_probs[torch.arange(4), target].mean())

seq_logits = torch.randn(2, 5, 3)  # batch, classes, time
seq_target = torch.tensor([[0, 1, 4], [2, 2, 3]])
print(nn.CrossEntropyLoss()(seq_logits, seq_target))
print(nn.NLLLoss(reduction="none")(seq_logits.log_softmax(1), seq_target))
wrong = seq_logits.permute(0, 2, 1)
try:
    nn.CrossEntropyLoss()(wrong, seq_target)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    nn.NLLLoss()(log_probs, target.float())
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.functional.nll_loss(log_probs, target, reduction="sum"))
