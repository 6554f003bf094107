# Q: selecting per-row class scores with gather
import torch

scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
labels = torch.tensor([1, 0])
try:
    scores.gather(1, labels)
except RuntimeError as e:
    print("RuntimeError:", e)
print(scores.gather(1, labels.unsqueeze(1)))
print(scores[torch.arange(2), labels])
print(scores.gather(1, labels.view(-1, 1)).squeeze(1))
