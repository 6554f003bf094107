# Printing a wide row of probabilities
import torch

torch.manual_seed(7)
probs = torch.softmax(torch.randn(20), dim=0)
print(probs)
torch.set_printoptions(linewidth=60)
print(probs)
print(torch.arange(30))
