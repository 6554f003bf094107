# Detection course: focal loss written from log-probabilities; with gamma=0 it must equal cross entropy.
import torch
import torch.nn.functional as F

torch.manual_seed(23)
logits = torch.randn(6, 3, requires_grad=True)
labels = torch.tensor([2, 0, 1, 2, 2, 0])
alpha = torch.tensor([0.25, 0.5, 0.25])

def focal(logits, labels, gamma, alpha=None):
    logpt = F.log_softmax(logits, dim=-1).gather(-1, labels.unsqueeze(-1)).squeeze(-1)
    pt = logpt.exp()
    term = -((1 - pt) ** gamma) * logpt
    if alpha is not None:
        term = alpha[labels] * term
    return term.mean()

print(focal(logits, labels, 0.0).item(), F.cross_entropy(logits, labels).item())
for gamma in (0.5, 1.0, 2.0, 5.0):
    print(gamma, round(focal(logits, labels, gamma).item(), 7))
weighted = focal(logits, labels, 0.0, alpha)
print(weighted.item(), F.cross_entropy(logits, labels, weight=alpha, reduction="none").mean().item())
loss = focal(logits, labels, 2.0, alpha)
loss.backward()
print(logits.grad)
probs = logits.detach().softmax(-1)[torch.arange(6), labels]
print(probs)
