# Q: picking log-probs of the target labels: index out of bounds
import torch

logp = torch.log_softmax(torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 3.0]]), dim=1)
labels = torch.tensor([2, 3])
try:
    logp.gather(1, labels.unsqueeze(1))
except RuntimeError as err:
    print(err)
labels = torch.tensor([2, 1])
picked = logp.gather(1, labels.unsqueeze(1)).squeeze(1)
print(picked)
print(logp[torch.arange(2), labels])
