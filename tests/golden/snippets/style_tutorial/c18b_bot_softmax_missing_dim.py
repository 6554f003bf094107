# Converting logits to probabilities
import torch
import torch.nn.functional as F

torch.manual_seed(1)
logits = torch.randn(2, 3)

# Apply softmax to get probabilities (each row should sum to 1)
probs = F.softmax(logits)
print(probs)
print("Row sums:", probs.sum(dim=1))
layer = torch.nn.Softmax()
print(layer(logits).shape)
