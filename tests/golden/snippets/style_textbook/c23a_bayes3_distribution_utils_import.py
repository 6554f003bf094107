# The probability helpers in torch.distributions.utils
import torch
from torch.distributions.utils import logits_to_probs, probs_to_logits, clamp_probs

p = torch.tensor([0.0, 0.25, 1.0])
print(clamp_probs(p))
print(probs_to_logits(torch.tensor([0.25, 0.5]), is_binary=True))
print(logits_to_probs(torch.tensor([0.0, 2.0]), is_binary=True))
print(logits_to_probs(torch.tensor([[0.0, 1.0, 2.0]])))
print(probs_to_logits(torch.tensor([0.2, 0.3, 0.5])))
