# Backprop through logit_maxes, counts, counts_sum_inv step by step, checked with retain_grad.
import torch

g = torch.Generator().manual_seed(1)
n = 4
logits = torch.randn(n, 5, generator=g, requires_grad=True)
Yb = torch.tensor([1, 0, 4, 2])
logit_maxes = logits.max(1, keepdim=True).values
norm_logits = logits - logit_maxes
counts = norm_logits.exp()
counts_sum = counts.sum(1, keepdims=True)
counts_sum_inv = counts_sum**-1
probs = counts * counts_sum_inv
logprobs = probs.log()
loss = -logprobs[range(n), Yb].mean()
for t in [logprobs, probs, counts_sum_inv, counts_sum, counts, norm_logits, logit_maxes]:
    t.retain_grad()
loss.backward()
dlogprobs = torch.zeros_like(logprobs)
dlogprobs[range(n), Yb] = -1.0/n
dprobs = (1.0 / probs) * dlogprobs
dcounts_sum_inv = (counts * dprobs).sum(1, keepdim=True)
print(torch.all(dlogprobs == logprobs.grad).item(), torch.allclose(dprobs, probs.grad))
print(torch.allclose(dcounts_sum_inv, counts_sum_inv.grad))
print(logit_maxes.grad.abs().max().item(), loss.item())
