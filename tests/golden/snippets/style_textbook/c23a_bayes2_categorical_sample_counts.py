# Sampling class labels from a predictive distribution and counting them
import torch
from torch.distributions import Categorical

torch.manual_seed(29)
pred = Categorical(probs=torch.tensor([0.1, 0.6, 0.3]))
draws = pred.sample((200,))
counts = torch.bincount(draws, minlength=3)
print(counts, counts.sum())
print(counts.float() / 200)
print(pred.sample((2, 3)))
print(pred.enumerate_support())
