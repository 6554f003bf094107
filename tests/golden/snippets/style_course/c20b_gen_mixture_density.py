# mixture of Gaussians negative log-likelihood with logsumexp
import math
import torch

torch.manual_seed(26)
x = torch.randn(6)
logits = torch.zeros(2, requires_grad=True)
means = torch.tensor([-1.0, 1.0], requires_grad=True)
log_sig = torch.zeros(2, requires_grad=True)
log_w = torch.log_softmax(logits, 0)
comp = -0.5 * ((x[:, None] - means) / log_sig.exp()) ** 2 - log_sig - 0.5 * math.log(2 * math.pi)
nll = -torch.logsumexp(log_w + comp, dim=1).mean()
nll.backward()
print(nll)
print(means.grad, log_sig.grad, logits.grad)
