# Q: how to pick each row's log-probability at its label: gather vs fancy indexing, and the index dtype error.
import torch
import torch.nn.functional as F

torch.manual_seed(48)
logits = torch.randn(4, 5, requires_grad=True)
labels = torch.tensor([4, 0, 2, 2])
logp = F.log_softmax(logits, dim=1)
picked = logp.gather(1, labels.unsqueeze(1))
print(picked.shape, picked.squeeze(1))
print(logp[torch.arange(4), labels])
print(-picked.mean(), F.nll_loss(logp, labels))
try:
    logp.gather(1, labels.unsqueeze(1).float())
except RuntimeError as e:
    print(e)
try:
    logp.gather(1, labels)
except RuntimeError as e:
    print(e)
(-picked.mean()).backward()
print(logits.grad)
print(picked.grad_fn, logp.grad_fn)
