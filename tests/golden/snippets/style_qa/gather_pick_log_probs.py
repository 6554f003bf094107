# Q: picking each row's target log-probability with gather versus fancy indexing.
import torch

torch.manual_seed(0)
logp = torch.log_softmax(torch.randn(4, 5), dim=1)
target = torch.tensor([3, 0, 4, 1])
a = logp.gather(1, target.unsqueeze(1)).squeeze(1)
b = logp[torch.arange(4), target]
print(a)
print(torch.equal(a, b))
print(logp.gather(1, target.view(-1, 1)).shape)
try:
    logp.gather(1, target)
except RuntimeError as e:
    print(e)
print(torch.gather(torch.tensor([[1, 2], [3, 4]]), 0, torch.tensor([[0, 0], [1, 0]])))
