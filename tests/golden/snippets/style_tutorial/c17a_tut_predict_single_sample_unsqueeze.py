# Predicting one sample: add the batch dim, eval mode, argmax to a class name
import torch
from torch import nn

classes = ("cat", "dog", "bird")
torch.manual_seed(40)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 3))
sample = torch.tensor([0.2, -1.0, 0.5, 3.0])
try:
    model(sample.unsqueeze(0))
except ValueError as e:
    print("ValueError:", e)
model.eval()
with torch.no_grad():
    logits = model(sample.unsqueeze(0))
    probs = logits.softmax(dim=1)
print(logits.shape, classes[probs.argmax().item()], f"{probs.max().item():.3f}")
print(model(sample).shape)
