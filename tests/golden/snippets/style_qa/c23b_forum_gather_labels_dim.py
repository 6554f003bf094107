import torch

probs = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
labels = torch.tensor([1, 0])
try:
    probs.gather(1, labels)
except Exception as e:
    print(type(e).__name__, e)
print(probs.gather(1, labels.unsqueeze(1)))
print(probs.gather(1, labels.view(-1, 1)).squeeze(1))
print(probs[torch.arange(2), labels])
try:
    probs.gather(1, labels.float().unsqueeze(1))
except Exception as e:
    print(type(e).__name__, e)
