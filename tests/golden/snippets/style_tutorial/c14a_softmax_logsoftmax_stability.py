# Numerical stability lesson: naive softmax overflows, log_softmax and logsumexp do not; BCE vs with-logits.
import torch
import torch.nn.functional as F

z = torch.tensor([1000.0, 1001.0, 1002.0])
print(z.exp() / z.exp().sum(), F.softmax(z, dim=0))
print(torch.log(F.softmax(z, dim=0)), F.log_softmax(z, dim=0))
print(torch.logsumexp(z, dim=0), (z - z.max()).exp().sum().log() + z.max())
logit = torch.tensor([40.0, -40.0])
target = torch.tensor([0.0, 1.0])
print(F.binary_cross_entropy(torch.sigmoid(logit), target))
print(F.binary_cross_entropy_with_logits(logit, target))
print(torch.sigmoid(torch.tensor([-100.0, 0.0, 100.0])), F.softplus(torch.tensor([-30.0, 0.0, 30.0])))
small = torch.tensor([1e-8, 1e-3])
print(torch.log1p(small), torch.log(1 + small), torch.expm1(small))
